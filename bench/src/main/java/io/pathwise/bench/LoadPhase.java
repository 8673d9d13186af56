package io.pathwise.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * All users load the page back to back, without think time, until the phase ends. A closed loop:
 * each user waits for its page before asking for the next, so throughput is what the server
 * sustains at this many concurrent users, and latency is never hidden by a queue in the client.
 */
final class LoadPhase {

    /** What one user thread saw; owned by that thread until the phase ends. */
    private static final class Tally {
        final LatencyHistogram latencies = new LatencyHistogram();
        final Map<String, Long> errors = new TreeMap<>();
    }

    private LoadPhase() {
    }

    static RunFigures run(List<WebUser> users, ExecutorService pool, Optional<ProcessHandle> server,
            Duration length, String path, String expectedText) throws Exception {
        CpuMeter cpu = CpuMeter.start(server);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<Tally>> futures = new ArrayList<>();
        for (WebUser user : users) {
            futures.add(pool.submit(() -> loadUntil(user, end, path, expectedText)));
        }
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> future : futures) {
            tallies.add(future.get());
        }
        // Until the last in-flight page finished, not the nominal length: those pages are counted.
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Use cpuUse = cpu.stop();

        LatencyHistogram all = LatencyHistogram.merge(tallies.stream().map(t -> t.latencies).toList());
        Map<String, Long> errors = new TreeMap<>();
        tallies.forEach(t -> t.errors.forEach((kind, n) -> errors.merge(kind, n, Long::sum)));
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        return new RunFigures(all.count() / seconds, all.percentileMillis(50), all.percentileMillis(90),
                all.percentileMillis(99), all.maxMillis(), all.count(), errorCount, errors, cpuUse);
    }

    private static Tally loadUntil(WebUser user, long endNanos, String path, String expectedText)
            throws InterruptedException {
        Tally tally = new Tally();
        while (System.nanoTime() - endNanos < 0) {
            WebUser.Outcome outcome = user.load(path, expectedText);
            if (outcome.ok()) {
                tally.latencies.record(outcome.latencyNanos());
            } else {
                tally.errors.merge(outcome.error(), 1L, Long::sum);
                // A refused connection returns at once; pause so a dead server is not hit in a tight spin.
                Thread.sleep(10);
            }
        }
        return tally;
    }
}
