package io.pathwise.bench.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link BktOnlineUpdateBenchmark} with JMH and appends the figures, with the machine, JDK,
 * build and command, to bench/results/bkt-online-update.md. Arguments are JMH's own (e.g.
 * {@code -f 1 -wi 2 -i 3} for a quick look); the benchmark's annotations give the defaults.
 */
public final class BktOnlineUpdateMain {

    /** The target for one statement's online update. */
    static final double TARGET_NANOS = 20_000;

    private BktOnlineUpdateMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions jmhArgs = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(jmhArgs)
                .include(BktOnlineUpdateBenchmark.class.getName() + "\\.")
                .build()).run();

        List<String> rows = new ArrayList<>();
        rows.add("| Benchmark | skills | skills per item | mean (ns/op) | ± 99.9 % (ns) | median of iterations (ns/op) "
                + "| iterations |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- |");
        double worstStatement = 0;
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String method = run.getParams().getBenchmark().substring(run.getParams().getBenchmark().lastIndexOf('.') + 1);
            double median = primary.getStatistics().getPercentile(50);
            if (method.equals("statement")) {
                worstStatement = Math.max(worstStatement, median);
            }
            rows.add("| " + method + " | " + param(run, "skills") + " | " + param(run, "skillsPerItem") + " | " + number(primary.getScore()) + " | "
                    + number(primary.getScoreError()) + " | " + number(median) + " | " + primary.getStatistics().getN()
                    + " |");
        }
        String verdict = "Target <= 20 µs (20,000 ns) per statement: " + (worstStatement <= TARGET_NANOS ? "met" : "NOT met")
                + " (slowest statement median " + number(worstStatement) + " ns)";
        String command = ProcessHandle.current().info().commandLine().orElse("java " + BktOnlineUpdateMain.class.getName());
        Path root = MarkdownResults.root();
        Path file = MarkdownResults.append(root, "bkt-online-update", "BKT online update (JMH)",
                MarkdownResults.environment(root, command) + "\n" + String.join("\n", rows) + "\n\n- " + verdict + "\n");
        System.out.println(String.join("\n", rows));
        System.out.println(verdict);
        System.out.println("Appended to " + file);
    }

    /** A benchmark's parameter, "n/a" for a benchmark that has none (the lone update). */
    private static String param(RunResult run, String name) {
        String value = run.getParams().getParam(name);
        return value == null ? "n/a" : value;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
