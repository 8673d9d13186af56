package io.pathwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * How the exam burst benchmark prints and records its runs: one console line per burst, a table
 * of the headline figures (one row per burst and the median of the measured ones), a table of
 * latency by kind of request, and the correctness totals, which are summed over every burst
 * (warm-up included) rather than taken as a median: one lost submission in any burst is a failure.
 */
final class ExamBurstReport {

    /** One burst and everything checked after it. */
    /**
     * @param backgroundSeconds from the burst's last reply until no event publication was pending
     *        (the evidence, the learner model and the rules all done); NaN if not within the drain timeout
     */
    record Run(String label, boolean measured, BurstFigures burst, SubmissionBurst.Result raw, GradebookCheck book,
            EvidenceDrain.Result evidence, int roundingDrift, double backgroundSeconds) {

        /** Learners counted twice: several attempts at the quiz, or differing bytes for one key. */
        int countedTwice() {
            return book.countedTwice() + burst.differingReplies();
        }

        int wrong() {
            return book.wrongScores() + burst.wrongReplies();
        }

        double otherCores() {
            double other = raw.cpu().otherCores();
            return Double.isNaN(raw.databaseCores()) ? other : Math.max(0, other - raw.databaseCores());
        }
    }

    private ExamBurstReport() {
    }

    static String line(Run r) {
        BurstFigures b = r.burst();
        return String.format(Locale.ROOT,
                "%s: %.1f submissions/s over %.2f s; latency all p50 %s p90 %s p99 %s max %s ms; first p99 %s, retries p99 %s ms; "
                        + "%d requests, %d errors%s; lost %d, counted twice %d, wrong %d; evidence %d/%d statements, "
                        + "drain %s s, all background work done %s s; CPU client %s server %s db %s other %s",
                r.label(), b.submissionsPerSecond(), b.burstSeconds(), ms(b.all(), 50), ms(b.all(), 90), ms(b.all(), 99),
                ms(b.all(), 100), ms(b.first(), 99), ms(b.retries(), 99), b.requests(), b.errorCount(),
                b.errors().isEmpty() ? "" : " " + b.errors(), r.book().lost(), r.countedTwice(), r.wrong(),
                r.evidence().statements(), r.evidence().expectedStatements(), seconds(r.evidence().drainSeconds()),
                seconds(r.backgroundSeconds()),
                LrsReport.cores(r.raw().cpu().clientCores()), LrsReport.cores(r.raw().cpu().serverCores()),
                LrsReport.cores(r.raw().databaseCores()), LrsReport.cores(r.otherCores()));
    }

