package io.pathwise.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * CPU used during one run, in cores (CPU time over wall time): by the client JVM, by the server
 * process when the benchmark started it, and by everything else on the machine. Client and server
 * share the machine, so this shows how much the load generator took from the server, and whether
 * something else (a build, a test run) was competing and the figures should not be trusted.
 */
final class CpuMeter {

    /** Average cores busy during the run; NaN where unknown (attached server, not Linux). */
    record Use(double clientCores, double serverCores, double otherCores) {
    }

    /** Linux reports /proc/stat in clock ticks; USER_HZ is 100 on every mainstream kernel build. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private final Optional<ProcessHandle> server;
    private final boolean serverless;
    private final long startWall;
    private final long startClient;
    private final long startServer;
    private final long startMachine;

    private CpuMeter(Optional<ProcessHandle> server, boolean serverless) {
        this.server = server;
        this.serverless = serverless;
        this.startClient = clientCpuNanos();
        this.startServer = serverCpuNanos();
        this.startMachine = machineBusyNanos();
        this.startWall = System.nanoTime();
    }

    static CpuMeter start(Optional<ProcessHandle> server) {
        return new CpuMeter(server, false);
    }

    /** For a run with no server process at all (the client talks to a database directly): server 0 cores. */
    static CpuMeter startServerless() {
        return new CpuMeter(Optional.empty(), true);
    }

    Use stop() {
        double wall = System.nanoTime() - startWall;
        long client = clientCpuNanos();
        long serverNow = serverCpuNanos();
        long machine = machineBusyNanos();
        double clientCores = client < 0 || startClient < 0 ? Double.NaN : (client - startClient) / wall;
        double serverCores = serverless ? 0 : serverNow < 0 || startServer < 0 ? Double.NaN : (serverNow - startServer) / wall;
        double machineCores = machine < 0 || startMachine < 0 ? Double.NaN : (machine - startMachine) / wall;
        // Without the server's figure (attached) the remainder would include the server: leave it unknown.
        double otherCores = Math.max(0, machineCores - clientCores - serverCores);
        return new Use(clientCores, serverCores, Double.isNaN(serverCores) ? Double.NaN : otherCores);
    }

    private static long clientCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** Busy time of all CPUs: the first line of /proc/stat minus idle and iowait; -1 if unavailable. */
    private static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * NANOS_PER_TICK;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    private long serverCpuNanos() {
        return server.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }
}
