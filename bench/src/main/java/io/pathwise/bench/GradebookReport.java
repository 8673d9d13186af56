package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link GradebookHttpBenchmark} learned, gathered as it goes and written as one results
 * section: set-up steps, the figures of each test with the queue's size before and after it, and
 * the checks. A run with any wrong answer is marked FAILED in the section and fails the process.
 */
final class GradebookReport {

    final String build;
    final String serverJdk;
    String database = "?";
    String serverCommand = "?";
    String behaviour = "?";
    private final List<String> setup = new ArrayList<>();
    private final List<TimedSamples.Figures> figures = new ArrayList<>();
    private final List<String> queueSizes = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private boolean failed;

    GradebookReport(String build, String serverJdk) {
        this.build = build;
        this.serverJdk = serverJdk;
    }

    void step(String what, long startedNanos) {
        String line = what + " in " + Markdown.number((System.nanoTime() - startedNanos) / 1e9, 1) + " s";
        System.out.println("Set-up: " + line);
        setup.add(line);
    }

    /** An untimed check of the grade book and the queue; before the tests a mismatch stops the run. */
    void check(String when, List<String> problems) {
        String line = "Grade book and queue by API " + when + ": " + (problems.isEmpty()
                ? "every learner's attempt exactly once with its status (every page of the grade book when paged, in "
                        + "name order); the queue (every page of it when paged) exactly the waiting answers in attempt id order"
                : "**MISMATCH**: " + String.join(" | ", problems));
        System.out.println(line);
        checks.add(line);
        if (!problems.isEmpty()) {
            failed = true;
            if (figures.isEmpty()) {
                throw new IllegalStateException(line);
            }
        }
    }

    void add(TimedSamples.Figures test, int queueBefore, int queueAfter) {
        figures.add(test);
        queueSizes.add(test.name() + ": " + queueBefore + " → " + queueAfter);
        String checked = switch (test.name()) {
            case "gradebook-api", "gradebook-api-100" -> "the quiz's attempts: each learner once, with their attempt, "
                    + "status AWAITING_GRADING or (graded) GRADED with score 6 and passed; all learners, or for a paged "
                    + "grade book the first " + (test.name().endsWith("-100") ? "100" : "20") + " in name order with "
                    + "learnerCount all of them and nextCursor exactly when more follow";
            case "gradebook-page" -> "in the quiz's section a row per learner, each once, a status shown exactly for the "
                    + "waiting attempts, the item statistics as statistics-api; all learners, or for a paged grade book the first 100 in name order with the "
                    + "count of all learners it states and the Next learners link exactly when more follow";
            case "gradebook-walk-api", "gradebook-walk-page" -> "each page as the page at its place in name order "
                    + "(checked as gradebook-api-100 / gradebook-page, the First learners link on every page but the "
                    + "first), and as many pages as the learners need: every learner exactly once across the walk";
            case "statistics-api" -> "the figures of the quiz's six items over every graded answer: every learner's "
                    + "answer to each auto-graded item, the graded answers to the free-text item";
            case "queue-api" -> "the waiting answers of the quiz's free-text item in the queue's order (attempt id), each "
                    + "once: all of them, or for a paged queue the first 20 with waiting = their number and nextCursor "
                    + "exactly when more wait";
            case "queue-page" -> "the waiting answers in the queue's order, each once (all, or the first 20 of a paged "
                    + "queue with the Next answers link exactly when more wait), and the count of all that wait it states";
            case "grade-page" -> "302 to the queue, whose page says the grade was saved, no longer lists the answer "
                    + "(the first of the queue) and is otherwise checked as queue-page";
            case "grade-api" -> "200 naming the attempt; then (untimed) the queue by API without the answer (the first "
                    + "of the queue), otherwise checked as queue-api";
            default -> "";
        };
        if (test.errorCount() > 0) {
            failed = true;
        }
        if (test.hasFirstPart()) {
            parts.add(test.name() + ": the POST alone (until its 302, before the GET of the redirect) p50 "
                    + Markdown.number(test.firstPart().percentileMillis(50), 1) + " ms, p99 "
                    + Markdown.number(test.firstPart().percentileMillis(99), 1) + " ms");
        }
        checks.add(test.name() + ": every answer checked (" + checked + "); " + (test.errorCount() == 0 ? "no error"
                : "**" + test.errorCount() + " errors** (the first " + test.errors().size() + "): "
                        + String.join(" | ", test.errors())));
    }

    boolean failed() {
        return failed;
    }

    /** The section: {@code lines} (environment), set-up, the table, queue sizes and checks. */
    String section(List<String> lines) {
        List<String> head = new ArrayList<>(lines);
        setup.forEach(line -> head.add("Set-up (not timed): " + line));
        head.add("Grading queue size before → after each test: " + String.join("; ", queueSizes));
        if (failed) {
            head.add("**FAILED: an answer did not match; see the checks**");
        }
        List<List<String>> rows = new ArrayList<>();
        for (TimedSamples.Figures f : figures) {
            rows.add(List.of(f.name(), f.what(), String.valueOf(f.samples()), Markdown.number(f.p50(), 1),
                    Markdown.number(f.p99(), 1), Markdown.number(f.max(), 1), Markdown.number(f.mean(), 1),
                    String.format(Locale.ROOT, "%,d", f.bytes()), String.valueOf(f.rows()),
                    String.valueOf(f.errorCount())));
        }
        return Markdown.bullets(head) + "\n" + Markdown.table(List.of("Test", "Request", "samples", "p50 (ms)",
                "p99 (ms)", "max (ms)", "mean (ms)", "bytes", "rows", "errors"), rows) + "\n"
                + (parts.isEmpty() ? "" : Markdown.bullets(parts) + "\n") + Markdown.bullets(checks);
    }
}
