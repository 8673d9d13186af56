package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the LRS benchmarks print and record a {@link TimedLoop.Result}: one console line, and one
 * row of a Markdown table with the same columns in every results file (rate of units and of
 * operations, latency percentiles of the operation, errors, CPU in cores of client, server,
 * database and everything else).
 */
final class LrsReport {

    private LrsReport() {
    }

    static String line(TimedLoop.Result r, String units, String operations) {
        return String.format(Locale.ROOT,
                "%9.1f %s/s, %7.1f %s/s, p50 %s ms, p90 %s ms, p99 %s ms, max %s ms, %d %s, %d errors, "
                        + "CPU cores client %s server %s db %s other %s",
                r.unitsPerSecond(), units, r.operationsPerSecond(), operations, millis(r, 50), millis(r, 90),
                millis(r, 99), millis(r, 100), r.units(), units, r.errors(), cores(r.cpu().clientCores()),
                cores(r.cpu().serverCores()), cores(r.databaseCores()), cores(r.otherCores())) + r.errorKinds();
    }

    /** A latency percentile of the successful operations; "n/a" when none succeeded (never a misleading 0). */
    static String millis(TimedLoop.Result r, double percentile) {
        return r.latencies().count() == 0 ? "n/a" : Markdown.number(r.latencies().percentileMillis(percentile), 2);
    }

    static List<String> header(String units, String operations) {
        return List.of("Phase", units + "/s", operations + "/s", "p50 (ms)", "p90 (ms)", "p99 (ms)", "Max (ms)",
                units, "Errors", "CPU client", "CPU server", "CPU db", "CPU other");
    }

    static List<String> row(String label, TimedLoop.Result r) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        cells.add(Markdown.number(r.unitsPerSecond(), 1));
        cells.add(Markdown.number(r.operationsPerSecond(), 1));
        cells.add(millis(r, 50));
        cells.add(millis(r, 90));
        cells.add(millis(r, 99));
        cells.add(millis(r, 100));
        cells.add(String.valueOf(r.units()));
        cells.add(r.errors() + r.errorKinds());
        cells.add(cores(r.cpu().clientCores()));
        cells.add(cores(r.cpu().serverCores()));
        cells.add(cores(r.databaseCores()));
        cells.add(cores(r.otherCores()));
        return cells;
    }

    static String cores(double value) {
        return Double.isNaN(value) ? "n/a" : Markdown.number(value, 2);
    }

    /** The option lines every LRS benchmark accepts for the server it starts. */
    static final String SERVER_USAGE = """
              --db=h2|postgres   h2: the embedded default (file in a fresh data dir); postgres: the postgres
                                 profile on a database created for the run and dropped after it
              --pg-host=127.0.0.1 --pg-port=5432 --pg-user=postgres --pg-password= --pg-database=pathwise_bench_<random>
              --java=%s --jar=%s
              --jvm-opts="..."   server JVM options, e.g. "-XX:StartFlightRecording=filename=/tmp/lrs.jfr"
              --timeout=180      seconds to wait for the server to be ready
              --note="..."       free text recorded with the results (e.g. "dry run on branch X")
              --record=false     do not append to bench/results (for smoke tests of the benchmark itself)
            """.formatted(ServerCommand.DEFAULT_JAVA, ServerCommand.DEFAULT_JAR);
}
