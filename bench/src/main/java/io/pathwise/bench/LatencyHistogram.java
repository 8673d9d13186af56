package io.pathwise.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every latency of a run, kept exactly. A 30 s run at about a thousand pages per second is only
 * tens of thousands of longs, so there is no reason to accept bucketing error in the percentiles.
 * Not thread-safe on purpose: each user thread records into its own instance, and the instances
 * are merged after the run, so recording costs no synchronisation inside the timed loop.
 */
final class LatencyHistogram {

    private long[] nanos = new long[1024];
    private int count;
    private boolean sorted = true;

    void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
        sorted = false;
    }

    static LatencyHistogram merge(Collection<LatencyHistogram> parts) {
        LatencyHistogram merged = new LatencyHistogram();
        merged.nanos = new long[Math.max(1, parts.stream().mapToInt(p -> p.count).sum())];
        for (LatencyHistogram part : parts) {
            System.arraycopy(part.nanos, 0, merged.nanos, merged.count, part.count);
            merged.count += part.count;
        }
        merged.sorted = false;
        return merged;
    }

    int count() {
        return count;
    }

    /** Nearest-rank percentile in milliseconds, e.g. {@code percentileMillis(99)}; 0 when empty. */
    double percentileMillis(double percentile) {
        if (count == 0) {
            return 0;
        }
        sort();
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return nanos[Math.min(count, Math.max(1, rank)) - 1] / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    /** Mean latency in milliseconds; 0 when empty. */
    double meanMillis() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? 0 : sum / 1e6 / count;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(nanos, 0, count);
            sorted = true;
        }
    }
}
