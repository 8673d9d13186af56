package io.pathwise.pathways.engine;

/**
 * The expected success the recommender aims for: hard enough to learn from, easy enough not to
 * discourage. An activity whose expected success lies in [lowest, highest] is preferred; among
 * those, the one closest to {@code target}; when none lies in the band, the one closest to
 * {@code target}.
 *
 * @param lowest  lower end, above 0
 * @param highest upper end, below 1 and not below {@code lowest}
 * @param target  within the band
 */
public record SuccessBand(double lowest, double highest, double target) {

    /** 70% to 85%, aiming at the middle. */
    public static final SuccessBand DEFAULT = new SuccessBand(0.70, 0.85, 0.775);

    public SuccessBand {
        if (!(lowest > 0 && lowest <= highest && highest < 1)) {
            throw new IllegalArgumentException("need 0 < lowest <= highest < 1, were " + lowest + " and " + highest);
        }
        if (!(target >= lowest && target <= highest)) {
            throw new IllegalArgumentException("target " + target + " must lie in [" + lowest + ", " + highest + "]");
        }
    }

    /** The band from {@code lowest} to {@code highest}, aiming at its middle. */
    public static SuccessBand between(double lowest, double highest) {
        return new SuccessBand(lowest, highest, (lowest + highest) / 2);
    }

    public boolean contains(double success) {
        return success >= lowest && success <= highest;
    }
}
