package io.pathwise.pathways.engine;

/**
 * The expected success of a learner on an activity: Bayesian Knowledge Tracing's probability of a
 * right answer, with guess and slip moved by the activity's difficulty.
 *
 * <pre>
 *   P(right) = P(known)·(1 - slip_d) + (1 - P(known))·guess_d
 *   logit(guess_d) = logit(guess) - step·(d - 3)
 *   logit(slip_d)  = logit(slip)  + step·(d - 3)
 * </pre>
 *
 * The skill's fitted guess and slip describe its items on average, so they hold at difficulty 3.
 * A harder item is harder to guess and easier to slip on; an easier one the reverse, which is what
 * lets the recommender hold a learner who barely knows a skill near the target band by choosing
 * easier items, and keep a learner who has it from coasting. With the default step of one logit
 * per level, guess 0.2 and slip 0.1: a new learner (P(known) 0.3) expects 41% at difficulty 3 and
 * 75% at difficulty 1; a learner at P(known) 0.6 expects 74% at 2; one at 0.9 expects 83% at 3,
 * 70% at 4 and 50% at 5. For an activity with
 * several skills the weakest counts: its expected success is the lowest over its skills.
 *
 * <p>Guess and slip are kept within [0.001, 0.999] before taking logits, so 0 and 1 stay finite.
 *
 * @param step logits per difficulty level, zero or more (zero: difficulty changes nothing)
 */
public record SuccessModel(double step) {

    /** One logit per level: difficulty 1 to 5 spans 4 logits, about the spread of item difficulties in a test. */
    public static final SuccessModel DEFAULT = new SuccessModel(1.0);

    private static final double EDGE = 0.001;

    public SuccessModel {
        if (!(step >= 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("step must be zero or more, was " + step);
        }
    }

    /** P(right answer) on an item of {@code difficulty} (1 to 5) given the learner model's figures. */
    public double expected(double known, double guess, double slip, int difficulty) {
        double shift = step * (difficulty - Activity.AVERAGE_DIFFICULTY);
        double guessAtDifficulty = sigmoid(logit(guess) - shift);
        double slipAtDifficulty = sigmoid(logit(slip) + shift);
        return known * (1 - slipAtDifficulty) + (1 - known) * guessAtDifficulty;
    }

    private static double logit(double p) {
        double q = Math.max(EDGE, Math.min(1 - EDGE, p));
        return Math.log(q / (1 - q));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
