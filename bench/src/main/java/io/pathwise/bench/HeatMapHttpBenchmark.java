package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.SkillGraph;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructor's mastery heat map, as the API ({@code GET /api/v1/courses/{slug}/mastery/learners})
 * and the page ({@code GET /courses/{slug}/mastery}, signed in) serve it, in the Junyi course of
 * {@link RecommendationHttpBenchmark} with {@code --learners} learners who each have estimates on a
 * few skills. Works against both behaviours of the endpoint and says which one it measured: every
 * learner in one response (no {@code learnerCount} in the JSON), or a page at a time
 * ({@code learnerCount}, {@code nextCursor}, {@code limit} 1-100, the page 100 learners at a time);
 * for the paged one it also times walking every page. Every answer is checked: rows by
 * {@code mastered} ascending, each row's {@code mastered} the count of its {@code known} values at
 * or above {@code threshold}, as many rows as expected. With {@code --tests=study-partners} (or
 * {@code heat-map,study-partners}) every learner opts in to study partners during set-up, and the
 * learners, in shuffled order, ask for their suggestions ({@code GET /api/v1/courses/{slug}/study-partners})
 * and load the course page, which shows them; every answer is checked. With {@code --tests=stuck}, the
 * staff's list of learners who may be stuck ({@link StuckLearnerExchanges}). See bench/README.md.
 */
public final class HeatMapHttpBenchmark {

    private static final String USAGE = """
            HeatMapHttpBenchmark [--db=h2|postgres] [--graph=%s]
                                 [--learners=1000] [--mastered-cycle=60] [--runs=5] [--requests=20] [--run-seconds=15]
                                 [--warmup=3] [--seed=42] [--setup-threads=4] [--evidence-timeout=900]
                                 [--tests=heat-map|study-partners|stuck|heat-map,study-partners,stuck] [--web-learners=20]
                                 [--pg-statements=0] [--pg-explain=false] [--pg-analyze=false]
                                 [--java=...] [--jar=...] [--jvm-opts=...] [--timeout=180] [--note=...] [--record=false]
              --learners        learners in the course
              --mastered-cycle  learner i has mastered i mod this many skills (three right answers each)
              --runs            measured runs per test, after --warmup untimed (but checked) requests
              --requests        requests per run, or fewer when --run-seconds have passed (at least one)
              --tests           heat-map: the instructor's heat map (API, page, walk); study-partners: every learner
                                opts in, then learners in shuffled order ask for their study partners (API) and
                                load the course page; stuck: the learners who may be stuck, for staff (API
                                ?limit=100, the page), where every third learner is (three wrong answers in a row)
              --web-learners    learners (the first of the shuffled order) signed in on the web for the course page
              --pg-statements   on PostgreSQL, the top this many statements of each test's timed requests by total
                                time, from pg_stat_statements (reset after the warm-up); 0: not read
              --pg-explain      on PostgreSQL, after the tests, the heat map page's statements run over JDBC on the
                                run's data, timed and explained (EXPLAIN ANALYZE, BUFFERS)
              --pg-analyze      on PostgreSQL, VACUUM ANALYZE the database after set-up, before the tests (a server with
                                autovacuum off never gathers statistics on the benchmark's tables)
            """.formatted(RecommendationHttpBenchmark.DEFAULT_GRAPH);

