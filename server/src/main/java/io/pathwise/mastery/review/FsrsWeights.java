package io.pathwise.mastery.review;

import java.util.Arrays;

/**
 * The 19 weights w0..w18 of FSRS-5, in the order of its papers and optimizer output, so that weights
 * fitted by the FSRS optimizer can be passed in as they are. {@link ReviewScheduler} documents what
 * each does; w17 and w18 (FSRS-5's same-day formula) are accepted but not used, see there.
 */
public final class FsrsWeights {

    /** FSRS-5's published defaults, fitted on a large collection of review logs. */
    public static final FsrsWeights FSRS_5_DEFAULTS = new FsrsWeights(0.40255, 1.18385, 3.173, 15.69105, 7.1949,
            0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898,
            0.51655, 0.6621);

    private static final int COUNT = 19;

    private final double[] w;

    /** @param weights exactly 19 finite numbers, w0..w3 (initial stabilities) positive */
    public FsrsWeights(double... weights) {
        if (weights.length != COUNT) {
            throw new IllegalArgumentException("FSRS-5 has " + COUNT + " weights, got " + weights.length);
        }
        for (int i = 0; i < COUNT; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("w" + i + " must be a finite number, was " + weights[i]);
            }
        }
        for (int i = 0; i < 4; i++) {
            if (!(weights[i] > 0)) {
                throw new IllegalArgumentException("w" + i + " (an initial stability) must be positive, was "
                        + weights[i]);
            }
        }
        this.w = weights.clone();
    }

    /** Weight {@code i}, 0 to 18. */
    public double w(int i) {
        return w[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsWeights that && Arrays.equals(w, that.w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return "FsrsWeights" + Arrays.toString(w);
    }
}
