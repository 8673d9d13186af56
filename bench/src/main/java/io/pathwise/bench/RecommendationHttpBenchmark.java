package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.SkillGraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A learner's next steps as the API serves them ({@code GET /api/v1/courses/{slug}/next}), in a
 * course built on the Junyi Academy graph: the engine's cost ({@link RecommendationBenchmark}) plus
 * reading the learner's mastery, recent answers and due reviews from the database, the course from
 * the catalog, authentication and JSON. The server runs from the jar on H2 (or PostgreSQL); the
 * course, the learners and their histories are set up through the public API and the xAPI endpoint
 * first (not timed), then one client thread asks for one learner's next steps at a time, learners
 * in a shuffled order, every request timed. See bench/README.md.
 */
public final class RecommendationHttpBenchmark {

    static final String DEFAULT_GRAPH = "../shared/data/skill-graphs/junyi-exercises.csv";
    private static final int BATCH = 100;
    /** Groups of learners, by progress, in the breakdown of the measured requests. */
    private static final int PROGRESS_GROUPS = 5;

    private static final String USAGE = """
            RecommendationHttpBenchmark [--db=h2|postgres] [--graph=%s]
                                        [--learners=100] [--max-mastered=300] [--runs=5] [--requests=2000]
                                        [--warmup=10000] [--seed=42] [--setup-threads=4] [--evidence-timeout=900]
                                        [--client=blocking|jdk] [--java=...] [--jar=...] [--jvm-opts=...] [--timeout=180]
              --learners      learners in the course, each with their own history
              --max-mastered  skills the most advanced learner has mastered (the others evenly fewer)
              --runs          measured runs of --requests timed requests each, after --warmup untimed ones
              --client        blocking: HttpURLConnection on the client thread; jdk: the JDK's HttpClient
                              (its hand-offs between threads add to the tail on a small machine)
            """.formatted(DEFAULT_GRAPH);

    /** One measured run: the client's figures, then the server's own p50 and p99 of the same requests. */
    private record Run(int number, double p50, double p90, double p99, double max, double mean, double perSecond,
            int errors, double serverP50, double serverP99) {

        Run withServer(LatencyHistogram server) {
            return new Run(number, p50, p90, p99, max, mean, perSecond, errors, server.percentileMillis(50),
                    server.percentileMillis(99));
        }
    }

