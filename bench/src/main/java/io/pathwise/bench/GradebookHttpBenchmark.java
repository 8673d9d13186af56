package io.pathwise.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The instructor's grade book and grading queue at the size of a real exam: {@code --learners}
 * learners have each submitted one attempt at a graded quiz with a free-text item, so the queue
 * holds one waiting answer per learner. As the course's instructor, on one client, it times the
 * grade book (its first page and, paged, every page in turn) and the queue as JSON and as pages,
 * and grading one answer through the page's form
 * (POST and the redirect back to the queue) and through the API; each grading sample grades
 * another answer, so the queue shrinks by one per sample. Every answer is checked against the
 * benchmark's own {@link GradingLedger}; any mismatch fails the run (exit code 1) after the results
 * are written. See bench/README.md.
 */
public final class GradebookHttpBenchmark {

    static final List<String> TESTS = List.of("gradebook-api", "gradebook-api-100", "gradebook-page",
            "gradebook-walk-api", "gradebook-walk-page", "statistics-api", "queue-api", "queue-page", "grade-page", "grade-api", "regrade-api");

    private static final String USAGE = """
            GradebookHttpBenchmark [--db=h2|postgres] [--learners=2000] [--answer-chars=0] [--samples=20] [--warmup=3]
                                   [--tests=%s] [--setup-threads=8] [--pg-analyze=true]
                                   [--java=...] [--jar=...] [--jvm-opts=...] [--timeout=180] [--note=...] [--record=false]
              --learners       learners, each with one submitted attempt whose free-text answer waits in the queue
              --answer-chars   make each free-text answer about this long (its sentence repeated; at most 2,000, the
                               most a short-text answer may hold): long answers rather than one sentence of 120 characters
              --samples        timed requests per test, after --warmup untimed (but checked) ones; the grading
                               tests grade warmup + samples answers each
              --tests          comma-separated, in this order: %s
              --setup-threads  concurrent requests during set-up (enrolment, sign-in, attempts)
              --pg-analyze     on PostgreSQL, VACUUM ANALYZE after set-up (a server with autovacuum off never
                               gathers statistics on the benchmark's tables)
            """.formatted(String.join(",", TESTS), String.join(",", TESTS));

    /** A page of thousands of rows may be slow; a slow answer is a figure, not a failure. */
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(600);
    static final String FEEDBACK = "Well explained.";

    private GradebookHttpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> known = new HashSet<>(Set.of("learners", "answer-chars", "samples", "warmup", "tests", "setup-threads",
                "pg-analyze", "java", "jar", "jvm-opts", "timeout", "note", "record", "help"));
        known.addAll(BenchDatabase.OPTIONS);
        Options options = new Options(args, known);
        if (options.has("help")) {
            System.out.print(USAGE);
            return;
        }
        Path root = ProjectRoot.find();
        int learnerCount = options.positiveInt("learners", 2000);
        int samples = options.positiveInt("samples", 20);
        int answerChars = Integer.parseInt(options.string("answer-chars", "0"));
        if (answerChars < 0 || answerChars > 2000) {
            throw new IllegalArgumentException("--answer-chars: 0 to 2000 (the server takes short-text answers of up to "
                    + "2,000 characters)");
        }
        int warmup = Integer.parseInt(options.string("warmup", "3"));
        Set<String> chosen = new LinkedHashSet<>(List.of(options.string("tests", String.join(",", TESTS)).split(",")));
        if (!TESTS.containsAll(chosen)) {
            throw new IllegalArgumentException("--tests: some of " + TESTS + ", not " + chosen);
        }
        int graded = (int) chosen.stream().filter(t -> t.startsWith("grade-")).count() * (warmup + samples);
        if (graded > learnerCount) {
            throw new IllegalArgumentException("the grading tests grade " + graded + " answers, more than --learners="
                    + learnerCount);
        }
        boolean record = !options.string("record", "true").equals("false");
        boolean pgAnalyze = options.string("pg-analyze", "true").equals("true");

