package io.pathwise.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Signed-in learners loading the course page, the page every learner opens first and most often.
 * Each user signs in once through the web form, then loads the page in a loop; after a warm-up
 * (JIT, caches, connection pools) the same users are measured several times and each figure's
 * median is reported. Starts its own server from the jar unless given --url. See bench/README.md.
 */
public final class CoursePageLoadBenchmark {

    static final double TARGET_PAGES_PER_SECOND = 500;
    static final double TARGET_P99_MILLIS = 50;

    private static final String USAGE = """
            CoursePageLoadBenchmark [--url=http://127.0.0.1:8080] [--users=32] [--warmup=10] [--duration=30]
                                    [--runs=3] [--email=learner@pathwise.demo] [--password=learn-fractions]
                                    [--path=/courses/fractions] [--expect=Fractions] [--data-size="..."]
                                    [--java=%s] [--jar=%s] [--jvm-opts="..."] [--timeout=120]
              --url        attach to a running server instead of starting the jar on a fresh data dir
              --warmup     seconds of unmeasured load first; --duration seconds per measured run
              --data-size  free text recorded with the results, e.g. "9 units, 21 skills, 51 activities"
            """.formatted(ServerCommand.DEFAULT_JAVA, ServerCommand.DEFAULT_JAR);

    private CoursePageLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Set.of("url", "users", "warmup", "duration", "runs", "email",
                "password", "path", "expect", "data-size", "java", "jar", "jvm-opts", "timeout", "help"));
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        Path root = ProjectRoot.find();
        if (options.optional("url").isPresent()) {
            String url = options.optional("url").get().replaceAll("/+$", "");
            measure(options, args, root, url, Optional.empty(), "unknown (attached to " + url + ")",
                    "(attached to a running server)");
            return;
        }
        ServerCommand server = ServerCommand.from(options, root);
        WorkDir work = new WorkDir("pathwise-pageload-");
        ServerCommand command = server.on(FreePort.pick(), work.freshDir("data"));
        String serverJdk = Environment.javaVersion(command.java());
        System.out.printf("Starting %s%n", command.display());
        try (ServerProcess process = ServerProcess.start(command, work.file("server.log"))) {
            Duration ready = process.awaitReady(Duration.ofSeconds(options.positiveInt("timeout", 120)));
            System.out.printf("Ready after %.2f s (server log: %s)%n", ready.toNanos() / 1e9, work.file("server.log"));
            measure(options, args, root, process.baseUrl(), Optional.of(process.handle()), serverJdk,
                    command.display());
        }
        work.delete();
    }

    private static void measure(Options options, String[] args, Path root, String baseUrl,
            Optional<ProcessHandle> server, String serverJdk, String serverCommand) throws Exception {
        int userCount = options.positiveInt("users", 32);
        Duration warmup = Duration.ofSeconds(options.positiveInt("warmup", 10));
        Duration length = Duration.ofSeconds(options.positiveInt("duration", 30));
        int runCount = options.positiveInt("runs", 3);
        String email = options.string("email", "learner@pathwise.demo");
        String path = options.string("path", "/courses/fractions");
        String expect = options.string("expect", "Fractions");

        // Platform threads, one per user: the client compiles for Java 17, and 32 threads are cheap.
        ExecutorService pool = Executors.newFixedThreadPool(userCount);
        try {
            List<WebUser> users = signIn(pool, baseUrl, userCount, email, options.string("password", "learn-fractions"));
            System.out.printf("%d users signed in as %s; warming up for %d s%n", userCount, email, warmup.toSeconds());
            RunFigures warm = LoadPhase.run(users, pool, server, warmup, path, expect);
            System.out.println("warm-up: " + line(warm) + warm.errorKinds());

            List<RunFigures> runs = new ArrayList<>();
            for (int i = 1; i <= runCount; i++) {
                RunFigures run = LoadPhase.run(users, pool, server, length, path, expect);
                runs.add(run);
                System.out.println("run " + i + ":   " + line(run) + run.errorKinds());
            }
            RunFigures median = RunFigures.medianOf(runs);
            String verdict = verdict(median);
            System.out.println("median:  " + line(median));
            System.out.println(verdict);

            List<String> setup = new ArrayList<>(Environment.describe(serverJdk, serverCommand,
                    CoursePageLoadBenchmark.class.getName(), args));
            setup.add("Load: " + userCount + " users (one HttpClient and session each, HTTP/1.1, no think time), GET "
                    + path + " as " + email + ", warm-up " + warmup.toSeconds() + " s, then " + runCount + " x "
                    + length.toSeconds() + " s");
            setup.add("Data size: " + options.string("data-size",
                    server.isPresent() ? "not stated (demo data on a fresh data dir)" : "not stated"));
            Path results = ResultsFile.append(root, "course-page-load", "Course page load benchmark",
                    Markdown.bullets(setup) + "\n" + table(runs, median) + "\n" + Markdown.bullets(List.of(verdict)));
            System.out.println("Appended to " + results);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Everyone signs in concurrently; one failure stops the benchmark, as the figures would be meaningless. */
    private static List<WebUser> signIn(ExecutorService pool, String baseUrl, int count, String email,
            String password) throws Exception {
        List<WebUser> users = new ArrayList<>();
        List<Future<?>> signIns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            WebUser user = new WebUser(baseUrl);
            users.add(user);
            signIns.add(pool.submit(() -> {
                user.signIn(email, password);
                return null;
            }));
        }
        for (Future<?> signIn : signIns) {
            signIn.get();
        }
        return users;
    }

    private static String line(RunFigures f) {
        return String.format(java.util.Locale.ROOT,
                "%7.1f pages/s, p50 %6.2f ms, p90 %6.2f ms, p99 %6.2f ms, max %7.2f ms, %d pages, %d errors, "
                        + "CPU cores client %s server %s other %s",
                f.pagesPerSecond(), f.p50Millis(), f.p90Millis(), f.p99Millis(), f.maxMillis(), f.pages(), f.errors(),
                cores(f.cpu().clientCores()), cores(f.cpu().serverCores()), cores(f.cpu().otherCores()));
    }

    private static String verdict(RunFigures median) {
        boolean throughput = median.pagesPerSecond() >= TARGET_PAGES_PER_SECOND;
        boolean latency = median.p99Millis() <= TARGET_P99_MILLIS;
        int cores = Runtime.getRuntime().availableProcessors();
        return "Targets (on 2 cores; this machine has " + cores + ", shared by server and client): >= "
                + Markdown.number(TARGET_PAGES_PER_SECOND, 0) + " pages/s " + (throughput ? "met" : "NOT met")
                + ", p99 <= " + Markdown.number(TARGET_P99_MILLIS, 0) + " ms " + (latency ? "met" : "NOT met")
                + (median.errors() == 0 ? "" : "; median errors per run: " + median.errors());
    }

    private static String table(List<RunFigures> runs, RunFigures median) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            rows.add(row(String.valueOf(i + 1), runs.get(i)));
        }
        rows.add(row("**median**", median));
        return Markdown.table(List.of("Run", "Pages/s", "p50 (ms)", "p90 (ms)", "p99 (ms)", "Max (ms)", "Pages",
                "Errors", "CPU client", "CPU server", "CPU other"), rows);
    }

    private static List<String> row(String label, RunFigures f) {
        String errors = f.errors() + (f.errorsByKind().isEmpty() ? "" : " " + f.errorsByKind());
        return List.of(label, Markdown.number(f.pagesPerSecond(), 1), Markdown.number(f.p50Millis(), 2),
                Markdown.number(f.p90Millis(), 2), Markdown.number(f.p99Millis(), 2),
                Markdown.number(f.maxMillis(), 2), String.valueOf(f.pages()), errors,
                cores(f.cpu().clientCores()), cores(f.cpu().serverCores()), cores(f.cpu().otherCores()));
    }

    private static String cores(double value) {
        return Double.isNaN(value) ? "n/a" : Markdown.number(value, 2);
    }
}