    /** The page of the paged behaviour's web view and the API's largest page. */
    private static final int PAGE_ROWS = 100;
    private static final int API_DEFAULT_LIMIT = 20;
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(600);
    /** Learners' bearer tokens older than this are renewed, untimed, before each run (they live 15 minutes). */
    private static final Duration TOKEN_AGE = Duration.ofMinutes(10);
    /** Learners (the first of the shuffled order) whose study-partner answers are digested. */
    private static final int DIGEST_LEARNERS = 8;
    private static final Pattern PAGE_PARTNER = Pattern.compile("<p class=\"reason\">");
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"nextCursor\":(?:null|\"([^\"]*)\")");
    private static final Pattern USER_ID = Pattern.compile("\"userId\":\"([^\"]+)\"");
    private static final Pattern HTML_ROW = Pattern.compile(
            "<tr data-learner=\"([^\"]+)\">\\s*<th scope=\"row\">(?:<a\\s+href=\"[^\"]*\">)?[^<]*(?:</a>)?</th>\\s*<td>(\\d+)</td>");

    /** Sends one request (or walk) and checks the answer, fully when asked. */
    @FunctionalInterface
    private interface Exchange {
        TimedSamples.Sample send(boolean fullCheck) throws Exception;
    }

    private record Test(String name, String what, Exchange exchange) {
    }

    /** One measured run of one test. */
    private record Run(String test, int number, int requests, double p50, double p90, double p99, double max,
            double mean, long bytes, int rows, int errors) {
    }

    /**
     * What the study-partner answers said, over every answer (each is checked whole): by learner
     * index, how many partners the API gave, by position in the shuffled order a digest of the body
     * (equal bodies from two jars mean equal suggestions), and the course pages' partners.
     */
    private static final class PartnerTally {
        final Map<Integer, Integer> apiPartners = new TreeMap<>();
        final Map<Integer, String> apiDigest = new TreeMap<>();
        final Map<Integer, Integer> pagePartners = new TreeMap<>();
        int apiAnswers;
        int pageAnswers;
        int mutual;
    }

    /**
     * The whole of one test: its runs, the checks (warm-up and the first request of each run fully),
     * and on PostgreSQL with {@code --pg-statements} the SQL of its timed requests (else null).
     */
    private record Result(Test test, List<Run> runs, int fullChecks, int errorCount, List<String> errors,
            String statements) {
    }

    private HeatMapHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("graph", "learners", "mastered-cycle", "runs", "requests",
                "run-seconds", "warmup", "seed", "setup-threads", "evidence-timeout", "java", "jar", "jvm-opts",
                "timeout", "note", "record", "tests", "web-learners", "pg-statements", "pg-explain", "pg-analyze", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        Path root = ProjectRoot.find();
        Path graphFile = root.resolve(options.string("graph", RecommendationHttpBenchmark.DEFAULT_GRAPH)).normalize();
        int learnerCount = options.positiveInt("learners", 1000);
        int cycle = options.positiveInt("mastered-cycle", 60);
        int runs = options.positiveInt("runs", 5);
        int requests = options.positiveInt("requests", 20);
        Duration runCap = Duration.ofSeconds(options.positiveInt("run-seconds", 15));
        int warmup = Integer.parseInt(options.string("warmup", "3"));
        long seed = Long.parseLong(options.string("seed", "42"));
        int setupThreads = options.positiveInt("setup-threads", 4);
        Duration evidenceTimeout = Duration.ofSeconds(options.positiveInt("evidence-timeout", 900));
        boolean record = !options.string("record", "true").equals("false");
        Set<String> testSets = new LinkedHashSet<>(List.of(options.string("tests", "heat-map").split(",")));
        if (testSets.isEmpty() || !Set.of("heat-map", "study-partners", "stuck").containsAll(testSets)) {
            throw new IllegalArgumentException("--tests: heat-map, study-partners, stuck, or several (comma-separated), not "
                    + options.string("tests", ""));
        }
        boolean heatMap = testSets.contains("heat-map");
        boolean studyPartners = testSets.contains("study-partners");
        boolean stuck = testSets.contains("stuck");
        int webLearners = Math.min(options.positiveInt("web-learners", 20), learnerCount);
        PartnerTally tally = new PartnerTally();
        int pgStatements = Integer.parseInt(options.string("pg-statements", "0"));
        boolean pgExplain = options.string("pg-explain", "false").equals("true");
        boolean pgAnalyze = options.string("pg-analyze", "false").equals("true");
        String explained = null;

        SkillGraph graph = RecommendationCourse.junyiGraph(graphFile);
        List<Activity> activities = RecommendationCourse.activities(graph, seed);

        ServerCommand base = ServerCommand.from(options, root);
        String build = BuildInfo.describe(root, base.jar());
        String serverJdk = Environment.javaVersion(base.java());
        WorkDir work = new WorkDir("pathwise-heat-map-");
        Path dataDir = work.freshDir("data");
        ExecutorService pool = Executors.newFixedThreadPool(setupThreads);
        List<String> setup = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        String serverCommand;
        String database;
        boolean paged;
        try (BenchDatabase db = BenchDatabase.create(options, dataDir)) {
            database = db.describe();
            ServerCommand command = base.on(FreePort.pick(), dataDir).withArguments(db.serverArguments());
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
                setup.add(step("course imported and published: " + graph.size() + " skills, " + activities.size()
                        + " activities", t));

                t = System.nanoTime();
                cohort.enrol(learnerCount);
                cohort.activateAndSignIn();
                setup.add(step(learnerCount + " learners enrolled, activated and signed in", t));

                t = System.nanoTime();
                String iriPrefix = RecommendationHttpBenchmark.iriPrefix(api, cohort, course, activities.get(0));
                JunyiEvidence evidence = new JunyiEvidence(graph, activities, course, iriPrefix);
                XapiHttp xapi = new XapiHttp(server.baseUrl(), cohort.credential("Heat map histories", "all"));
                Instant monthAgo = Instant.now().minus(Duration.ofDays(30));
                List<JunyiEvidence.History> histories = new ArrayList<>();
                for (ExamCohort.Learner learner : cohort.learners()) {
                    histories.add(evidence.ofMastered(learner.index, learner.index % cycle, learner.email, monthAgo));
                }
                int statements = RecommendationHttpBenchmark.send(xapi, histories, pool);
                setup.add(step(statements + " answers sent to /xapi/statements", t));

                t = System.nanoTime();
                RecommendationHttpBenchmark.awaitLearnerModel(api, cohort, histories, evidenceTimeout);
                setup.add(step("the learner model has taken in every answer", t));

                List<ExamCohort.Learner> shuffled = new ArrayList<>(cohort.learners());
                Collections.shuffle(shuffled, new Random(seed));
                List<WebUser> webSessions = new ArrayList<>();
                if (studyPartners) {
                    t = System.nanoTime();
                    optIn(api, cohort, pool);
                    setup.add(step(learnerCount + " learners opted in to study partners (PUT …/study-partners/opt-in)",
                            t));
                    t = System.nanoTime();
                    for (ExamCohort.Learner learner : shuffled.subList(0, webLearners)) {
                        WebUser web = new WebUser(server.baseUrl());
                        web.signIn(learner.email, ExamCohort.PASSWORD);
                        webSessions.add(web);
                    }
                    setup.add(step(webLearners + " learners (the first of the shuffled order) signed in on the web", t));
                }

                cohort.renewAdminToken();
                WebUser browser = new WebUser(server.baseUrl());
                browser.signIn(cohort.adminEmail(), ExamCohort.PASSWORD);
                BlockingGet http = new BlockingGet(server.baseUrl());
                String apiPath = "/api/v1/courses/" + cohort.courseSlug() + "/mastery/learners";
                String pagePath = "/courses/" + cohort.courseSlug() + "/mastery";

                PathwiseApi.Response first = http.get(apiPath, cohort.adminToken()).expect(200, "GET " + apiPath);
                paged = JsonTree.object(first.json(), "heat map").containsKey("learnerCount");
                int skills = JsonTree.array(JsonTree.object(first.json(), "heat map").get("skills"), "skills").size();
                System.out.println("Behaviour: " + behaviour(paged) + "; " + skills + " skills");

                int all = learnerCount;
                List<Test> tests = new ArrayList<>();
                if (heatMap) {
                tests.add(new Test("api", "GET " + apiPath.replace(cohort.courseSlug(), "{slug}"),
                        full -> json(http, apiPath, cohort, paged ? Math.min(API_DEFAULT_LIMIT, all) : all, all, skills,
                                full)));
                tests.add(new Test("api-limit-100", "GET …/mastery/learners?limit=100",
                        full -> json(http, apiPath + "?limit=100", cohort, paged ? Math.min(PAGE_ROWS, all) : all, all,
                                skills, full)));
                tests.add(new Test("page", "GET " + pagePath.replace(cohort.courseSlug(), "{slug}")
                        + " (HTML, signed-in session)",
                        full -> html(browser, pagePath, paged ? Math.min(PAGE_ROWS, all) : all, all, paged, skills, full)));
                if (paged) {
                    tests.add(new Test("api-walk", "every page of …/mastery/learners?limit=100, following nextCursor",
                            full -> walk(http, apiPath, cohort, all, skills, full)));
                }
                }
                if (studyPartners) {
                    String partnersPath = "/api/v1/courses/" + cohort.courseSlug() + "/study-partners";
                    String coursePath = "/courses/" + cohort.courseSlug();
                    int[] nextLearner = {0};
                    int[] nextWeb = {0};
                    tests.add(new Test("partners-api", "GET /api/v1/courses/{slug}/study-partners (learners in shuffled "
                            + "order, each with their bearer token)", full -> {
                                int i = nextLearner[0]++ % shuffled.size();
                                return partners(http, partnersPath, shuffled.get(i), i, tally);
                            }));
                    tests.add(new Test("partners-page", "GET /courses/{slug} (HTML, an opted-in learner's web session, "
                            + webLearners + " learners in turn)", full -> {
                                int i = nextWeb[0]++ % webSessions.size();
                                return coursePage(webSessions.get(i), coursePath, shuffled.get(i), tally);
                            }));
                }
                if (stuck) {
                    String stuckPath = "/api/v1/courses/" + cohort.courseSlug() + "/stuck-learners";
                    String stuckPage = "/courses/" + cohort.courseSlug() + "/stuck";
                    // Every third learner answered their next skill wrong three times (JunyiEvidence.ofMastered).
                    int expectedStuck = (int) cohort.learners().stream().filter(l -> l.index % 3 == 2).count();
                    tests.add(new Test("stuck-api", "GET /api/v1/courses/{slug}/stuck-learners?limit=100",
                            full -> StuckLearnerExchanges.api(http, stuckPath, cohort.adminToken(), expectedStuck,
                                    PAGE_ROWS, full)));
                    tests.add(new Test("stuck-page", "GET /courses/{slug}/stuck (HTML, signed-in session)",
                            full -> StuckLearnerExchanges.page(browser, stuckPage, expectedStuck, PAGE_TIMEOUT)));
                    // The stuck learners of the API's first page, whose progress pages are opened in turn.
                    List<String> stuckIds = new ArrayList<>();
                    Matcher stuckId = USER_ID.matcher(http.get(stuckPath + "?limit=" + PAGE_ROWS, cohort.adminToken())
                            .expect(200, "GET " + stuckPath).body());
                    while (stuckId.find()) {
                        stuckIds.add(stuckId.group(1));
                    }
                    int[] nextStuck = {0};
                    tests.add(new Test("learner-page", "GET /courses/{slug}/learners/{userId} (HTML, signed-in session, "
                            + "the API's first " + stuckIds.size() + " stuck learners in turn)",
                            full -> StuckLearnerExchanges.learnerPage(browser, "/courses/" + cohort.courseSlug()
                                    + "/learners/" + stuckIds.get(nextStuck[0]++ % stuckIds.size()), PAGE_TIMEOUT)));
                }
                t = System.nanoTime();
                if (pgAnalyze && db.vacuumAnalyze()) {
                    setup.add(step("VACUUM ANALYZE of the whole database (--pg-analyze)", t));
                }
                PgStatements sql = pgStatements > 0 ? PgStatements.enable(db) : null;
                if (pgStatements > 0 && sql == null) {
                    setup.add("--pg-statements: not read, pg_stat_statements is not in shared_preload_libraries of "
                            + "this PostgreSQL (or the database is H2)");
                }
                for (Test test : tests) {
                    results.add(measure(test, cohort, warmup, runs, requests, runCap, sql, pgStatements));
                }
                if (pgExplain && heatMap && db.kind() == BenchDatabase.Kind.POSTGRES) {
                    List<java.util.UUID> pageUsers = new ArrayList<>();
                    Matcher id = USER_ID.matcher(first.body());
                    while (id.find() && pageUsers.size() < API_DEFAULT_LIMIT) {
                        pageUsers.add(java.util.UUID.fromString(id.group(1)));
                    }
                    explained = HeatMapSql.report(db, java.util.UUID.fromString(cohort.courseId()),
                            JsonTree.number(JsonTree.object(first.json(), "heat map").get("threshold"), "threshold"),
                            pageUsers);
                    System.out.println(explained);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> lines = new ArrayList<>(Environment.describe(serverJdk, serverCommand,
                HeatMapHttpBenchmark.class.getName(), args));
        lines.add(build);
        if (heatMap) {
            lines.add("**Behaviour measured: " + behaviour(paged) + "**");
        }
        lines.add("Database: " + database);
        lines.add("Course: the Junyi graph from " + graphFile + " (" + RecommendationCourse.class.getSimpleName()
                + ", seed " + seed + ")");
        lines.add("Learners: " + learnerCount + "; learner i has mastered i mod " + cycle
                + " skills in course order a month ago (three right answers each), every third then answered the "
                + "next skill wrong three times an hour ago");
        lines.add("Load: one client thread, as the course's administrator (bearer token for the API, a web session "
                + "for the page); per test " + warmup + " untimed requests, then " + runs + " runs of " + requests
                + " requests or " + runCap.toSeconds() + " s, whichever ends first (at least one request); a walk counts"
                + " as one request. Bytes: the body of one answer (of a whole walk), uncompressed");
        setup.forEach(line -> lines.add("Set-up: " + line));
        options.optional("note").ifPresent(note -> lines.add("**Note: " + note + "**"));
        List<String> verdict = verdict(results, paged && heatMap || !heatMap);
        StringBuilder sqlTables = new StringBuilder();
        for (Result result : results) {
            if (result.statements() != null) {
                sqlTables.append("\n").append(result.test().name()).append(": ").append(result.statements());
            }
        }
        if (studyPartners) {
            lines.add("Study partners: every learner opted in during set-up; the API test asks as the learners in an "
                    + "order shuffled with the seed (one request each, then round again), the page test as the first "
                    + webLearners + " of that order signed in on the web, in turn; rows = partners in the last answer");
            verdict.addAll(partnerVerdict(tally, learnerCount));
        }
        System.out.println(summaryTable(results));
        verdict.forEach(System.out::println);
        if (record) {
            // A run of both test sets goes in both files, whole (one section per run in each).
            String section = Markdown.bullets(lines) + "\n" + summaryTable(results) + "\nEvery run:\n\n"
                    + runTable(results) + "\n" + Markdown.bullets(verdict) + sqlTables
                    + (explained == null ? "" : "\n" + explained);
            if (heatMap) {
                System.out.println("Appended to " + ResultsFile.append(root, "heat-map",
                        "Mastery heat map over HTTP benchmark", section));
            }
            if (studyPartners) {
                System.out.println("Appended to " + ResultsFile.append(root, "study-partners",
                        "Study partners over HTTP benchmark", section));
            }
            if (stuck) {
                System.out.println("Appended to " + ResultsFile.append(root, "stuck-learners",
                        "Learners who may be stuck over HTTP benchmark", section));
            }
        }
        work.delete();
    }

    private static String behaviour(boolean paged) {
        return paged ? "paged (the JSON has learnerCount and nextCursor)"
                : "unpaged (every learner in one answer, no learnerCount)";
    }

    private static Result measure(Test test, ExamCohort cohort, int warmup, int runs, int requests, Duration cap,
            PgStatements sql, int sqlLimit) throws Exception {
        System.out.println("== " + test.name() + ": " + test.what());
        List<String> errors = new ArrayList<>();
        int fullChecks = 0;
        int errorCount = 0;
        cohort.renewAdminToken();
        cohort.refreshTokens(TOKEN_AGE.toNanos());
        for (int i = 0; i < warmup; i++) {
            TimedSamples.Sample sample = test.exchange().send(true);
            fullChecks++;
            errorCount += note(errors, "warm-up", sample) ? 1 : 0;
            System.out.printf("  warm-up %d: %.1f ms, %d bytes, %d rows%s%n", i + 1, sample.nanos() / 1e6,
                    sample.bytes(), sample.rows(), sample.error() == null ? "" : ", ERROR " + sample.error());
        }
        List<Run> done = new ArrayList<>();
        if (sql != null) {
            sql.reset();
        }
        for (int r = 1; r <= runs; r++) {
            cohort.renewAdminToken();
            cohort.refreshTokens(TOKEN_AGE.toNanos());
            LatencyHistogram latencies = new LatencyHistogram();
            int count = 0;
            int runErrors = 0;
            TimedSamples.Sample last = null;
            long start = System.nanoTime();
            while (count < requests && (count == 0 || System.nanoTime() - start < cap.toNanos())) {
                TimedSamples.Sample sample = test.exchange().send(count == 0);
                fullChecks += count == 0 ? 1 : 0;
                latencies.record(sample.nanos());
                runErrors += note(errors, "run " + r, sample) ? 1 : 0;
                last = sample;
                count++;
            }
            Run run = new Run(test.name(), r, count, latencies.percentileMillis(50), latencies.percentileMillis(90),
                    latencies.percentileMillis(99), latencies.maxMillis(), latencies.meanMillis(), last.bytes(),
                    last.rows(), runErrors);
            done.add(run);
            errorCount += runErrors;
            System.out.printf("  run %d: %d requests, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms, "
                    + "%d bytes, %d rows, %d errors%n", r, count, run.p50(), run.p90(), run.p99(), run.max(), run.mean(),
                    run.bytes(), run.rows(), runErrors);
        }
        String statements = sql == null ? null
                : sql.table(sqlLimit, done.stream().mapToInt(Run::requests).sum());
        if (statements != null) {
            System.out.println(statements);
        }
        return new Result(test, done, fullChecks, errorCount, errors, statements);
    }

    private static boolean note(List<String> errors, String when, TimedSamples.Sample sample) {
        if (sample.error() == null) {
            return false;
        }
        if (errors.size() < 20) {
            errors.add(when + ": " + sample.error());
        }
        return true;
    }

    /** One JSON answer: status, and when fully checked its rows, order, counts and paging fields. */
    private static TimedSamples.Sample json(BlockingGet http, String path, ExamCohort cohort, int expectedRows,
            int learners, int skills, boolean full) throws Exception {
        TimedSamples.Timed timed = TimedSamples.get(http, path, cohort.adminToken());
        PathwiseApi.Response response = timed.response();
        long nanos = timed.nanos();
        long bytes = timed.bytes();
        if (response.status() != 200) {
            return new TimedSamples.Sample(nanos, bytes, 0, "HTTP " + response.status());
        }
        if (!full) {
            int rows = count(USER_ID, response.body());
            return new TimedSamples.Sample(nanos, bytes, rows,
                    rows == expectedRows ? null : rows + " rows, expected " + expectedRows);
        }
        HeatMap map = HeatMap.read(response.body());
        List<String> problems = map.problems(skills, new HashSet<>());
        if (map.rows.size() != expectedRows) {
            problems.add(map.rows.size() + " rows, expected " + expectedRows);
        }
        if (map.learnerCount != null && map.learnerCount != learners) {
            problems.add("learnerCount " + map.learnerCount + ", expected " + learners);
        }
        if (map.learnerCount != null && (map.nextCursor == null) != (expectedRows == learners)) {
            problems.add("nextCursor " + map.nextCursor + " with " + expectedRows + " of " + learners + " rows");
        }
        return new TimedSamples.Sample(nanos, bytes, map.rows.size(),
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /**
     * Every page with {@code limit=100}, following {@code nextCursor} until it is null; the time of the
     * whole walk (the cursor is read from each answer with a regular expression, so the client's share
     * stays small). Always checked: as many distinct learners as {@code learnerCount}; fully also
     * each page's rows and the order across pages.
     */
    private static TimedSamples.Sample walk(BlockingGet http, String path, ExamCohort cohort, int learners, int skills,
            boolean full) throws Exception {
        String token = cohort.adminToken();
        List<String> bodies = new ArrayList<>();
        String cursor = null;
        String error = null;
        long start = System.nanoTime();
        do {
            PathwiseApi.Response response = http.get(path + "?limit=" + PAGE_ROWS + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), token);
            if (response.status() != 200) {
                error = "page " + (bodies.size() + 1) + ": HTTP " + response.status();
                break;
            }
            bodies.add(response.body());
            Matcher next = NEXT_CURSOR.matcher(response.body());
            if (!next.find()) {
                error = "page " + bodies.size() + " without nextCursor";
                break;
            }
            cursor = next.group(1);
            if (bodies.size() > learners / PAGE_ROWS + 5) {
                error = "the walk did not end after " + bodies.size() + " pages";
                break;
            }
        } while (cursor != null);
        long nanos = System.nanoTime() - start;
        long bytes = bodies.stream().mapToLong(b -> b.getBytes(StandardCharsets.UTF_8).length).sum();
        Set<String> seen = new HashSet<>();
        int rows = 0;
        List<String> problems = new ArrayList<>();
        if (error != null) {
            problems.add(error);
        }
        if (full) {
            double lastMastered = -1;
            for (int p = 0; p < bodies.size(); p++) {
                HeatMap map = HeatMap.read(bodies.get(p));
                for (String problem : map.problems(skills, seen)) {
                    problems.add("page " + (p + 1) + ": " + problem);
                }
                if (map.learnerCount == null || map.learnerCount != learners) {
                    problems.add("page " + (p + 1) + ": learnerCount " + map.learnerCount + ", expected " + learners);
                }
                if (!map.rows.isEmpty() && map.rows.get(0).mastered < lastMastered) {
                    problems.add("page " + (p + 1) + " starts at mastered " + map.rows.get(0).mastered
                            + " after " + lastMastered + " on the page before");
                }
                if (!map.rows.isEmpty()) {
                    lastMastered = map.rows.get(map.rows.size() - 1).mastered;
                }
                rows += map.rows.size();
            }
        } else {
            for (String body : bodies) {
                Matcher id = USER_ID.matcher(body);
                while (id.find()) {
                    rows++;
                    if (!seen.add(id.group(1))) {
                        problems.add("learner " + id.group(1) + " twice");
                    }
                }
            }
        }
        if (rows != learners || seen.size() != learners) {
            problems.add(rows + " rows and " + seen.size() + " distinct learners in " + bodies.size()
                    + " pages, expected learnerCount " + learners);
        }
        return new TimedSamples.Sample(nanos, bytes, rows, problems.isEmpty() ? null : String.join("; ", problems));
    }

    /**
     * The page, signed in: a 200 with the table; fully checked, its rows (the learners' ids, distinct),
     * their order by the Mastered column, each row's mastered cells against that column, the cells per
     * row, and the "Next learners" link exactly when learners are left.
     */
    private static TimedSamples.Sample html(WebUser browser, String path, int expectedRows, int learners, boolean paged,
            int skills, boolean full) throws Exception {
        TimedSamples.Timed timed = TimedSamples.page(browser, path, PAGE_TIMEOUT);
        PathwiseApi.Response response = timed.response();
        long nanos = timed.nanos();
        String body = response.body();
        long bytes = timed.bytes();
        if (response.status() != 200) {
            return new TimedSamples.Sample(nanos, bytes, 0, "HTTP " + response.status());
        }
        if (!body.contains("id=\"mastery-map\"") || !body.contains("</html>")) {
            return new TimedSamples.Sample(nanos, bytes, 0, "200 without the whole mastery table");
        }
        if (!full) {
            int rows = count(HTML_ROW, body);
            return new TimedSamples.Sample(nanos, bytes, rows,
                    rows == expectedRows ? null : rows + " rows, expected " + expectedRows);
        }
        List<String> problems = new ArrayList<>();
        Matcher row = HTML_ROW.matcher(body);
        List<Integer> starts = new ArrayList<>();
        List<Integer> mastered = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (row.find()) {
            starts.add(row.start());
            mastered.add(Integer.parseInt(row.group(2)));
            if (!ids.add(row.group(1))) {
                problems.add("learner " + row.group(1) + " twice");
            }
        }
        if (starts.size() != expectedRows) {
            problems.add(starts.size() + " rows, expected " + expectedRows);
        }
        int end = body.indexOf("</tbody>");
        for (int i = 0; i < starts.size(); i++) {
            String cells = body.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : end);
            int cellCount = count(Pattern.compile("<td"), cells);
            int masteredCells = count(Pattern.compile("level-mastered"), cells);
            if (cellCount != skills + 1) {
                problems.add("row " + (i + 1) + " has " + cellCount + " cells, expected " + (skills + 1));
            }
            if (masteredCells != mastered.get(i)) {
                problems.add("row " + (i + 1) + " says " + mastered.get(i) + " mastered, " + masteredCells
                        + " cells are mastered");
            }
            if (i > 0 && mastered.get(i) < mastered.get(i - 1)) {
                problems.add("row " + (i + 1) + " (" + mastered.get(i) + " mastered) after " + mastered.get(i - 1));
            }
        }
        boolean next = body.contains("id=\"next-learners\"");
        if (paged && next != (expectedRows < learners)) {
            problems.add("Next learners link " + (next ? "shown" : "missing") + " with " + expectedRows + " of "
                    + learners + " learners on the page");
        }
        if (problems.size() > 5) {
            problems = new ArrayList<>(problems.subList(0, 5));
            problems.add("...");
        }
        return new TimedSamples.Sample(nanos, bytes, starts.size(),
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    /** Every learner opts in with their bearer token, concurrently; each answer must say {@code optedIn} true. */
    private static void optIn(PathwiseApi api, ExamCohort cohort, ExecutorService pool) throws Exception {
        String path = "/api/v1/courses/" + cohort.courseSlug() + "/study-partners/opt-in";
        List<Future<?>> done = new ArrayList<>();
        for (ExamCohort.Learner learner : cohort.learners()) {
            done.add(pool.submit(() -> {
                Object answer = api.putJson(path, learner.token, "{\"optedIn\":true}").expect(200, "PUT " + path).json();
                if (!Boolean.TRUE.equals(JsonTree.object(answer, "opt-in").get("optedIn"))) {
                    throw new IllegalStateException("opt-in of " + learner.email + " answered " + answer);
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
    }

    /**
     * One learner's study partners by API, checked whole (the check is outside the timing): optedIn
     * true, at most five partners, each named (not the learner), with something to give or take,
     * {@code mutual} exactly when both lists have skills, mutual partners first, a reason; a message
     * exactly when there is no partner. Rows: the partners.
     */
    private static TimedSamples.Sample partners(BlockingGet http, String path, ExamCohort.Learner learner, int position,
            PartnerTally tally) throws Exception {
        TimedSamples.Timed timed = TimedSamples.get(http, path, learner.token);
        PathwiseApi.Response response = timed.response();
        long nanos = timed.nanos();
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        if (response.status() != 200) {
            return new TimedSamples.Sample(nanos, body.length, 0, learner.email + ": HTTP " + response.status());
        }
        List<String> problems = new ArrayList<>();
        Map<String, Object> answer = JsonTree.object(JsonTree.parse(response.body()), "study partners");
        if (!Boolean.TRUE.equals(answer.get("optedIn"))) {
            problems.add("optedIn " + answer.get("optedIn"));
        }
        if (!(answer.get("partners") instanceof List<?>)) {
            return new TimedSamples.Sample(nanos, body.length, 0, learner.email + ": no partners list");
        }
        List<Object> partners = JsonTree.array(answer.get("partners"), "partners");
        if (partners.size() > 5) {
            problems.add(partners.size() + " partners, at most 5 expected");
        }
        boolean seenNotMutual = false;
        String self = "Learner " + (learner.index + 1);
        for (Object item : partners) {
            Map<String, Object> partner = JsonTree.object(item, "partner");
            String name = JsonTree.string(partner.get("displayName"), "displayName");
            int give = JsonTree.array(partner.get("canHelpYouWith"), "canHelpYouWith").size();
            int take = JsonTree.array(partner.get("youCanHelpWith"), "youCanHelpWith").size();
            boolean mutual = Boolean.TRUE.equals(partner.get("mutual"));
            if (name.isBlank() || name.equals(self)) {
                problems.add("partner named \"" + name + "\"");
            }
            if (give + take == 0) {
                problems.add(name + " with no skill to give or take");
            }
            if (mutual != (give > 0 && take > 0)) {
                problems.add(name + ": mutual " + mutual + " with " + give + " and " + take + " skills");
            }
            if (mutual && seenNotMutual) {
                problems.add(name + ": a mutual partner after one who is not");
            }
            seenNotMutual |= !mutual;
            tally.mutual += mutual ? 1 : 0;
            if (!(partner.get("reason") instanceof String reason) || reason.isBlank()) {
                problems.add(name + " without a reason");
            }
        }
        if ((answer.get("message") == null) != !partners.isEmpty()) {
            problems.add("message " + (answer.get("message") == null ? "missing" : "present") + " with "
                    + partners.size() + " partners");
        }
        tally.apiAnswers++;
        tally.apiPartners.put(learner.index, partners.size());
        tally.apiDigest.put(position, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        return new TimedSamples.Sample(nanos, body.length, partners.size(),
                problems.isEmpty() ? null : learner.email + ": " + String.join("; ", problems));
    }

    /**
     * The course page as an opted-in learner with a web session: a 200, the whole page, the Study
     * partners section saying the learner is opted in, and the partners (or the hint that there are
     * none), as many as the API gave the same learner when the API test asked for them. Rows: the partners.
     */
    private static TimedSamples.Sample coursePage(WebUser web, String path, ExamCohort.Learner learner,
            PartnerTally tally) throws Exception {
        TimedSamples.Timed timed = TimedSamples.page(web, path, PAGE_TIMEOUT);
        PathwiseApi.Response response = timed.response();
        long nanos = timed.nanos();
        String body = response.body();
        long bytes = timed.bytes();
        if (response.status() != 200) {
            return new TimedSamples.Sample(nanos, bytes, 0, learner.email + ": HTTP " + response.status());
        }
        List<String> problems = new ArrayList<>();
        int section = body.indexOf("id=\"study-partners\"");
        if (section < 0 || !body.contains("</html>")) {
            return new TimedSamples.Sample(nanos, bytes, 0,
                    learner.email + ": 200 without the Study partners section or the whole page");
        }
        String partners = body.substring(section, Math.max(section, body.indexOf("</section>", section)));
        if (!partners.contains("You are opted in")) {
            problems.add("the section does not say the learner is opted in");
        }
        int shown = count(PAGE_PARTNER, partners);
        boolean hint = partners.contains("id=\"no-study-partners\"");
        if ((shown == 0) != hint) {
            problems.add(shown + " partners and " + (hint ? "" : "no ") + "no-partners hint");
        }
        Integer api = tally.apiPartners.get(learner.index);
        if (api != null && api != shown) {
            problems.add(shown + " partners on the page, the API gave " + api);
        }
        tally.pageAnswers++;
        tally.pagePartners.put(learner.index, shown);
        return new TimedSamples.Sample(nanos, bytes, shown,
                problems.isEmpty() ? null : learner.email + ": " + String.join("; ", problems));
    }

    /** What the study-partner answers said in all, and a digest to compare two jars' suggestions by. */
    private static List<String> partnerVerdict(PartnerTally tally, int learners) throws Exception {
        List<String> lines = new ArrayList<>();
        long with = tally.apiPartners.values().stream().filter(n -> n > 0).count();
        lines.add("partners-api: " + tally.apiAnswers + " answers for " + tally.apiPartners.size() + " distinct learners "
                + "of " + learners + "; " + with + " of them had partners (" + tally.apiPartners.values().stream()
                .mapToInt(Integer::intValue).sum() + " partners in their latest answers), "
                + tally.mutual + " mutual partners over all answers"
                + (with == 0 && !tally.apiPartners.isEmpty() ? " **ERROR: nobody got a partner**" : ""));
        if (!tally.pagePartners.isEmpty()) {
            lines.add("partners-page: " + tally.pageAnswers + " pages for " + tally.pagePartners.size()
                    + " learners, " + tally.pagePartners.values().stream().filter(n -> n > 0).count()
                    + " of them with partners shown");
        }
        // The first learners of the shuffled order are asked by any jar (3 warm-ups and at least one
        // request per run): a digest of their latest answers, in that order, compares two jars' suggestions.
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        int n = 0;
        for (Map.Entry<Integer, String> one : tally.apiDigest.entrySet()) {
            if (one.getKey() != n) {
                break;
            }
            digest.update(one.getValue().getBytes(StandardCharsets.UTF_8));
            if (++n == DIGEST_LEARNERS) {
                break;
            }
        }
        lines.add("partners-api: SHA-256 of the answers to the first " + n + " learners of the shuffled order: "
                + HexFormat.of().formatHex(digest.digest()).substring(0, 16)
                + " (the same digest from two jars over as many learners: the same suggestions, byte for byte)");
        return lines;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    /** A heat map answer read whole. */
    private record HeatMap(List<Row> rows, double threshold, Integer learnerCount, String nextCursor) {

        private record Row(String userId, double mastered, List<Object> known) {
        }

        static HeatMap read(String body) {
            Map<String, Object> map = JsonTree.object(JsonTree.parse(body), "heat map");
            List<Row> rows = new ArrayList<>();
            for (Object learner : JsonTree.array(map.get("learners"), "learners")) {
                Map<String, Object> row = JsonTree.object(learner, "learner");
                rows.add(new Row(JsonTree.string(row.get("userId"), "userId"),
                        JsonTree.number(row.get("mastered"), "mastered"), JsonTree.array(row.get("known"), "known")));
            }
            Integer count = map.containsKey("learnerCount")
                    ? (int) JsonTree.number(map.get("learnerCount"), "learnerCount") : null;
            String next = map.get("nextCursor") == null ? null : JsonTree.string(map.get("nextCursor"), "nextCursor");
            return new HeatMap(rows, JsonTree.number(map.get("threshold"), "threshold"), count, next);
        }

        /** Order by mastered, mastered = known values at or above the threshold, one value per skill, ids new to {@code seen}. */
        List<String> problems(int skills, Set<String> seen) {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (problems.size() >= 5) {
                    problems.add("...");
                    break;
                }
                if (!seen.add(row.userId())) {
                    problems.add("learner " + row.userId() + " twice");
                }
                if (row.known().size() != skills) {
                    problems.add("row " + (i + 1) + " has " + row.known().size() + " values, expected " + skills);
                }
                long reached = row.known().stream().filter(k -> JsonTree.number(k, "known") >= threshold).count();
                if (reached != row.mastered()) {
                    problems.add("row " + (i + 1) + " says mastered " + (long) row.mastered() + ", " + reached
                            + " values reach " + threshold);
                }
                if (i > 0 && row.mastered() < rows.get(i - 1).mastered()) {
                    problems.add("row " + (i + 1) + " (mastered " + (long) row.mastered() + ") after mastered "
                            + (long) rows.get(i - 1).mastered());
                }
            }
            return problems;
        }
    }

    private static String summaryTable(List<Result> results) {
        List<List<String>> rows = new ArrayList<>();
        for (Result result : results) {
            List<Run> runs = result.runs();
            rows.add(List.of(result.test().name(), result.test().what(),
                    String.valueOf(runs.stream().mapToInt(Run::requests).sum()),
                    Markdown.number(Summary.median(runs.stream().map(Run::p50).toList()), 1),
                    Markdown.number(Summary.median(runs.stream().map(Run::p90).toList()), 1),
                    Markdown.number(Summary.median(runs.stream().map(Run::p99).toList()), 1),
                    Markdown.number(runs.stream().mapToDouble(Run::max).max().orElse(0), 1),
                    Markdown.number(Summary.median(runs.stream().map(Run::mean).toList()), 1),
                    String.format(java.util.Locale.ROOT, "%,d", runs.get(runs.size() - 1).bytes()),
                    String.valueOf(runs.get(runs.size() - 1).rows()),
                    String.valueOf(result.errorCount())));
        }
        return "Median over the runs (max: the largest of all runs):\n\n" + Markdown.table(List.of("Test", "Request",
                "requests", "p50 (ms)", "p90 (ms)", "p99 (ms)", "max (ms)", "mean (ms)", "bytes", "rows", "errors"), rows);
    }

    private static String runTable(List<Result> results) {
        List<List<String>> rows = new ArrayList<>();
        for (Result result : results) {
            for (Run run : result.runs()) {
                rows.add(List.of(run.test(), String.valueOf(run.number()), String.valueOf(run.requests()),
                        Markdown.number(run.p50(), 1), Markdown.number(run.p90(), 1), Markdown.number(run.p99(), 1),
                        Markdown.number(run.max(), 1), Markdown.number(run.mean(), 1), String.valueOf(run.bytes()),
                        String.valueOf(run.rows()), String.valueOf(run.errors())));
            }
        }
        return Markdown.table(List.of("Test", "Run", "requests", "p50 (ms)", "p90 (ms)", "p99 (ms)", "max (ms)",
                "mean (ms)", "bytes", "rows", "errors"), rows);
    }

    private static List<String> verdict(List<Result> results, boolean paged) {
        List<String> lines = new ArrayList<>();
        for (Result result : results) {
            String checks = switch (result.test().name()) {
                case "partners-api" -> "status 200, optedIn true, partners a list of at most 5, each partner named, "
                        + "not the learner, with something to give or take, mutual = both lists non-empty, mutual ones "
                        + "first, a reason; message null exactly when there are partners";
                case "partners-page" -> "status 200, the whole page, the Study partners section opted in, partners or "
                        + "the no-partners hint, as many partners as the API gave the same learner (when asked)";
                case "stuck-api" -> "stuckCount = every third learner, rows = min(100, that), the most recently "
                        + "active first, each skill's signals exactly [wrong-answers]";
                case "stuck-page" -> "status 200, the whole page, rows = min(100, stuck learners), the count it states";
                case "learner-page" -> "status 200, the whole page, one skill with wrong-answers, the next steps section";
                case "page" -> "rows, order by the Mastered column, Mastered = the row's cells at or above the "
                        + "threshold, a cell per skill, the Next learners link";
                case "api-walk" -> "each page's rows, order by mastered across the pages, mastered = known values >= "
                        + "threshold, learnerCount; every walk: each learner exactly once";
                default -> "rows, order by mastered, mastered = known values >= threshold, a value per skill, "
                        + "learnerCount and nextCursor when present";
            };
            boolean partnersTest = result.test().name().startsWith("partners-");
            lines.add(result.test().name() + ": " + (partnersTest ? "every answer fully checked ("
                    : result.fullChecks() + " answers fully checked (") + checks
                    + (partnersTest ? "); " : "), every answer's status and row count; ")
                    + (result.errorCount() == 0 ? "no error" : result.errorCount() + " errors (the first "
                            + result.errors().size() + "): "
                            + String.join(" | ", result.errors())));
        }
        if (!paged && results.stream().anyMatch(r -> r.test().name().startsWith("api"))) {
            lines.add("api-walk: not run, this behaviour has no pages (every learner is in the first answer)");
        }
        return lines;
    }

    private static String step(String what, long startedNanos) {
        String line = what + " in " + Markdown.number((System.nanoTime() - startedNanos) / 1e9, 1) + " s";
        System.out.println("Set-up: " + line);
        return line;
    }
}