    /** Headline figures per burst, and the median of each over the measured bursts. */
    static String headlineTable(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (Run r : runs) {
            BurstFigures b = r.burst();
            rows.add(List.of(r.measured() ? r.label() : r.label() + " (not counted)",
                    Markdown.number(b.submissionsPerSecond(), 1), ms(b.all(), 50), ms(b.all(), 90), ms(b.all(), 99),
                    ms(b.all(), 100), String.valueOf(b.requests()), b.errorCount() + (b.errors().isEmpty() ? "" : " " + b.errors()),
                    String.valueOf(r.book().lost()), String.valueOf(r.countedTwice()), String.valueOf(r.wrong()),
                    r.evidence().statements() + "/" + r.evidence().expectedStatements(),
                    r.evidence().atBurstEnd() + "/" + r.book().expected(), seconds(r.evidence().drainSeconds()),
                    seconds(r.backgroundSeconds()),
                    LrsReport.cores(r.raw().cpu().clientCores()), LrsReport.cores(r.raw().cpu().serverCores()),
                    LrsReport.cores(r.raw().databaseCores()), LrsReport.cores(r.otherCores()),
                    LrsReport.cores(r.evidence().cpu().serverCores()), LrsReport.cores(r.evidence().databaseCores())));
        }
        List<Run> measured = runs.stream().filter(Run::measured).toList();
        if (measured.size() > 1) {
            rows.add(List.of("**median**", Markdown.number(median(measured, r -> r.burst().submissionsPerSecond()), 1),
                    medianMs(measured, 50), medianMs(measured, 90), medianMs(measured, 99), medianMs(measured, 100),
                    Markdown.number(median(measured, r -> r.burst().requests()), 0),
                    Markdown.number(median(measured, r -> r.burst().errorCount()), 0),
                    Markdown.number(median(measured, r -> r.book().lost()), 0),
                    Markdown.number(median(measured, Run::countedTwice), 0),
                    Markdown.number(median(measured, Run::wrong), 0), "", "",
                    seconds(median(measured, r -> r.evidence().drainSeconds())),
                    seconds(median(measured, Run::backgroundSeconds)),
                    LrsReport.cores(median(measured, r -> r.raw().cpu().clientCores())),
                    LrsReport.cores(median(measured, r -> r.raw().cpu().serverCores())),
                    LrsReport.cores(median(measured, r -> r.raw().databaseCores())),
                    LrsReport.cores(median(measured, Run::otherCores)),
                    LrsReport.cores(median(measured, r -> r.evidence().cpu().serverCores())),
                    LrsReport.cores(median(measured, r -> r.evidence().databaseCores()))));
        }
        return Markdown.table(List.of("Burst", "Submissions/s", "p50 (ms)", "p90 (ms)", "p99 (ms)", "Max (ms)", "Requests",
                "Errors", "Lost", "Counted twice", "Wrong score", "Statements", "Evidence at burst end", "Drain (s)",
                "Background done (s)",
                "CPU client", "CPU server", "CPU db", "CPU other", "Drain CPU server", "Drain CPU db"), rows);
    }

    /** Latency of all successful replies, of first tries and of retries, per burst. */
    static String latencyTable(List<Run> runs) {
        List<List<String>> rows = new ArrayList<>();
        for (Run r : runs) {
            rows.add(latencyRow(r.label(), "all", r.burst().all()));
            rows.add(latencyRow(r.label(), "first tries", r.burst().first()));
            rows.add(latencyRow(r.label(), "retries (" + r.burst().earlyRetries() + " early, " + r.burst().earlyOverlapping()
                    + " of them sent before the first reply)", r.burst().retries()));
        }
        List<Run> measured = runs.stream().filter(Run::measured).toList();
        if (measured.size() > 1) {
            rows.add(medianLatencyRow(measured, "all", r -> r.burst().all()));
            rows.add(medianLatencyRow(measured, "first tries", r -> r.burst().first()));
            rows.add(medianLatencyRow(measured, "retries", r -> r.burst().retries()));
        }
        return Markdown.table(List.of("Burst", "Kind", "Replies (200)", "p50 (ms)", "p90 (ms)", "p99 (ms)", "Max (ms)"),
                rows);
    }

    private static List<String> latencyRow(String label, String kind, LatencyHistogram h) {
        return List.of(label, kind, String.valueOf(h.count()), ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 100));
    }

    private static List<String> medianLatencyRow(List<Run> runs, String kind,
            java.util.function.Function<Run, LatencyHistogram> histogram) {
        return List.of("**median**", kind, Markdown.number(median(runs, r -> histogram.apply(r).count()), 0),
                Markdown.number(median(runs, r -> histogram.apply(r).percentileMillis(50)), 2),
                Markdown.number(median(runs, r -> histogram.apply(r).percentileMillis(90)), 2),
                Markdown.number(median(runs, r -> histogram.apply(r).percentileMillis(99)), 2),
                Markdown.number(median(runs, r -> histogram.apply(r).maxMillis()), 2));
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        return Summary.median(runs.stream().map(figure::applyAsDouble).toList());
    }

    private static String medianMs(List<Run> runs, double percentile) {
        return Markdown.number(median(runs, r -> r.burst().all().percentileMillis(percentile)), 2);
    }

    static String ms(LatencyHistogram h, double percentile) {
        return h.count() == 0 ? "n/a" : Markdown.number(h.percentileMillis(percentile), 2);
    }

    static String seconds(double value) {
        return Double.isNaN(value) ? "never" : Markdown.number(value, 1);
    }
}
