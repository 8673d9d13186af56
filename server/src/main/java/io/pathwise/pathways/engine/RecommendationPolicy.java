package io.pathwise.pathways.engine;

import java.util.Objects;

/**
 * The recommender's settings. {@link #DEFAULTS} runs as is; the {@code with...} methods change one.
 *
 * @param masteryThreshold    P(known) at or above which a skill counts as mastered, 0 to 1 (0.95)
 * @param band                the expected success to aim for (70% to 85%)
 * @param successModel        how difficulty moves expected success
 * @param signals             when recent answers call for an easier step or a worked example
 * @param maxRecommendations  how many recommendations at most, 1 or more (5)
 * @param learnBetweenReviews how many other recommendations precede each due review, 0 or more (2:
 *                            a review third, sixth, ...; 0 puts due reviews first)
 */
public record RecommendationPolicy(double masteryThreshold, SuccessBand band, SuccessModel successModel,
        SignalRules signals, int maxRecommendations, int learnBetweenReviews) {

    public static final RecommendationPolicy DEFAULTS = new RecommendationPolicy(0.95, SuccessBand.DEFAULT,
            SuccessModel.DEFAULT, SignalRules.DEFAULT, 5, 2);

    public RecommendationPolicy {
        if (!(masteryThreshold > 0 && masteryThreshold <= 1)) {
            throw new IllegalArgumentException("masteryThreshold must be above 0 and at most 1, was "
                    + masteryThreshold);
        }
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(successModel, "successModel");
        Objects.requireNonNull(signals, "signals");
        if (maxRecommendations < 1) {
            throw new IllegalArgumentException("maxRecommendations must be 1 or more, was " + maxRecommendations);
        }
        if (learnBetweenReviews < 0) {
            throw new IllegalArgumentException("learnBetweenReviews must be 0 or more, was " + learnBetweenReviews);
        }
    }

    public RecommendationPolicy withMasteryThreshold(double threshold) {
        return new RecommendationPolicy(threshold, band, successModel, signals, maxRecommendations,
                learnBetweenReviews);
    }

    public RecommendationPolicy withBand(SuccessBand newBand) {
        return new RecommendationPolicy(masteryThreshold, newBand, successModel, signals, maxRecommendations,
                learnBetweenReviews);
    }

    public RecommendationPolicy withMaxRecommendations(int max) {
        return new RecommendationPolicy(masteryThreshold, band, successModel, signals, max, learnBetweenReviews);
    }

    public RecommendationPolicy withLearnBetweenReviews(int between) {
        return new RecommendationPolicy(masteryThreshold, band, successModel, signals, maxRecommendations, between);
    }
}
