package io.pathwise.bench;

import java.time.Duration;

/**
 * Waits for the server's background work to finish, as an operator would watch it: the
 * {@code pathwise_events_pending} metric at {@code /actuator/prometheus} (event publications not
 * completed: a graded attempt's evidence, the learner model, the rules).
 */
final class PendingWork {

    private static final String METRIC = "pathwise_events_pending ";

    private final BlockingGet http;

    PendingWork(String baseUrl) {
        this.http = new BlockingGet(baseUrl);
    }

    /**
     * Seconds from {@code sinceNanos} until the metric reads 0, polling every {@code poll}; NaN if
     * it did not within {@code timeout}.
     */
    double secondsUntilDone(long sinceNanos, Duration timeout, Duration poll) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (pending() == 0) {
                return (System.nanoTime() - sinceNanos) / 1e9;
            }
            Thread.sleep(poll.toMillis());
        }
        return Double.NaN;
    }

    /** The metric now. */
    long pending() throws Exception {
        String body = http.text("/actuator/prometheus").expect(200, "GET /actuator/prometheus").body();
        return body.lines().filter(line -> line.startsWith(METRIC))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(METRIC.length()).trim()))
                .findFirst().orElseThrow(() -> new IllegalStateException("the server reports no " + METRIC.trim()));
    }
}