        ServerCommand base = ServerCommand.from(options, root);
        GradebookReport report = new GradebookReport(BuildInfo.describe(root, base.jar()),
                Environment.javaVersion(base.java()));
        WorkDir work = new WorkDir("pathwise-gradebook-");
        Path dataDir = work.freshDir("data");
        ExecutorService pool = Executors.newFixedThreadPool(options.positiveInt("setup-threads", 8));
        try (BenchDatabase db = BenchDatabase.create(options, dataDir)) {
            report.database = db.describe();
            ServerCommand command = base.on(FreePort.pick(), dataDir).withArguments(db.serverArguments());
            report.serverCommand = command.display();
            try (ServerProcess server = LrsServer.startReady(command, db, work.file("server.log"),
                    Duration.ofSeconds(options.positiveInt("timeout", 180)))) {
                PathwiseApi api = new PathwiseApi(server.baseUrl());
                ExamCohort cohort = new ExamCohort(api, pool);

                long t = System.nanoTime();
                cohort.signUp();
                cohort.importCourse(GradingQuiz.coursePackage(cohort.courseSlug()));
                ExamCohort.Learner instructor = cohort.enrolStaff("instructor");
                report.step("organization, course (imported, published) and its instructor", t);

                t = System.nanoTime();
                cohort.enrol(learnerCount);
                cohort.activateAndSignIn();
                report.step(learnerCount + " learners enrolled by CSV, activated and signed in", t);

                t = System.nanoTime();
                String[] attempts = cohort.startAndSubmitEach(GradingQuiz.QUIZ_KEY, GradingQuiz.ITEMS.size(),
                        learner -> GradingQuiz.submission(learner.index, answerChars));
                GradingLedger ledger = new GradingLedger(cohort.learners(), attempts);
                report.step(learnerCount + " attempts started and submitted, one per learner", t);

                t = System.nanoTime();
                if (pgAnalyze && db.vacuumAnalyze()) {
                    report.step("VACUUM ANALYZE of the whole database (--pg-analyze)", t);
                }

                GradingExchanges exchanges = new GradingExchanges(server.baseUrl(), cohort, instructor, ledger,
                        PAGE_TIMEOUT);
                report.behaviour = (exchanges.bookPaged()
                        ? "paged grade book (by learner name; the JSON has learnerCount and nextCursor; the API gives 20 "
                                + "learners by default, the page 100)"
                        : "whole grade book (every learner in one answer, JSON and page)") + "; "
                        + (exchanges.paged()
                                ? "paged queue (the JSON has waiting and nextCursor; the API gives 20 by default, the page 20)"
                                : "whole queue (every waiting answer in one answer, JSON and page)");
                System.out.println("Behaviour: " + report.behaviour);
                report.check("before the tests", exchanges.untimedCheck());
                for (String test : chosen) {
                    cohort.signInAgain(instructor);
                    int before = ledger.waiting().size();
                    TimedSamples.Figures figures = TimedSamples.measure(test, exchanges.describe(test), warmup, samples,
                            exchanges.exchange(test));
                    report.add(figures, before, ledger.waiting().size());
                }
                cohort.signInAgain(instructor);
                report.check("after the tests (" + ledger.gradedCount() + " answers graded)", exchanges.untimedCheck());
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> lines = new ArrayList<>(Environment.describe(report.serverJdk, report.serverCommand,
                GradebookHttpBenchmark.class.getName(), args));
        lines.add(report.build);
        lines.add("**Behaviour measured: " + report.behaviour + "**");
        lines.add("Database: " + report.database);
        lines.add("Course: one graded quiz of " + ExamCourse.describe(GradingQuiz.ITEMS) + "; the " + GradingQuiz.FREE_TEXT_KEY
                + " item is free text (short-text, manual: true), graded by hand");
        lines.add("Learners: " + learnerCount + ", each with one submitted attempt (the five auto-graded items right, "
                + "a free-text answer of their own, " + GradingQuiz.freeText(0, answerChars).length() + " characters): " + learnerCount + " attempts AWAITING_GRADING, "
                + learnerCount + " answers in the grading queue at the start");
        lines.add("Load: one client thread, as the course's instructor (a course member with the instructor role, "
                + "not a tenant admin): bearer token for the API (HttpURLConnection for the GETs, the JDK HttpClient for "
                + "the PUT), a web session signed in through the sign-in form for the pages; per test " + warmup
                + " untimed requests (walks), then " + samples + " timed; every answer checked outside the timing. Bytes: "
                + "the body of the last answer, uncompressed (for grade-page, the queue page it redirects to; for a walk, "
                + "all its pages)");
        options.optional("note").ifPresent(note -> lines.add("**Note: " + note + "**"));
        String section = report.section(lines);
        System.out.println(section);
        if (record) {
            System.out.println("Appended to " + ResultsFile.append(root, "gradebook",
                    "Grade book and grading queue over HTTP benchmark", section));
        }
        if (report.failed()) {
            System.err.println("FAILED: an answer did not match (see the checks above); server data kept in " + work.path());
            System.exit(1);
        }
        work.delete();
    }
}
