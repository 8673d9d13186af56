package io.pathwise.assessment.results;

import io.pathwise.assessment.store.ItemSums;
import java.util.Comparator;
import java.util.List;

/**
 * Classical item statistics of a quiz from its graded responses: how many answered, the mean
 * score (the item's facility), the share fully right, mean time and hints, and the discrimination
 * (the correlation of the item's score with the rest of the attempt's score: a low or negative
 * value flags an item that strong learners get wrong, often a broken key).
 */
public final class ItemStatistics {

    /** One item's figures; {@code discrimination} is null with fewer than 5 responses or no variance. */
    public record Item(String itemKey, int responses, int answered, double meanScore, double correctShare,
            double meanSeconds, double meanHints, Double discrimination) {
    }

    private ItemStatistics() {
    }

    /**
     * The figures of each item with graded responses (summed by {@code ResponseStore.itemSumsOfQuiz}),
     * the quiz's fixed items in its order, then items drawn from banks (not in that order) by key.
     */
    public static List<Item> of(List<ItemSums> sums, List<String> quizOrder) {
        Comparator<ItemSums> byPlace = Comparator.comparingInt((ItemSums s) -> {
            int at = quizOrder.indexOf(s.itemKey());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(ItemSums::itemKey);
        return sums.stream().sorted(byPlace).map(ItemStatistics::figures).toList();
    }

    private static Item figures(ItemSums s) {
        double n = s.responses();
        return new Item(s.itemKey(), (int) s.responses(), (int) s.answered(), round(s.score() / n),
                round(s.fullyRight() / n), round(s.seconds() / n), round(s.hints() / n), discrimination(s));
    }

    /**
     * Pearson correlation of the item score with the rest score, from sums. A variance within
     * rounding of zero (sums of equal fractional scores rarely cancel exactly) counts as none.
     */
    private static Double discrimination(ItemSums s) {
        long n = s.responses();
        if (n < 5) {
            return null;
        }
        double sxx = s.scoreSquared() - s.score() * s.score() / n;
        double syy = s.restSquared() - s.rest() * s.rest() / n;
        double sxy = s.scoreTimesRest() - s.score() * s.rest() / n;
        if (sxx <= 1e-9 * (1 + s.scoreSquared()) || syy <= 1e-9 * (1 + s.restSquared())) {
            return null;
        }
        return round(sxy / Math.sqrt(sxx * syy));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
