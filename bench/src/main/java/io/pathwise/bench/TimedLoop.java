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
 * A closed loop for a fixed time: each worker thread runs its own {@link Worker} back to back,
 * without think time, so throughput is what the system sustains at that concurrency and latency
 * is never hidden by a client-side queue. Latencies are kept exactly per thread
 * ({@link LatencyHistogram}); failures are counted by kind, never timed. Operations still in
 * flight when the time is up finish and count, and the wall time runs until the last one did.
 */
final class TimedLoop {

    /** One thread's work; called repeatedly by that thread only. */
    interface Worker {
        Step next() throws Exception;
    }

    /**
     * One operation: its latency, how many units it did (statements stored, rows inserted,
     * statements returned), and the error when it failed (then units are not counted).
     */
    record Step(long latencyNanos, long units, String error) {

        static Step ok(long latencyNanos, long units) {
            return new Step(latencyNanos, units, null);
        }

        static Step failed(long latencyNanos, String error) {
            return new Step(latencyNanos, 0, error);
        }
    }

    /** What a run did, with the CPU used meanwhile. */
    record Result(double seconds, long operations, long units, LatencyHistogram latencies, long errors,
            Map<String, Long> errorsByKind, CpuMeter.Use cpu, double databaseCores, List<Long> unitsByWorker) {

        double unitsPerSecond() {
            return units / seconds;
        }

        double operationsPerSecond() {
            return operations / seconds;
        }

        /** Everything else on the machine, in cores: what the server, client and database did not use. */
        double otherCores() {
            if (Double.isNaN(cpu.otherCores())) {
                return Double.NaN;
            }
            return Double.isNaN(databaseCores) ? cpu.otherCores() : Math.max(0, cpu.otherCores() - databaseCores);
        }

        String errorKinds() {
            return errorsByKind.isEmpty() ? "" : " " + errorsByKind;
        }
    }

    private static final class Tally {
        final LatencyHistogram latencies = new LatencyHistogram();
        final Map<String, Long> errors = new TreeMap<>();
        long units;
    }

    private TimedLoop() {
    }

    /**
     * Runs every worker on its own thread of {@code pool} for {@code length}. {@code server} is the
     * server process whose CPU to measure, or empty when there is none (the raw baseline).
     */
    static Result run(List<? extends Worker> workers, ExecutorService pool, Optional<ProcessHandle> server,
            BenchDatabase.Kind database, Duration length) throws Exception {
        CpuMeter cpu = server.isPresent() ? CpuMeter.start(server) : CpuMeter.startServerless();
        DatabaseCpu databaseCpu = DatabaseCpu.start(database);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<Tally>> futures = new ArrayList<>();
        for (Worker worker : workers) {
            futures.add(pool.submit(() -> loop(worker, end)));
        }
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> future : futures) {
            tallies.add(future.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuMeter.Use used = cpu.stop();
        double databaseCores = databaseCpu.stopCores();

        LatencyHistogram all = LatencyHistogram.merge(tallies.stream().map(t -> t.latencies).toList());
        Map<String, Long> errors = new TreeMap<>();
        tallies.forEach(t -> t.errors.forEach((kind, n) -> errors.merge(kind, n, Long::sum)));
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        long units = tallies.stream().mapToLong(t -> t.units).sum();
        return new Result(seconds, all.count(), units, all, errorCount, errors, used, databaseCores,
                tallies.stream().map(t -> t.units).toList());
    }

    private static Tally loop(Worker worker, long endNanos) throws Exception {
        Tally tally = new Tally();
        while (System.nanoTime() - endNanos < 0) {
            Step step = worker.next();
            if (step.error() == null) {
                tally.latencies.record(step.latencyNanos());
                tally.units += step.units();
            } else {
                tally.errors.merge(step.error(), 1L, Long::sum);
                // A refused connection fails at once; pause so a dead server is not hit in a tight spin.
                Thread.sleep(10);
            }
        }
        return tally;
    }
}
