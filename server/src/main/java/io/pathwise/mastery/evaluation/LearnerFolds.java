package io.pathwise.mastery.evaluation;

import java.util.SplittableRandom;

/**
 * Splits learners into k folds of (nearly) equal size at random, so that each learner's responses
 * all fall in one fold: cross-validation by learner tests the model on learners it never saw, as
 * it meets them in use. The seed makes the split reproducible.
 */
final class LearnerFolds {

    private LearnerFolds() {
    }

    /** The fold (0 to {@code folds - 1}) of each learner index. */
    static int[] assign(int learners, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("at least 2 folds, was " + folds);
        }
        if (learners < folds) {
            throw new IllegalArgumentException(folds + " folds need at least " + folds + " learners, the data has "
                    + learners);
        }
        int[] shuffled = new int[learners];
        for (int i = 0; i < learners; i++) {
            shuffled[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = learners - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        int[] fold = new int[learners];
        for (int position = 0; position < learners; position++) {
            fold[shuffled[position]] = position % folds;
        }
        return fold;
    }
}
