package io.pathwise.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU used by the PostgreSQL server processes (postmaster, backends, background workers, found by
 * their executable's name), in cores, so that work done by the database is not mistaken for
 * "other" load. Counted per process: a process started during the run counts all its CPU, one
 * that exits during the run takes the CPU it used since the start with it (the connection pools
 * of server and benchmark keep their backends for the whole run). On H2 the database runs inside
 * the server (or, for the raw baseline, inside the benchmark JVM) and is counted there.
 */
final class DatabaseCpu {

    private final boolean enabled;
    private final Map<Long, Long> startCpu;
    private final long startWall;

    private DatabaseCpu(boolean enabled) {
        this.enabled = enabled;
        this.startCpu = enabled ? postgresCpuNanos() : Map.of();
        this.startWall = System.nanoTime();
    }

    static DatabaseCpu start(BenchDatabase.Kind kind) {
        return new DatabaseCpu(kind == BenchDatabase.Kind.POSTGRES);
    }

    /** Average cores used since start; NaN when the database is not a separate process. */
    double stopCores() {
        if (!enabled) {
            return Double.NaN;
        }
        long wall = System.nanoTime() - startWall;
        long used = 0;
        for (Map.Entry<Long, Long> now : postgresCpuNanos().entrySet()) {
            used += now.getValue() - startCpu.getOrDefault(now.getKey(), 0L);
        }
        return used / (double) wall;
    }

    private static Map<Long, Long> postgresCpuNanos() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster"))
                        .orElse(false))
                .collect(Collectors.toMap(ProcessHandle::pid,
                        p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L), (a, b) -> a));
    }
}
