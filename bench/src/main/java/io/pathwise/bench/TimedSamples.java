package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One request timed on one client, one at a time: a few untimed (but checked) warm-up exchanges,
 * then a fixed number of timed ones. Every exchange checks its own answer after the clock stops,
 * so a wrong answer is counted as an error and never as a fast one.
 */
final class TimedSamples {

    /** How many errors a test keeps word for word (all are counted). */
    private static final int KEPT_ERRORS = 10;

    /**
     * One exchange: its time, the bytes of the answer (uncompressed body), the rows it had (learners,
     * answers in a queue: whatever the test counts) and what was wrong with it (null: nothing).
     */
    record Sample(long nanos, long bytes, int rows, String error, long firstPartNanos) {

        /** A sample of one request (no first part to report apart). */
        Sample(long nanos, long bytes, int rows, String error) {
            this(nanos, bytes, rows, error, -1);
        }

        /** The same sample with another error (null: none). */
        Sample withError(String newError) {
            return new Sample(nanos, bytes, rows, newError, firstPartNanos);
        }
    }

    /**
     * An answer and its time, taken around the HTTP exchange alone: reading and checking the body
     * come after the clock stops.
     */
    record Timed(long nanos, PathwiseApi.Response response) {

        /** The body's size as sent, uncompressed (UTF-8). */
        long bytes() {
            return response.body().getBytes(StandardCharsets.UTF_8).length;
        }
    }

    /** Sends one request (or a request and its redirect) and checks the answer outside the timing. */
    @FunctionalInterface
    interface Exchange {
        Sample send() throws Exception;
    }

    /**
     * The figures of one test: nearest-rank percentiles of its timed samples in ms, the bytes and
     * rows of the last answer, every error counted (warm-up too) and the first few kept.
     */
    record Figures(String name, String what, int samples, double p50, double p99, double max, double mean,
            long bytes, int rows, int errorCount, List<String> errors, LatencyHistogram firstPart) {

        /** Whether the exchange timed a first part apart (a form post before its redirect). */
        boolean hasFirstPart() {
            return firstPart.count() > 0;
        }
    }

    private TimedSamples() {
    }

    /** A page as a signed-in browser session loads it (its redirects followed), timed. */
    static Timed page(WebUser browser, String path, Duration timeout) throws Exception {
        long start = System.nanoTime();
        PathwiseApi.Response response = browser.page(path, timeout);
        return new Timed(System.nanoTime() - start, response);
    }

    /** An API GET with a bearer token, timed. */
    static Timed get(BlockingGet http, String path, String token) throws Exception {
        long start = System.nanoTime();
        PathwiseApi.Response response = http.get(path, token);
        return new Timed(System.nanoTime() - start, response);
    }

    static Figures measure(String name, String what, int warmup, int samples, Exchange exchange) throws Exception {
        System.out.println("== " + name + ": " + what);
        List<String> errors = new ArrayList<>();
        int errorCount = 0;
        for (int i = 1; i <= warmup; i++) {
            Sample sample = exchange.send();
            errorCount += keep(errors, "warm-up " + i, sample);
            System.out.printf("  warm-up %d: %.1f ms, %d bytes, %d rows%s%n", i, sample.nanos() / 1e6, sample.bytes(),
                    sample.rows(), sample.error() == null ? "" : ", ERROR " + sample.error());
        }
        LatencyHistogram latencies = new LatencyHistogram();
        LatencyHistogram firstPart = new LatencyHistogram();
        Sample last = null;
        for (int i = 1; i <= samples; i++) {
            last = exchange.send();
            latencies.record(last.nanos());
            if (last.firstPartNanos() >= 0) {
                firstPart.record(last.firstPartNanos());
            }
            errorCount += keep(errors, "sample " + i, last);
        }
        Figures figures = new Figures(name, what, samples, latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.maxMillis(), latencies.meanMillis(), last.bytes(), last.rows(), errorCount, errors, firstPart);
        System.out.printf("  %d samples: p50 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms, %d bytes, %d rows, %d errors%n",
                samples, figures.p50(), figures.p99(), figures.max(), figures.mean(), figures.bytes(), figures.rows(),
                errorCount);
        if (figures.hasFirstPart()) {
            System.out.printf("  first part alone: p50 %.1f ms, p99 %.1f ms%n", firstPart.percentileMillis(50),
                    firstPart.percentileMillis(99));
        }
        return figures;
    }

    private static int keep(List<String> errors, String when, Sample sample) {
        if (sample.error() == null) {
            return 0;
        }
        System.out.println("  ERROR at " + when + ": " + sample.error());
        if (errors.size() < KEPT_ERRORS) {
            errors.add(when + ": " + sample.error());
        }
        return 1;
    }
}
