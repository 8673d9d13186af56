package io.pathwise.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the grade book, as JSON and as the staff page, and says what is wrong with an answer against
 * the {@link GradingLedger}. A <b>whole</b> grade book (up to 31d9220) lists every learner's attempt
 * in one answer, in no stated order; a <b>paged</b> one (since 7a8cd07, its JSON says
 * {@code learnerCount}) lists a page of learners by name, starting after the cursor's learner. An
 * answer is checked as the page that starts at position {@code from} of the ledger's name order:
 * exactly those learners, in that order, each with their attempt and its status (and the full score
 * once graded), with {@code nextCursor} (the page's Next learners link) exactly when more follow.
 * The page's item statistics count every graded answer of the quiz, whatever the page.
 */
final class GradebookAnswers {

    /** Learners on a page of the paged grade book (GradebookPages: the API's most, 100). */
    static final int PAGE_LEARNERS = 100;

    /** A learner's row of the grade book page (gradebook.html: role, class, then data-learner). */
    private static final Pattern PAGE_LEARNER = Pattern.compile("<tr[^>]*class=\"learner\"[^>]*data-learner=\"([^\"]+)\"");
    /** The status shown in a cell: only for attempts that are not GRADED (gradebook.html). */
    private static final Pattern PAGE_STATUS = Pattern.compile("<span class=\"status\">");
    private static final Pattern PAGE_LEARNER_COUNT = Pattern.compile(
            "id=\"learner-count\"[^>]*>(\\d+) learners? ha(?:s|ve) made attempts");
    private static final Pattern JSON_NEXT_CURSOR = Pattern.compile("\"nextCursor\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PAGE_NEXT_LINK = Pattern.compile("<a[^>]*id=\"next-learners\"[^>]*href=\"([^\"]+)\"");
    /** An item's row of the page's statistics and its count of answers (gradebook.html: class, data-item, then responses). */
    private static final Pattern PAGE_ITEM = Pattern.compile(
            "<tr[^>]*class=\"item\"[^>]*data-item=\"([^\"]+)\".*?class=\"responses\"[^>]*>(\\d+)", Pattern.DOTALL);

    private GradebookAnswers() {
    }

    /** Whether an answer of {@code GET /api/v1/courses/{slug}/gradebook} is a page of learners (it counts them all). */
    static boolean paged(String body) {
        return JsonTree.object(JsonTree.parse(body), "grade book").containsKey("learnerCount");
    }

    /** The JSON's {@code nextCursor}, null on the last page, found without parsing the answer (it is timed). */
    static String nextCursor(String json) {
        Matcher m = JSON_NEXT_CURSOR.matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The page's Next learners link (path and query), null on the last page; found as cheaply as a browser would. */
    static String nextLink(String html) {
        Matcher m = PAGE_NEXT_LINK.matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /**
     * {@code GET /api/v1/courses/{slug}/gradebook}: the quiz's attempts of the page's learners (of
     * every learner, whole), one each, with status and score as graded; when paged, {@code learnerCount}
     * all of them and {@code nextCursor} exactly when more follow the page of {@code limit}.
     */
    static GradingAnswers.Verdict json(String body, GradingLedger ledger, boolean paged, int from, int limit) {
        Map<String, Object> book = JsonTree.object(JsonTree.parse(body), "grade book");
        List<Object> rows = null;
        for (Object quiz : JsonTree.array(book.get("quizzes"), "quizzes")) {
            Map<String, Object> q = JsonTree.object(quiz, "quiz");
            if (GradingQuiz.QUIZ_KEY.equals(q.get("activityKey"))) {
                rows = JsonTree.array(q.get("attempts"), "attempts");
            }
        }
        if (rows == null) {
            return new GradingAnswers.Verdict(0, List.of("quiz " + GradingQuiz.QUIZ_KEY + " is not in the grade book"));
        }
        List<String> problems = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (Object r : rows) {
            Map<String, Object> row = JsonTree.object(r, "attempt row");
            String learner = JsonTree.string(row.get("learnerId"), "learnerId");
            listed.add(learner);
            String attempt = JsonTree.string(row.get("attemptId"), "attemptId");
            if (ledger.attemptOf(learner) == null) {
                continue; // named by bookProblems
            }
            if (!attempt.equals(ledger.attemptOf(learner))) {
                problems.add("learner " + learner + " with attempt " + attempt + ", expected " + ledger.attemptOf(learner));
                continue;
            }
            boolean graded = ledger.isGraded(attempt);
            String status = JsonTree.string(row.get("status"), "status");
            if (!status.equals(graded ? "GRADED" : "AWAITING_GRADING")) {
                problems.add("attempt " + attempt + " is " + status + (graded ? " after its grade" : " before its grade"));
            }
            if (graded && !(row.get("score") instanceof Double score && score == GradingQuiz.maxScore()
                    && Boolean.TRUE.equals(row.get("passed")))) {
                problems.add("graded attempt " + attempt + " has score " + row.get("score") + ", passed "
                        + row.get("passed") + ", expected " + GradingQuiz.maxScore() + ", true");
            }
        }
        problems.addAll(ledger.bookProblems(listed, expected(ledger, paged, from, limit), paged));
        if (paged) {
            if (!(book.get("learnerCount") instanceof Double count) || count != ledger.learners()) {
                problems.add("learnerCount " + book.get("learnerCount") + ", " + ledger.learners() + " learners");
            }
            boolean more = from + limit < ledger.learners();
            if ((book.get("nextCursor") != null) != more) {
                problems.add("nextCursor " + book.get("nextCursor") + " on the page of learners " + (from + 1) + "-"
                        + (from + listed.size()) + " of " + ledger.learners());
            }
        }
        return new GradingAnswers.Verdict(rows.size(), GradingLedger.capped(problems));
    }

    /**
     * {@code GET /courses/{slug}/gradebook}: in the quiz's section, a row per learner of the page (of
     * every learner, whole), each once, and a status shown exactly for their waiting attempts; when
     * paged, the count of all learners, the Next learners link exactly when more follow and the First
     * learners link on every page but the first.
     */
    static GradingAnswers.Verdict page(String html, GradingLedger ledger, boolean paged, int from) {
        List<String> problems = new ArrayList<>();
        if (!html.contains("</html>")) {
            problems.add("not the whole page");
        }
        int start = html.indexOf("id=\"quiz-" + GradingQuiz.QUIZ_KEY + "\"");
        int end = start < 0 ? -1 : html.indexOf("</section>", start);
        if (end < 0) {
            return new GradingAnswers.Verdict(0, List.of("no section #quiz-" + GradingQuiz.QUIZ_KEY));
        }
        String section = html.substring(start, end);
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (Matcher item = PAGE_ITEM.matcher(section); item.find(); ) {
            responses.put(item.group(1), Integer.parseInt(item.group(2)));
        }
        itemProblems(responses, ledger).forEach(p -> problems.add("statistics: " + p));
        List<String> listed = new ArrayList<>();
        Matcher row = PAGE_LEARNER.matcher(section);
        while (row.find()) {
            listed.add(row.group(1));
        }
        List<String> expected = expected(ledger, paged, from, PAGE_LEARNERS);
        problems.addAll(ledger.bookProblems(listed, expected, paged));
        long waiting = expected.stream().filter(l -> !ledger.isGraded(ledger.attemptOf(l))).count();
        int statuses = count(PAGE_STATUS, section);
        if (statuses != waiting) {
            problems.add(statuses + " attempts shown with a status (not graded), " + waiting + " waiting");
        }
        if (paged) {
            Matcher count = PAGE_LEARNER_COUNT.matcher(html);
            String stated = count.find() ? count.group(1) : null;
            if (!String.valueOf(ledger.learners()).equals(stated)) {
                problems.add("the page says " + (stated == null ? "no count of learners" : stated + " learners") + ", "
                        + ledger.learners() + " learners");
            }
            boolean more = from + PAGE_LEARNERS < ledger.learners();
            if ((nextLink(html) != null) != more) {
                problems.add("Next learners link " + (more ? "missing" : "shown") + " on the page of learners " + (from + 1)
                        + "-" + (from + listed.size()) + " of " + ledger.learners());
            }
            if (html.contains("id=\"first-learners\"") != (from > 0)) {
                problems.add("First learners link " + (from > 0 ? "missing after the first page" : "on the first page"));
            }
        }
        return new GradingAnswers.Verdict(listed.size(), GradingLedger.capped(problems));
    }

    /**
     * {@code GET /api/v1/courses/{slug}/quizzes/{activityKey}/statistics}: the figures of every item
     * over every graded answer (see {@link #itemProblems}).
     */
    static GradingAnswers.Verdict statisticsJson(String body, GradingLedger ledger) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (Object item : JsonTree.array(JsonTree.object(JsonTree.parse(body), "statistics").get("items"), "items")) {
            Map<String, Object> figures = JsonTree.object(item, "item figures");
            responses.put(JsonTree.string(figures.get("itemKey"), "itemKey"),
                    ((Double) figures.get("responses")).intValue());
        }
        return new GradingAnswers.Verdict(responses.size(), itemProblems(responses, ledger));
    }

    /**
     * Problems of the answers counted per item: every learner's for the auto-graded items, the graded
     * ones for the free-text item (answers waiting for an instructor are left out; no figures while none is graded).
     */
    private static List<String> itemProblems(Map<String, Integer> responses, GradingLedger ledger) {
        List<String> problems = new ArrayList<>();
        for (ExamCourse.Item item : GradingQuiz.ITEMS) {
            boolean freeText = item.key().equals(GradingQuiz.FREE_TEXT_KEY);
            Integer expected = !freeText ? Integer.valueOf(ledger.learners())
                    : ledger.gradedCount() == 0 ? null : Integer.valueOf(ledger.gradedCount());
            if (!Objects.equals(responses.get(item.key()), expected)) {
                problems.add("item " + item.key() + ": " + responses.get(item.key()) + " answers counted, " + expected
                        + " expected");
            }
        }
        if (responses.size() > GradingQuiz.ITEMS.size()) {
            problems.add("figures of " + responses.size() + " items, the quiz has " + GradingQuiz.ITEMS.size());
        }
        return problems;
    }

    /** The learners a page must list: the ledger's slice when paged, every learner (any order) when whole. */
    private static List<String> expected(GradingLedger ledger, boolean paged, int from, int limit) {
        return paged ? ledger.bookPage(from, limit) : ledger.bookOrder();
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
