package io.pathwise.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests of {@link GradebookHttpBenchmark}, one per test, each timed around the HTTP exchange
 * only and checked afterwards against the {@link GradingLedger}. The instructor uses a bearer token
 * for the API and a web session (signed in through the sign-in form, like a browser) for the pages;
 * the page's grade form is posted with the CSRF token of the last queue page the session loaded.
 */
final class GradingExchanges {

    /** The default page of the paged queue and grade book by API (docs/assessment.md), and the page used to walk them whole. */
    private static final int API_DEFAULT_LIMIT = 20;
    private static final int WALK_LIMIT = 100;

    private final ExamCohort.Learner instructor;
    private final GradingLedger ledger;
    private final Duration pageTimeout;
    private final BlockingGet http;
    private final PathwiseApi api;
    private final WebUser browser;
    private final String baseUrl;
    private final String gradebookApi;
    private final String gradebookPage;
    private final String statisticsApi;
    private final String queueApi;
    private final String queuePage;
    private final boolean paged;
    private final boolean bookPaged;
    private String csrf;
    private final String piItem;
    private int keyChanges;

    GradingExchanges(String baseUrl, ExamCohort cohort, ExamCohort.Learner instructor, GradingLedger ledger,
            Duration pageTimeout) throws Exception {
        this.baseUrl = baseUrl;
        this.instructor = instructor;
        this.ledger = ledger;
        this.pageTimeout = pageTimeout;
        this.http = new BlockingGet(baseUrl);
        this.api = new PathwiseApi(baseUrl);
        this.browser = new WebUser(baseUrl);
        browser.signIn(instructor.email, ExamCohort.PASSWORD);
        String slug = cohort.courseSlug();
        this.gradebookApi = "/api/v1/courses/" + slug + "/gradebook";
        this.gradebookPage = "/courses/" + slug + "/gradebook";
        this.statisticsApi = "/api/v1/courses/" + slug + "/quizzes/" + GradingQuiz.QUIZ_KEY + "/statistics";
        this.queueApi = "/api/v1/courses/" + slug + "/grading-queue";
        this.queuePage = "/courses/" + slug + "/grading";
        this.piItem = "/api/v1/courses/" + slug + "/items/pi";
        this.paged = GradingAnswers.pagedQueue(http.get(queueApi, instructor.token).expect(200, "GET " + queueApi).body());
        this.bookPaged = GradebookAnswers.paged(http.get(gradebookApi, instructor.token)
                .expect(200, "GET " + gradebookApi).body());
    }

    /** Whether the server pages the grading queue (its JSON says how many wait), as later builds do. */
    boolean paged() {
        return paged;
    }

    /** Whether the server pages the grade book by learner (its JSON says how many learners), as 7a8cd07 does. */
    boolean bookPaged() {
        return bookPaged;
    }

    String describe(String test) {
        return switch (test) {
            case "gradebook-api" -> "GET /api/v1/courses/{slug}/gradebook" + (bookPaged ? " (first page, 20 learners)" : "");
            case "gradebook-api-100" -> "GET /api/v1/courses/{slug}/gradebook?limit=" + WALK_LIMIT
                    + (bookPaged ? " (first page)" : " (limit ignored: every learner)");
            case "gradebook-page" -> "GET /courses/{slug}/gradebook (HTML" + (bookPaged ? ", first 100 learners)" : ")");
            case "gradebook-walk-api" -> "every page of GET /api/v1/courses/{slug}/gradebook?limit=" + WALK_LIMIT
                    + ", following nextCursor (" + requests(bookPages(WALK_LIMIT)) + ")";
            case "gradebook-walk-page" -> "every page of GET /courses/{slug}/gradebook (HTML), following Next learners ("
                    + requests(bookPages(GradebookAnswers.PAGE_LEARNERS)) + ")";
            case "statistics-api" -> "GET /api/v1/courses/{slug}/quizzes/{activityKey}/statistics (the page's item "
                    + "figures alone)";
            case "queue-api" -> "GET /api/v1/courses/{slug}/grading-queue";
            case "queue-page" -> "GET /courses/{slug}/grading (HTML)";
            case "grade-page" -> "POST /courses/{slug}/grading (form, score 1) + GET of its redirect (HTML queue)";
            case "grade-api" -> "PUT /api/v1/attempts/{attemptId}/responses/{itemKey}/grade {\"score\":1}";
            case "regrade-api" -> "PUT /api/v1/courses/{slug}/items/pi with its tolerance moved (0.01 and 0.011 in turn): "
                    + "an answer-key change that moves no grade, so every submitted attempt is regraded and none is "
                    + "written but its key version";
            default -> throw new IllegalArgumentException(test);
        };
    }

