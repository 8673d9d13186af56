package io.pathwise.mastery.evaluation;

import java.util.Arrays;

/**
 * How well predicted probabilities of a right answer match the answers given.
 *
 * @param count    predictions
 * @param right    of which answered right
 * @param auc      area under the ROC curve: the probability that a random right answer got a higher
 *                 prediction than a random wrong one, equal predictions counting one half (the
 *                 Mann-Whitney statistic with average ranks for ties); NaN when all answers are
 *                 right or all wrong
 * @param rmse     root mean squared difference between prediction and answer (1 or 0)
 * @param accuracy share of answers on the side of 0.5 their prediction was (p &ge; 0.5 predicts
 *                 right)
 */
public record PredictionMetrics(int count, int right, double auc, double rmse, double accuracy) {

    /**
     * The metrics of the first {@code count} predictions.
     *
     * @param predicted probabilities, each from 0 to 1
     * @param answered  1 for right, 0 for wrong
     */
    public static PredictionMetrics of(double[] predicted, byte[] answered, int count) {
        if (count == 0) {
            return new PredictionMetrics(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] keys = new long[count];
        double squares = 0;
        int hits = 0;
        int right = 0;
        for (int i = 0; i < count; i++) {
            double p = predicted[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("prediction " + i + " is not a probability: " + p);
            }
            int y = answered[i];
            right += y;
            double error = y - p;
            squares += error * error;
            hits += (p >= 0.5) == (y == 1) ? 1 : 0;
            // Non-negative doubles order like their bit patterns; the answer rides in the lowest bit,
            // so one primitive sort orders by prediction (+ 0.0 turns -0.0 into 0.0).
            keys[i] = (Double.doubleToLongBits(p + 0.0) << 1) | y;
        }
        return new PredictionMetrics(count, right, auc(keys, right), Math.sqrt(squares / count),
                (double) hits / count);
    }

    private static double auc(long[] keys, int right) {
        int wrong = keys.length - right;
        if (right == 0 || wrong == 0) {
            return Double.NaN;
        }
        Arrays.sort(keys);
        double rankSumOfRight = 0;
        int i = 0;
        while (i < keys.length) {
            long value = keys[i] >>> 1;
            int j = i;
            int rightInGroup = 0;
            while (j < keys.length && keys[j] >>> 1 == value) {
                rightInGroup += (int) (keys[j] & 1);
                j++;
            }
            // Ranks i+1 .. j share their average.
            rankSumOfRight += rightInGroup * ((i + 1 + j) / 2.0);
            i = j;
        }
        return (rankSumOfRight - right * (right + 1.0) / 2) / ((double) right * wrong);
    }
}
