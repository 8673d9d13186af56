package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the grading queue, as JSON and as the staff page, and says what is wrong with an answer
 * against the {@link GradingLedger}: the queue lists exactly the waiting answers (the grade book is
 * read by {@link GradebookAnswers}). Each method returns the rows it counted and the problems
 * (empty: none).
 */
final class GradingAnswers {

    /** Rows counted in an answer and what was wrong with it. */
    record Verdict(int rows, List<String> problems) {

        String error() {
            return GradingLedger.joined(problems);
        }
    }

    /** An answer of the grading page (grading.html: class, then data-attempt and data-item). */
    private static final Pattern PAGE_TASK = Pattern.compile(
            "<li[^>]*class=\"task\"[^>]*data-attempt=\"([^\"]+)\"[^>]*data-item=\"([^\"]+)\"");
    /** Answers on a page of the paged queue (grading.html: "20 at a time"). */
    static final int PAGE_ANSWERS = 20;
    private static final Pattern PAGE_QUEUE_SIZE = Pattern.compile("id=\"queue-size\"[^>]*>(\\d+) answers? (?:is|are) waiting");

    private GradingAnswers() {
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
}
