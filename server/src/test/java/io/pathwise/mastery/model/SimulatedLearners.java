package io.pathwise.mastery.model;

import java.util.SplittableRandom;

/**
 * Answers drawn from a known BKT model with a seeded generator, so tests can check that fitting
 * finds the parameters the data came from.
 */
final class SimulatedLearners {

    private SimulatedLearners() {
    }

    /** {@code learners} sequences of {@code minLength} to {@code maxLength} answers each. */
    static SkillSequences draw(BktParameters truth, int learners, int minLength, int maxLength, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SkillSequences.Builder out = SkillSequences.builder();
        for (int learner = 0; learner < learners; learner++) {
            out.startLearner();
            boolean known = random.nextDouble() < truth.prior();
            int length = minLength + random.nextInt(maxLength - minLength + 1);
            for (int t = 0; t < length; t++) {
                out.add(known ? random.nextDouble() >= truth.slip() : random.nextDouble() < truth.guess());
                known = known ? random.nextDouble() >= truth.forget() : random.nextDouble() < truth.learn();
            }
        }
        return out.build();
    }

    /** Sequences of the given answers, one string of 1s and 0s per learner. */
    static SkillSequences of(String... learners) {
        SkillSequences.Builder out = SkillSequences.builder();
        for (String answers : learners) {
            out.startLearner();
            for (char c : answers.toCharArray()) {
                out.add(c == '1');
            }
        }
        return out.build();
    }
}
