package io.pathwise.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every page of the grade book, one after the other, as an instructor reads it through: by API
 * (following {@code nextCursor}) or as the staff page (following its Next learners link). The walk
 * is one sample, timed from the first request to the last answer (finding the next page's address
 * in an answer is part of it); each page is checked afterwards as the page at its place in the
 * ledger's name order, so that together they list every learner exactly once. A whole grade book
 * is a walk of one page.
 */
final class GradebookWalk {

    /** One GET, by API (bearer token) or as the signed-in browser. */
    @FunctionalInterface
    interface Fetch {
        PathwiseApi.Response get(String path) throws Exception;
    }

    /** Checks one page of the walk: the one whose first learner is at position {@code from}. */
    @FunctionalInterface
    interface PageCheck {
        GradingAnswers.Verdict of(String body, int from);
    }

    private GradebookWalk() {
    }

    /**
     * Walks from {@code first}, asking {@code next} for the address of the page after each answer
     * (null: the last); {@code pageSize} learners a page, {@code expectedPages} pages. Bytes and rows:
     * the sum over the pages.
     */
    static TimedSamples.Sample walk(String first, Fetch fetch, UnaryOperator<String> next, int pageSize,
            int expectedPages, PageCheck check) throws Exception {
        List<PathwiseApi.Response> pages = new ArrayList<>();
        boolean endless = false;
        long start = System.nanoTime();
        for (String path = first; path != null; ) {
            PathwiseApi.Response page = fetch.get(path);
            pages.add(page);
            if (page.status() != 200) {
                break;
            }
            path = next.apply(page.body());
            if (path != null && pages.size() > expectedPages + 5) {
                endless = true;
                break;
            }
        }
        long nanos = System.nanoTime() - start;

        List<String> problems = new ArrayList<>();
        long bytes = 0;
        int rows = 0;
        for (int i = 0; i < pages.size(); i++) {
            PathwiseApi.Response page = pages.get(i);
            bytes += page.body().getBytes(StandardCharsets.UTF_8).length;
            if (page.status() != 200) {
                problems.add("page " + (i + 1) + ": HTTP " + page.status());
                continue;
            }
            GradingAnswers.Verdict verdict = check.of(page.body(), i * pageSize);
            rows += verdict.rows();
            if (verdict.error() != null) {
                problems.add("page " + (i + 1) + ": " + verdict.error());
            }
        }
        if (endless) {
            problems.add("the walk did not end after " + pages.size() + " pages");
        } else if (pages.size() != expectedPages) {
            problems.add(pages.size() + " pages, " + expectedPages + " expected");
        }
        return new TimedSamples.Sample(nanos, bytes, rows, GradingLedger.joined(GradingLedger.capped(problems)));
    }
}
