package io.pathwise.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Wall time from {@code java -jar pathwise.jar} to a 200 from the readiness probe. Run 1 uses an
 * empty data dir, so it includes schema migration and demo-data creation (a first install); the
 * following runs reuse that dir (every later restart), which is the figure the 4 s target is
 * about. See bench/README.md.
 */
public final class StartupBenchmark {

    static final double TARGET_SECONDS = 4.0;

    private static final String USAGE = """
            StartupBenchmark [--runs=7] [--java=%s] [--jar=%s]
                             [--jvm-opts="-Xmx512m ..."] [--timeout=120]
              --runs      restarts on the warm data dir, after the first start on a fresh one
              --timeout   seconds to wait for readiness before giving up
            """.formatted(ServerCommand.DEFAULT_JAVA, ServerCommand.DEFAULT_JAR);

    /**
     * One start: wall time to readiness, Spring Boot's own figure if it was logged, and the CPU used
     * meanwhile (the server's, and other processes' which would make the run unrepresentative).
     */
    private record Run(int number, boolean freshDataDir, double wallSeconds, OptionalDouble reportedSeconds,
            CpuMeter.Use cpu) {
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("runs", "java", "jar", "jvm-opts", "timeout", "help"));
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        int warmRuns = options.positiveInt("runs", 7);
        Duration timeout = Duration.ofSeconds(options.positiveInt("timeout", 120));
        Path root = ProjectRoot.find();

        ServerCommand server = ServerCommand.from(options, root);
        WorkDir work = new WorkDir("pathwise-startup-");
        Path dataDir = work.freshDir("data");
        ServerCommand command = server.on(FreePort.pick(), dataDir);
        String serverJdk = Environment.javaVersion(command.java());
        System.out.printf("Server: %s%nJDK: %s%nWork dir: %s%n%n", command.jar(), serverJdk, work.path());

        List<Run> runs = new ArrayList<>();
        for (int i = 1; i <= warmRuns + 1; i++) {
            // A new port per run, so a previous server still letting go of its port cannot interfere.
            ServerCommand thisRun = i == 1 ? command : server.on(FreePort.pick(), dataDir);
            Run run = startOnce(i, i == 1, thisRun, work.file("run-" + i + ".log"), timeout);
            runs.add(run);
            System.out.printf("run %d (%s data dir): %.2f s to ready, JVM reported %s s, CPU cores server %s other %s%n",
                    run.number(), run.freshDataDir() ? "fresh" : "warm", run.wallSeconds(),
                    seconds(run.reportedSeconds()), cores(run.cpu().serverCores()), cores(run.cpu().otherCores()));
        }

        List<String> summary = summarise(runs);
        System.out.println();
        summary.forEach(System.out::println);
        Path results = ResultsFile.append(root, "startup", "Start-up benchmark", Markdown.bullets(
                Environment.describe(serverJdk, command.display(), StartupBenchmark.class.getName(), args))
                + "\n" + table(runs) + "\n" + Markdown.bullets(summary));
        System.out.println("\nAppended to " + results);
        work.delete();
    }

    private static Run startOnce(int number, boolean fresh, ServerCommand command, Path log, Duration timeout)
            throws Exception {
        try (ServerProcess server = ServerProcess.start(command, log)) {
            CpuMeter cpu = CpuMeter.start(Optional.of(server.handle()));
            Duration ready = server.awaitReady(timeout);
            CpuMeter.Use used = cpu.stop();
            return new Run(number, fresh, ready.toNanos() / 1e9, server.reportedStartupSeconds(), used);
        }
    }

    /** Headline lines, printed as-is on the console and as bullets in the results file. */
    private static List<String> summarise(List<Run> runs) {
        Run first = runs.get(0);
        List<Run> warm = runs.subList(1, runs.size());
        Summary wall = Summary.of(warm.stream().map(Run::wallSeconds).toList());
        List<Double> reported = warm.stream()
                .filter(r -> r.reportedSeconds().isPresent())
                .map(r -> r.reportedSeconds().getAsDouble())
                .toList();
        return List.of(
                "First start (fresh data dir, creates demo data): " + Markdown.number(first.wallSeconds(), 2)
                        + " s to ready, JVM reported " + seconds(first.reportedSeconds()) + " s",
                "Warm data dir, " + warm.size() + " runs, to ready: " + describe(wall),
                "Warm data dir, " + reported.size() + " runs, JVM reported: "
                        + (reported.isEmpty() ? "not logged" : describe(Summary.of(reported))),
                "Target <= " + Markdown.number(TARGET_SECONDS, 0) + " s to ready (warm median): "
                        + (wall.median() <= TARGET_SECONDS ? "met" : "NOT met")
                        + "; first start: " + (first.wallSeconds() <= TARGET_SECONDS ? "met" : "NOT met"));
    }

    private static String table(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.add(List.of(String.valueOf(run.number()), run.freshDataDir() ? "fresh" : "warm",
                    Markdown.number(run.wallSeconds(), 2), seconds(run.reportedSeconds()),
                    cores(run.cpu().serverCores()), cores(run.cpu().otherCores())));
        }
        return Markdown.table(List.of("Run", "Data dir", "Wall to ready (s)", "JVM-reported (s)", "CPU server",
                "CPU other"), rows);
    }

    private static String describe(Summary s) {
        return "median " + Markdown.number(s.median(), 2) + " s (min " + Markdown.number(s.min(), 2)
                + ", max " + Markdown.number(s.max(), 2) + ")";
    }

    private static String cores(double value) {
        return Double.isNaN(value) ? "n/a" : Markdown.number(value, 2);
    }

    private static String seconds(OptionalDouble value) {
        return value.isPresent() ? Markdown.number(value.getAsDouble(), 2) : "n/a";
    }
}
