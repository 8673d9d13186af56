package io.pathwise.assessment.results;

import io.pathwise.assessment.store.ResponseFigures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Classical item statistics of a quiz from its graded responses: how many answered, the mean
 * score (the item's facility), the share fully right, mean time and hints, and the discrimination
 * (the correlation of the item's score with the rest of the attempt's score: a low or negative
 * value flags an item that strong learners get wrong, often a broken key).
 */
public final class ItemStatistics {

    /** One item's figures; {@code discrimination} is null with fewer than 5 attempts or no variance. */
    public record Item(String itemKey, int responses, int answered, double meanScore, double correctShare,
            double meanSeconds, double meanHints, Double discrimination) {
    }

    /** Per response: far below any real spread of scores, far above the rounding of doubles. */
    private static final double NO_VARIANCE = 1e-12;

    private ItemStatistics() {
    }

    /**
     * The figures of each item with graded responses, the quiz's fixed items in its order, then
     * items drawn from banks (not in that order) by key: withdrawn responses do not count, and
     * free-text answers count once an instructor has graded them.
     */
    public static List<Item> of(List<ResponseFigures> responses, List<String> quizOrder) {
        Map<UUID, Double> attemptTotals = new HashMap<>();
        Map<String, List<ResponseFigures>> byItem = new LinkedHashMap<>();
        for (ResponseFigures response : responses) {
            if (!response.graded()) {
                continue;
            }
            attemptTotals.merge(response.attemptId(), response.score(), Double::sum);
            byItem.computeIfAbsent(response.itemKey(), key -> new ArrayList<>()).add(response);
        }
        List<Item> items = new ArrayList<>();
        Comparator<String> byPlace = Comparator.comparingInt((String key) -> {
            int at = quizOrder.indexOf(key);
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Comparator.naturalOrder());
        byItem.keySet().stream().sorted(byPlace).forEach(key -> {
            List<ResponseFigures> rows = byItem.get(key);
            int n = rows.size();
            double mean = rows.stream().mapToDouble(ResponseFigures::score).average().orElse(0);
            double correct = rows.stream().filter(r -> r.score() >= 1 - 1e-9).count() / (double) n;
            int answered = (int) rows.stream().filter(ResponseFigures::answered).count();
            items.add(new Item(key, n, answered, round(mean), round(correct),
                    round(rows.stream().mapToInt(ResponseFigures::seconds).average().orElse(0)),
                    round(rows.stream().mapToInt(ResponseFigures::hintsUsed).average().orElse(0)),
                    discrimination(rows, attemptTotals)));
        });
        return items;
    }

    /**
     * Pearson correlation of the item score with the rest score (total minus this item). A variance
     * within rounding of zero counts as none: equal fractional scores (0.1 six times) leave a
     * residue of about 1e-33, which would otherwise give a meaningless correlation.
     */
    private static Double discrimination(List<ResponseFigures> rows, Map<UUID, Double> totals) {
        int n = rows.size();
        if (n < 5) {
            return null;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rows.get(i).score();
            y[i] = totals.get(rows.get(i).attemptId()) - x[i];
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx <= NO_VARIANCE * n || syy <= NO_VARIANCE * n ? null : round(sxy / Math.sqrt(sxx * syy));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
