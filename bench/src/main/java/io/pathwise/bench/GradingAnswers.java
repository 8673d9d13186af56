package io.pathwise.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the grade book and the grading queue, as JSON and as the staff pages, and says what is
 * wrong with an answer against the {@link GradingLedger}: the grade book lists every learner's
 * attempt exactly once with its status (and the full score once graded), the queue lists exactly
 * the waiting answers. Each method returns the rows it counted and the problems (empty: none).
 */
final class GradingAnswers {

    /** Rows counted in an answer and what was wrong with it. */
    record Verdict(int rows, List<String> problems) {

        String error() {
            return GradingLedger.joined(problems);
        }
    }

    /** A learner's row of the grade book page (gradebook.html: role, class, then data-learner). */
    private static final Pattern PAGE_LEARNER = Pattern.compile("<tr[^>]*class=\"learner\"[^>]*data-learner=\"([^\"]+)\"");
    /** The status shown in a cell: only for attempts that are not GRADED (gradebook.html). */
    private static final Pattern PAGE_STATUS = Pattern.compile("<span class=\"status\">");
    /** An answer of the grading page (grading.html: class, then data-attempt and data-item). */
    private static final Pattern PAGE_TASK = Pattern.compile(
            "<li[^>]*class=\"task\"[^>]*data-attempt=\"([^\"]+)\"[^>]*data-item=\"([^\"]+)\"");
    /** Answers on a page of the paged queue (grading.html: "20 at a time"). */
    static final int PAGE_ANSWERS = 20;
    private static final Pattern PAGE_QUEUE_SIZE = Pattern.compile("id=\"queue-size\"[^>]*>(\\d+) answers? (?:is|are) waiting");

    private GradingAnswers() {
    }

    /** {@code GET /api/v1/courses/{slug}/gradebook}: the quiz's attempts, one per learner, status and score as graded. */
    static Verdict gradebookJson(String body, GradingLedger ledger) {
        List<Object> rows = null;
        for (Object quiz : JsonTree.array(JsonTree.object(JsonTree.parse(body), "grade book").get("quizzes"), "quizzes")) {
            Map<String, Object> q = JsonTree.object(quiz, "quiz");
            if (GradingQuiz.QUIZ_KEY.equals(q.get("activityKey"))) {
                rows = JsonTree.array(q.get("attempts"), "attempts");
            }
        }
        if (rows == null) {
            return new Verdict(0, List.of("quiz " + GradingQuiz.QUIZ_KEY + " is not in the grade book"));
        }
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object r : rows) {
            Map<String, Object> row = JsonTree.object(r, "attempt row");
            String learner = JsonTree.string(row.get("learnerId"), "learnerId");
            String attempt = JsonTree.string(row.get("attemptId"), "attemptId");
            if (!seen.add(learner)) {
                problems.add("learner " + learner + " listed twice");
                continue;
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
        if (seen.size() != ledger.learners()) {
            problems.add(seen.size() + " learners in the grade book, " + ledger.learners() + " expected");
        }
        return new Verdict(rows.size(), GradingLedger.capped(problems));
    }

    /** {@code GET /courses/{slug}/gradebook}: a row per learner, each once, a status shown exactly for the waiting ones. */
    static Verdict gradebookPage(String html, GradingLedger ledger) {
        List<String> problems = new ArrayList<>();
        if (!html.contains("</html>")) {
            problems.add("not the whole page");
        }
        Set<String> seen = new HashSet<>();
        int rows = 0;
        Matcher row = PAGE_LEARNER.matcher(html);
        while (row.find()) {
            rows++;
            if (!seen.add(row.group(1))) {
                problems.add("learner " + row.group(1) + " has two rows");
            } else if (ledger.attemptOf(row.group(1)) == null) {
                problems.add("row of " + row.group(1) + ", not one of the learners");
            }
        }
        if (rows != ledger.learners() || seen.size() != ledger.learners()) {
            problems.add(rows + " rows for " + seen.size() + " learners, " + ledger.learners() + " expected");
        }
        int statuses = count(PAGE_STATUS, html);
        if (statuses != ledger.waiting().size()) {
            problems.add(statuses + " attempts shown with a status (not graded), " + ledger.waiting().size() + " waiting");
        }
        return new Verdict(rows, GradingLedger.capped(problems));
    }

    /**
     * Whether an answer of {@code GET /api/v1/courses/{slug}/grading-queue} is a page of the queue
     * (it says how many wait in all: {@code waiting}) or the whole queue (no such field).
     */
    static boolean pagedQueue(String body) {
        return JsonTree.object(JsonTree.parse(body), "grading queue").containsKey("waiting");
    }

    /**
     * A queue answer by API. Whole: exactly the waiting answers, in the queue's order. Paged: the
     * first {@code limit} of them, {@code waiting} their number, {@code nextCursor} exactly when more wait.
     */
    static Verdict queueJson(String body, GradingLedger ledger, boolean paged, int limit) {
        Map<String, Object> queue = JsonTree.object(JsonTree.parse(body), "grading queue");
        List<String[]> listed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Object item : JsonTree.array(queue.get("items"), "items")) {
            Map<String, Object> task = JsonTree.object(item, "queue item");
            listed.add(new String[] {JsonTree.string(task.get("attemptId"), "attemptId"),
                    JsonTree.string(task.get("itemKey"), "itemKey")});
            if (!GradingQuiz.QUIZ_KEY.equals(task.get("quiz")) && problems.size() < 5) {
                problems.add("an answer of quiz " + task.get("quiz"));
            }
        }
        int waiting = ledger.waiting().size();
        if (paged) {
            if (!(queue.get("waiting") instanceof Double stated) || stated != waiting) {
                problems.add("waiting " + queue.get("waiting") + ", " + waiting + " waiting");
            }
            if ((queue.get("nextCursor") != null) != (waiting > limit)) {
                problems.add("nextCursor " + queue.get("nextCursor") + " with " + waiting + " waiting, limit " + limit);
            }
        }
        problems.addAll(ledger.queueProblems(listed, paged ? limit : Integer.MAX_VALUE));
        return new Verdict(listed.size(), GradingLedger.capped(problems));
    }

    /**
     * The queue page: the waiting answers in the queue's order (whole, or the first
     * {@value #PAGE_ANSWERS} when paged, with the "Next answers" link exactly when more wait) and the
     * count it states of all that wait.
     */
    static Verdict queuePage(String html, GradingLedger ledger, boolean paged) {
        List<String[]> listed = new ArrayList<>();
        Matcher task = PAGE_TASK.matcher(html);
        while (task.find()) {
            listed.add(new String[] {task.group(1), task.group(2)});
        }
        List<String> problems = new ArrayList<>();
        if (!html.contains("</html>")) {
            problems.add("not the whole page");
        }
        int waiting = ledger.waiting().size();
        Matcher size = PAGE_QUEUE_SIZE.matcher(html);
        int stated = size.find() ? Integer.parseInt(size.group(1)) : html.contains("id=\"queue-empty\"") ? 0 : -1;
        if (stated != waiting) {
            problems.add("the page says " + (stated < 0 ? "no count" : stated + " waiting") + ", " + waiting + " waiting");
        }
        if (paged && html.contains("id=\"next-answers\"") != (waiting > PAGE_ANSWERS)) {
            problems.add("Next answers link " + (waiting > PAGE_ANSWERS ? "missing" : "shown") + " with " + waiting
                    + " waiting");
        }
        problems.addAll(ledger.queueProblems(listed, paged ? PAGE_ANSWERS : Integer.MAX_VALUE));
        return new Verdict(listed.size(), GradingLedger.capped(problems));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
