package io.pathwise.bench;

import java.util.List;

/**
 * Median, min and max of repeated runs. The median, not the mean, is the headline because one
 * run disturbed by a GC pause or a noisy neighbour should not move the reported figure.
 */
record Summary(double median, double min, double max) {

    static Summary of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Summary(median(sorted), sorted[0], sorted[sorted.length - 1]);
    }

    static double median(List<Double> values) {
        return of(values).median();
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
