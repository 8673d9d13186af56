package io.pathwise.bench;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The figures of one measured run. Errors are counted, never timed: the percentiles describe
 * pages learners actually got, so a fast stream of error responses cannot make latency look good.
 */
record RunFigures(double pagesPerSecond, double p50Millis, double p90Millis, double p99Millis, double maxMillis,
        long pages, long errors, Map<String, Long> errorsByKind, CpuMeter.Use cpu) {

    /** Each figure's median over the runs separately, as the README's "median of each figure". */
    static RunFigures medianOf(List<RunFigures> runs) {
        return new RunFigures(
                median(runs, RunFigures::pagesPerSecond),
                median(runs, RunFigures::p50Millis),
                median(runs, RunFigures::p90Millis),
                median(runs, RunFigures::p99Millis),
                median(runs, RunFigures::maxMillis),
                Math.round(median(runs, RunFigures::pages)),
                Math.round(median(runs, RunFigures::errors)),
                Map.of(),
                new CpuMeter.Use(median(runs, r -> r.cpu().clientCores()), median(runs, r -> r.cpu().serverCores()),
                        median(runs, r -> r.cpu().otherCores())));
    }

    private static double median(List<RunFigures> runs, ToDoubleFunction<RunFigures> figure) {
        return Summary.median(runs.stream().map(r -> figure.applyAsDouble(r)).toList());
    }

    String errorKinds() {
        return errorsByKind.isEmpty() ? "" : " " + errorsByKind;
    }
}