    private RecommendationHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("graph", "learners", "max-mastered", "runs", "requests", "warmup",
                "seed", "setup-threads", "evidence-timeout", "client", "java", "jar", "jvm-opts", "timeout", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        Path root = ProjectRoot.find();
        Path graphFile = root.resolve(options.string("graph", DEFAULT_GRAPH)).normalize();
        int learnerCount = options.positiveInt("learners", 100);
        int maxMastered = options.positiveInt("max-mastered", 300);
        int runs = options.positiveInt("runs", 5);
        int requests = options.positiveInt("requests", 2000);
        int warmup = options.positiveInt("warmup", 10000);
        long seed = Long.parseLong(options.string("seed", "42"));
        int setupThreads = options.positiveInt("setup-threads", 4);
        Duration evidenceTimeout = Duration.ofSeconds(options.positiveInt("evidence-timeout", 900));
        String client = options.string("client", "blocking");
        if (!client.equals("blocking") && !client.equals("jdk")) {
            throw new IllegalArgumentException("--client must be blocking or jdk, not " + client);
        }

        SkillGraph graph = RecommendationCourse.junyiGraph(graphFile);
        List<Activity> activities = RecommendationCourse.activities(graph, seed);

        ServerCommand base = ServerCommand.from(options, root);
        String build = BuildInfo.describe(root, base.jar());
        String serverJdk = Environment.javaVersion(base.java());
        WorkDir work = new WorkDir("pathwise-next-steps-");
        Path dataDir = work.freshDir("data");
        ServerRequestTimes serverTimes = new ServerRequestTimes(work.freshDir("access-log"));
        ExecutorService pool = Executors.newFixedThreadPool(setupThreads);
        List<String> setup = new ArrayList<>();
        List<Run> results = new ArrayList<>();
        LatencyHistogram[] byProgress = new LatencyHistogram[PROGRESS_GROUPS];
        String serverCommand;
        String database;
        try (BenchDatabase db = BenchDatabase.create(options, dataDir)) {
            database = db.describe();
            List<String> arguments = new ArrayList<>(db.serverArguments());
            arguments.addAll(serverTimes.serverArguments());
            ServerCommand command = base.on(FreePort.pick(), dataDir).withArguments(arguments);
            serverCommand = command.display();
            System.out.println("Starting " + serverCommand);
            try (ServerProcess server = LrsServer.startReady(command, db, work.file("server.log"),
                    Duration.ofSeconds(options.positiveInt("timeout", 180)))) {
                PathwiseApi api = new PathwiseApi(server.baseUrl());
                ExamCohort cohort = new ExamCohort(api, pool);

                long t = System.nanoTime();
                cohort.signUp();
                JunyiCoursePackage course = new JunyiCoursePackage(cohort.courseSlug(), graph, activities);
                cohort.importCourse(course.zip());
                setup.add(step("course imported and published: " + graph.size() + " skills, " + graph.edgeCount()
                        + " prerequisite edges, " + activities.size() + " activities", t));

                t = System.nanoTime();
                cohort.enrol(learnerCount);
                cohort.activateAndSignIn();
                setup.add(step(learnerCount + " learners enrolled, activated and signed in", t));

                t = System.nanoTime();
                String iriPrefix = iriPrefix(api, cohort, course, activities.get(0));
                JunyiEvidence evidence = new JunyiEvidence(graph, activities, course, iriPrefix);
                XapiHttp xapi = new XapiHttp(server.baseUrl(), cohort.credential("Junyi histories", "all"));
                Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
                List<JunyiEvidence.History> histories = new ArrayList<>();
                for (ExamCohort.Learner learner : cohort.learners()) {
                    histories.add(evidence.of(learner.index, learnerCount, maxMastered, learner.email, monthAgo));
                }
                int statements = send(xapi, histories, pool);
                setup.add(step(statements + " answers sent to /xapi/statements in batches of " + BATCH, t));

                t = System.nanoTime();
                awaitLearnerModel(api, cohort, histories, evidenceTimeout);
                setup.add(step("the learner model has taken in every answer", t));
                cohort.refreshTokens(Duration.ofMinutes(5).toNanos());

                List<ExamCohort.Learner> learners = cohort.learners();
                for (int g = 0; g < PROGRESS_GROUPS; g++) {
                    byProgress[g] = new LatencyHistogram();
                }
                Random order = new Random(seed);
                Getter timed = client.equals("jdk") ? api::get : new BlockingGet(server.baseUrl())::get;
                measure(timed, cohort.courseSlug(), learners, warmup, order, null, null);
                for (int r = 1; r <= runs; r++) {
                    cohort.refreshTokens(Duration.ofMinutes(10).toNanos());
                    LatencyHistogram latencies = new LatencyHistogram();
                    long start = System.nanoTime();
                    int errors = measure(timed, cohort.courseSlug(), learners, requests, order, latencies, byProgress);
                    Run run = summarise(r, latencies, requests / ((System.nanoTime() - start) / 1e9), errors);
                    results.add(run);
                    System.out.printf("run %d: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f/s, %d errors%n",
                            r, run.p50(), run.p90(), run.p99(), run.max(), run.perSecond(), run.errors());
                }
                List<LatencyHistogram> onServer = serverTimes.last("/next", warmup + runs * requests, runs, requests);
                for (int r = 0; r < runs; r++) {
                    results.set(r, results.get(r).withServer(onServer.get(r)));
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> lines = new ArrayList<>(Environment.describe(serverJdk, serverCommand,
                RecommendationHttpBenchmark.class.getName(), args));
        lines.add(build);
        lines.add("Database: " + database);
        lines.add("Course: the Junyi graph from " + graphFile + " (the engine benchmark's course: "
                + RecommendationCourse.class.getSimpleName() + ", seed " + seed + ")");
        lines.add("Learners: " + learnerCount + "; learner i has mastered " + maxMastered
                + " * i / (learners - 1) skills in course order a month ago (three right answers each), every "
                + "third then answered the next skill wrong three times an hour ago");
        lines.add("Load: one client thread, GET /api/v1/courses/{slug}/next with the learner's bearer token, learners "
                + "in a shuffled order; " + warmup + " untimed requests, then " + runs + " runs of " + requests
                + "; client: " + (client.equals("jdk") ? "the JDK's HttpClient (--client=jdk)"
                        : "HttpURLConnection, blocking on the client thread (--client=blocking)")
                + ", one kept-alive connection");
        setup.forEach(line -> lines.add("Set-up: " + line));
        List<String> verdict = headline(results);
        verdict.forEach(System.out::println);
        Path file = ResultsFile.append(root, "recommendation-http", "Next steps over HTTP benchmark",
                Markdown.bullets(lines) + "\n" + table(results) + "\n" + progressTable(byProgress, learnerCount, maxMastered)
                        + "\n" + Markdown.bullets(verdict));
        System.out.println("Appended to " + file);
        work.delete();
    }

    /** The IRI prefix of the course's activities, read from one activity and checked on it. */
    static String iriPrefix(PathwiseApi api, ExamCohort cohort, JunyiCoursePackage course, Activity activity)
            throws Exception {
        String id = course.activityId(activity.key());
        Object body = api.get("/api/v1/courses/" + cohort.courseId() + "/activities/" + id, cohort.adminToken())
                .expect(200, "GET activity " + id).json();
        String iri = JsonTree.string(JsonTree.object(JsonTree.object(body, "activity response").get("activity"),
                "activity").get("iri"), "iri");
        if (!iri.endsWith("/" + id)) {
            throw new IllegalStateException("activity " + id + " has the IRI " + iri + ", not ending in its id");
        }
        return iri.substring(0, iri.length() - id.length());
    }

    /** Sends every learner's statements in order, learners in parallel; returns how many were stored. */
    static int send(XapiHttp xapi, List<JunyiEvidence.History> histories, ExecutorService pool)
            throws Exception {
        List<Future<Integer>> sent = new ArrayList<>();
        for (JunyiEvidence.History history : histories) {
            sent.add(pool.submit(() -> {
                List<String> all = history.statements();
                for (int from = 0; from < all.size(); from += BATCH) {
                    List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                    String firstId = batch.get(0).substring("{\"id\":\"".length(), "{\"id\":\"".length() + 36);
                    XapiHttp.Outcome outcome = xapi.post(("[" + String.join(",", batch) + "]")
                            .getBytes(StandardCharsets.UTF_8), batch.size(), firstId);
                    if (outcome.error() != null) {
                        throw new IllegalStateException("statements of " + history.email() + ": " + outcome.error());
                    }
                }
                return all.size();
            }));
        }
        int total = 0;
        for (Future<Integer> future : sent) {
            total += future.get();
        }
        return total;
    }

    /** Waits until every learner's mastery counts all of their answers, as the learner sees it. */
    static void awaitLearnerModel(PathwiseApi api, ExamCohort cohort, List<JunyiEvidence.History> histories,
            Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ExamCohort.Learner> waiting = new ArrayList<>(cohort.learners());
        while (!waiting.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting.size() + " learners' answers not all in the learner model after "
                        + timeout.toSeconds() + " s");
            }
            cohort.refreshTokens(Duration.ofMinutes(10).toNanos());
            List<ExamCohort.Learner> still = new ArrayList<>();
            for (ExamCohort.Learner learner : waiting) {
                if (observations(api, cohort.courseSlug(), learner) < histories.get(learner.index).statements().size()) {
                    still.add(learner);
                }
            }
            waiting = still;
            if (!waiting.isEmpty()) {
                System.out.println("  learner model: " + waiting.size() + " learners still being updated");
                Thread.sleep(5000);
            }
        }
    }

    private static long observations(PathwiseApi api, String slug, ExamCohort.Learner learner) throws Exception {
        Object body = api.get("/api/v1/courses/" + slug + "/mastery", learner.token).expect(200, "GET mastery").json();
        long sum = 0;
        for (Object skill : JsonTree.array(JsonTree.object(body, "mastery").get("skills"), "skills")) {
            sum += (long) JsonTree.number(JsonTree.object(skill, "skill").get("observations"), "observations");
        }
        return sum;
    }

    /**
     * Asks for {@code count} learners' next steps, learners in a shuffled order; records each
     * request's time when {@code latencies} is given. A reply other than 200 with at least one step
     * is an error.
     */
    /** One timed GET: the client the measured requests go through. */
    @FunctionalInterface
    private interface Getter {
        PathwiseApi.Response get(String path, String token) throws Exception;
    }

    private static int measure(Getter api, String slug, List<ExamCohort.Learner> learners, int count,
            Random order, LatencyHistogram latencies, LatencyHistogram[] byProgress) throws Exception {
        List<ExamCohort.Learner> deck = new ArrayList<>(learners);
        int errors = 0;
        for (int i = 0; i < count; i++) {
            if (i % deck.size() == 0) {
                Collections.shuffle(deck, order);
            }
            ExamCohort.Learner learner = deck.get(i % deck.size());
            long start = System.nanoTime();
            PathwiseApi.Response response = api.get("/api/v1/courses/" + slug + "/next", learner.token);
            long elapsed = System.nanoTime() - start;
            if (latencies != null) {
                latencies.record(elapsed);
                byProgress[progressGroup(learner.index, learners.size())].record(elapsed);
            }
            if (response.status() != 200 || !response.body().contains("\"steps\":[{")) {
                errors++;
            }
        }
        return errors;
    }

    /** Learners in {@link #PROGRESS_GROUPS} groups by index, so by how many skills they have mastered. */
    private static int progressGroup(int learnerIndex, int learners) {
        return learnerIndex * PROGRESS_GROUPS / learners;
    }

    /**
     * Every measured request by its learner's progress: which learners make the slow end (a
     * learner's request reads and weighs every skill they have evidence on and every review due).
     */
    private static String progressTable(LatencyHistogram[] byProgress, int learners, int maxMastered) {
        List<List<String>> rows = new ArrayList<>();
        for (int g = 0; g < PROGRESS_GROUPS; g++) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < learners; i++) {
                if (progressGroup(i, learners) == g) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first < 0 || byProgress[g].count() == 0) {
                continue;
            }
            rows.add(List.of((first + 1) + "-" + (last + 1), JunyiEvidence.mastered(first, learners, maxMastered) + "-"
                            + JunyiEvidence.mastered(last, learners, maxMastered), String.valueOf(byProgress[g].count()),
                    Markdown.number(byProgress[g].percentileMillis(50), 2),
                    Markdown.number(byProgress[g].percentileMillis(99), 2)));
        }
        return "All measured runs by the learners' progress:\n\n" + Markdown.table(List.of("Learners (by progress)",
                "Skills mastered", "Requests", "p50 (ms)", "p99 (ms)"), rows);
    }

    private static Run summarise(int number, LatencyHistogram latencies, double perSecond, int errors) {
        return new Run(number, latencies.percentileMillis(50), latencies.percentileMillis(90),
                latencies.percentileMillis(99), latencies.maxMillis(), latencies.meanMillis(), perSecond, errors,
                Double.NaN, Double.NaN);
    }

    private static List<String> headline(List<Run> runs) {
        double p50 = Summary.median(runs.stream().map(Run::p50).toList());
        double p99 = Summary.median(runs.stream().map(Run::p99).toList());
        double rate = Summary.median(runs.stream().map(Run::perSecond).toList());
        int errors = runs.stream().mapToInt(Run::errors).sum();
        boolean met = p99 <= RecommendationBenchmark.TARGET_P99_MILLIS && errors == 0;
        double serverP50 = Summary.median(runs.stream().map(Run::serverP50).toList());
        double serverP99 = Summary.median(runs.stream().map(Run::serverP99).toList());
        return List.of("Median over " + runs.size() + " runs: p50 " + Markdown.number(p50, 2) + " ms, p99 "
                        + Markdown.number(p99, 2) + " ms, " + Markdown.number(rate, 0) + " requests/s on one client "
                        + "thread; " + errors + " errors",
                "The server's own time for the same requests (Tomcat's access log): p50 " + Markdown.number(serverP50, 2)
                        + " ms, p99 " + Markdown.number(serverP99, 2) + " ms",
                "Target p99 <= " + Markdown.number(RecommendationBenchmark.TARGET_P99_MILLIS, 0) + " ms per "
                        + "recommendation, here with the whole request: " + (met ? "met" : "NOT met") + " ("
                        + Markdown.number(p99, 2) + " ms)");
    }

    private static String table(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (Run run : runs) {
            rows.add(List.of(String.valueOf(run.number()), Markdown.number(run.p50(), 2), Markdown.number(run.p90(), 2),
                    Markdown.number(run.p99(), 2), Markdown.number(run.max(), 2), Markdown.number(run.mean(), 2),
                    Markdown.number(run.perSecond(), 0), String.valueOf(run.errors()), Markdown.number(run.serverP50(), 2),
                    Markdown.number(run.serverP99(), 2)));
        }
        return Markdown.table(List.of("Run", "p50 (ms)", "p90 (ms)", "p99 (ms)", "max (ms)", "mean (ms)",
                "requests/s", "errors", "server p50 (ms)", "server p99 (ms)"), rows);
    }

    private static String step(String what, long startedNanos) {
        return what + " in " + Markdown.number((System.nanoTime() - startedNanos) / 1e9, 1) + " s";
    }
}