    TimedSamples.Exchange exchange(String test) throws Exception {
        return switch (test) {
            case "gradebook-api" -> () -> get(gradebookApi, (body, l) -> GradebookAnswers.json(body, l, bookPaged, 0,
                    API_DEFAULT_LIMIT));
            case "gradebook-api-100" -> () -> get(gradebookApi + "?limit=" + WALK_LIMIT,
                    (body, l) -> GradebookAnswers.json(body, l, bookPaged, 0, WALK_LIMIT));
            case "gradebook-page" -> () -> page(gradebookPage, (html, l) -> GradebookAnswers.page(html, l, bookPaged, 0));
            case "gradebook-walk-api" -> this::walkBookApi;
            case "statistics-api" -> () -> get(statisticsApi, GradebookAnswers::statisticsJson);
            case "gradebook-walk-page" -> this::walkBookPage;
            case "queue-api" -> () -> get(queueApi, this::firstQueuePage);
            case "queue-page" -> () -> page(queuePage, this::queuePageCheck);
            case "grade-page" -> {
                // The token of a page the session loaded, as a browser has it; renewed by each redirect page.
                csrf = WebUser.csrfToken(browser.page(queuePage, pageTimeout).expect(200, "GET " + queuePage).body());
                yield this::gradeByPage;
            }
            case "grade-api" -> this::gradeByApi;
            case "regrade-api" -> this::changeKeyByApi;
            default -> throw new IllegalArgumentException(test);
        };
    }

    /** The grade book and the queue by API, untimed, checked whole (every page): the problems (empty: as the ledger says). */
    List<String> untimedCheck() throws Exception {
        List<String> problems = new ArrayList<>();
        TimedSamples.Sample book = walkBookApi();
        if (book.error() != null) {
            problems.add("grade book, every page: " + book.error());
        }
        if (paged) {
            problems.addAll(walkQueue());
        } else {
            TimedSamples.Sample queue = get(queueApi, this::firstQueuePage);
            if (queue.error() != null) {
                problems.add("grading queue: " + queue.error());
            }
        }
        return problems;
    }

    /** Every page of the grade book by API, {@value #WALK_LIMIT} learners a page (one page when whole). */
    private TimedSamples.Sample walkBookApi() throws Exception {
        String first = gradebookApi + "?limit=" + WALK_LIMIT;
        return GradebookWalk.walk(first, path -> http.get(path, instructor.token), body -> {
            String cursor = GradebookAnswers.nextCursor(body);
            return cursor == null ? null : first + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        }, WALK_LIMIT, bookPages(WALK_LIMIT), (body, from) -> GradebookAnswers.json(body, ledger, bookPaged, from,
                WALK_LIMIT));
    }

    /** Every page of the grade book page, as a browser follows its Next learners link (one page when whole). */
    private TimedSamples.Sample walkBookPage() throws Exception {
        return GradebookWalk.walk(gradebookPage, path -> browser.page(path, pageTimeout), GradebookAnswers::nextLink,
                GradebookAnswers.PAGE_LEARNERS, bookPages(GradebookAnswers.PAGE_LEARNERS),
                (html, from) -> GradebookAnswers.page(html, ledger, bookPaged, from));
    }

