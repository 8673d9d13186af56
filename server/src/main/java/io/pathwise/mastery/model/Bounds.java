package io.pathwise.mastery.model;

import java.util.SplittableRandom;

/**
 * The box fitted parameters stay in, and the random starting points EM begins from.
 *
 * <p>Guess and slip stay below 0.5 so that "known" remains the state that answers right: without
 * that bound the two states can swap meaning and a fit may claim mastery for learners who answer
 * wrong. Every probability also keeps a margin {@link #EPSILON} from 0 and 1: a transition at
 * exactly 0 is a fixed point EM can never leave, and an emission at exactly 0 makes one surprising
 * answer infinitely unlikely.
 */
final class Bounds {

    static final double EPSILON = 1e-4;
    static final double MAX_GUESS_OR_SLIP = 0.5 - EPSILON;

    private Bounds() {
    }

    /**
     * The parameters moved into the box; P(F) is 0 when {@code forgetting} is off (standard BKT),
     * otherwise kept at least {@link #EPSILON} so EM can still move it.
     */
    static BktParameters clamp(double prior, double learn, double guess, double slip, double forget,
            boolean forgetting) {
        return new BktParameters(
                clamp(prior, EPSILON, 1 - EPSILON),
                clamp(learn, EPSILON, 1 - EPSILON),
                clamp(guess, EPSILON, MAX_GUESS_OR_SLIP),
                clamp(slip, EPSILON, MAX_GUESS_OR_SLIP),
                forgetting ? clamp(forget, EPSILON, 1 - EPSILON) : 0);
    }

    /**
     * A starting point drawn uniformly from the whole box, so restarts explore every region the
     * fit may end in rather than a neighbourhood someone expected.
     */
    static BktParameters randomStart(SplittableRandom random, boolean forgetting) {
        return clamp(
                random.nextDouble(),
                random.nextDouble(),
                random.nextDouble() * 0.5,
                random.nextDouble() * 0.5,
                random.nextDouble(),
                forgetting);
    }

    private static double clamp(double value, double min, double max) {
        // NaN (an M-step with no evidence and no prior) goes to the lower bound rather than through.
        return value >= min ? Math.min(value, max) : min;
    }
}