    /** How many pages of {@code size} learners the grade book has (1 when it is whole). */
    private int bookPages(int size) {
        return bookPaged ? Math.max(1, (ledger.learners() + size - 1) / size) : 1;
    }

    private static String requests(int n) {
        return n + (n == 1 ? " request" : " requests");
    }

    /** The API's first (or only) answer of the queue: the first {@value #API_DEFAULT_LIMIT} waiting when paged. */
    private GradingAnswers.Verdict firstQueuePage(String body, GradingLedger ledger) {
        return GradingAnswers.queueJson(body, ledger, paged, API_DEFAULT_LIMIT);
    }

    private GradingAnswers.Verdict queuePageCheck(String html, GradingLedger ledger) {
        return GradingAnswers.queuePage(html, ledger, paged);
    }

    /**
     * Every page of the paged queue by API ({@code limit=100}, following {@code nextCursor}): all of
     * them together must list exactly the waiting answers, in the queue's order, each once.
     */
    private List<String> walkQueue() throws Exception {
        List<String[]> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String path = queueApi + "?limit=" + WALK_LIMIT + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Map<String, Object> page = JsonTree.object(JsonTree.parse(http.get(path, instructor.token)
                    .expect(200, "GET " + path).body()), "grading queue");
            for (Object item : JsonTree.array(page.get("items"), "items")) {
                Map<String, Object> task = JsonTree.object(item, "queue item");
                listed.add(new String[] {JsonTree.string(task.get("attemptId"), "attemptId"),
                        JsonTree.string(task.get("itemKey"), "itemKey")});
            }
            cursor = page.get("nextCursor") == null ? null : JsonTree.string(page.get("nextCursor"), "nextCursor");
            if (++pages > ledger.learners() / WALK_LIMIT + 5) {
                return List.of("the walk of the queue did not end after " + pages + " pages");
            }
        } while (cursor != null);
        List<String> problems = ledger.queueProblems(listed, Integer.MAX_VALUE);
        return problems.isEmpty() ? problems : List.of("grading queue, every page (" + pages + "): "
                + GradingLedger.joined(problems));
    }

    @FunctionalInterface
    private interface Check {
        GradingAnswers.Verdict of(String body, GradingLedger ledger);
    }

    private TimedSamples.Sample get(String path, Check check) throws Exception {
        return checked(TimedSamples.get(http, path, instructor.token), check);
    }

    private TimedSamples.Sample page(String path, Check check) throws Exception {
        return checked(TimedSamples.page(browser, path, pageTimeout), check);
    }

    private TimedSamples.Sample checked(TimedSamples.Timed timed, Check check) {
        PathwiseApi.Response response = timed.response();
        if (response.status() != 200) {
            return new TimedSamples.Sample(timed.nanos(), timed.bytes(), 0, "HTTP " + response.status());
        }
        GradingAnswers.Verdict verdict = check.of(response.body(), ledger);
        return new TimedSamples.Sample(timed.nanos(), timed.bytes(), verdict.rows(), verdict.error());
    }

    /**
     * The next waiting answer graded through the queue page's form, as a browser does it: the POST
     * (302 back to the queue) and the GET of the queue it redirects to, which must say the grade
     * was saved and no longer list the answer. Rows: the answers the redirected page lists. The
     * POST's own time is kept apart as the sample's first part (the page of the redirect is the
     * queue page, timed on its own by queue-page).
     */
    private TimedSamples.Sample gradeByPage() throws Exception {
        String attempt = ledger.nextWaiting();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("attemptId", attempt);
        form.put("itemKey", GradingQuiz.FREE_TEXT_KEY);
        form.put("score", "1");
        form.put("feedback", GradebookHttpBenchmark.FEEDBACK);
        form.put("_csrf", csrf);
        long start = System.nanoTime();
        WebUser.Redirect posted = browser.postForm(queuePage, form, pageTimeout);
        String location = posted.location().startsWith(baseUrl) ? posted.location().substring(baseUrl.length())
                : posted.location();
        if (posted.status() != 302 || !location.equals(queuePage)) {
            return new TimedSamples.Sample(System.nanoTime() - start, 0, 0, "POST answered " + posted.status()
                    + (location.isEmpty() ? "" : " -> " + location) + ", expected 302 -> " + queuePage);
        }
        long postNanos = System.nanoTime() - start;
        PathwiseApi.Response page = browser.page(location, pageTimeout);
        long nanos = System.nanoTime() - start;
        ledger.markGraded(attempt);
        TimedSamples.Sample checked = checked(new TimedSamples.Timed(nanos, page), this::queuePageCheck);
        TimedSamples.Sample sample = new TimedSamples.Sample(nanos, checked.bytes(), checked.rows(), checked.error(),
                postNanos);
        if (page.status() != 200) {
            return sample;
        }
        csrf = WebUser.csrfToken(page.body());
        if (!page.body().contains("id=\"graded-message\"")) {
            return sample.withError("no \"Grade saved\" message" + (sample.error() == null ? "" : "; " + sample.error()));
        }
        return sample;
    }

    /**
     * The next waiting answer graded by API; then, untimed, the queue by API must no longer list it
     * (and list every other waiting answer). Rows: the answers left in that queue.
     */
    private TimedSamples.Sample gradeByApi() throws Exception {
        String attempt = ledger.nextWaiting();
        String path = "/api/v1/attempts/" + attempt + "/responses/" + GradingQuiz.FREE_TEXT_KEY + "/grade";
        long start = System.nanoTime();
        PathwiseApi.Response response = api.putJson(path, instructor.token, "{\"score\":1}");
        long nanos = System.nanoTime() - start;
        long bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
        if (response.status() != 200) {
            return new TimedSamples.Sample(nanos, bytes, 0, "PUT answered " + response.status() + ": " + response.body());
        }
        ledger.markGraded(attempt);
        String answered = JsonTree.string(JsonTree.object(response.json(), "grade").get("attemptId"), "attemptId");
        TimedSamples.Sample queue = get(queueApi, this::firstQueuePage);
        String error = answered.equals(attempt) ? queue.error()
                : "the grade names attempt " + answered + ", not " + attempt
                        + (queue.error() == null ? "" : "; " + queue.error());
        return new TimedSamples.Sample(nanos, bytes, queue.rows(), error == null ? null : "queue after the grade: " + error);
    }

    /**
     * Changes the answer key of {@code pi} without moving any grade (every learner answered 3.141,
     * within both tolerances), which regrades every submitted attempt in the request.
     */
    private TimedSamples.Sample changeKeyByApi() throws Exception {
        String tolerance = keyChanges++ % 2 == 0 ? "0.011" : "0.01";
        String item = "{\"id\": \"pi\", \"type\": \"numeric\", \"skills\": [\"numbers\"], "
                + "\"prompt\": \"Give π to two decimals.\", \"answer\": \"3.14\", \"tolerance\": " + tolerance + "}";
        long start = System.nanoTime();
        PathwiseApi.Response response = api.putJson(piItem, instructor.token, item);
        long nanos = System.nanoTime() - start;
        long bytes = response.body().getBytes(StandardCharsets.UTF_8).length;
        if (response.status() != 200) {
            return new TimedSamples.Sample(nanos, bytes, 0, "PUT answered " + response.status() + ": " + response.body());
        }
        boolean changed = Boolean.TRUE.equals(JsonTree.object(response.json(), "item reply").get("answerKeyChanged"));
        return new TimedSamples.Sample(nanos, bytes, 1, changed ? null : "the answer key did not change: " + response.body());
    }
}
