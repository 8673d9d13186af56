package io.pathwise.assessment.grading;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.store.ResponseRow;
import java.util.List;

/**
 * An attempt's score from its responses: one point per item that counts, partial credit summed.
 * It is final (status GRADED, pass or fail known) once no answer waits for an instructor.
 */
public record AttemptScore(double score, double maxScore, AttemptStatus status, Boolean passed) {

    public static AttemptScore of(List<ResponseRow> responses, double passingScore) {
        double score = responses.stream().filter(ResponseRow::counts).mapToDouble(ResponseRow::score).sum();
        double max = responses.stream().filter(ResponseRow::counts).count();
        boolean waiting = responses.stream().anyMatch(r -> r.status() == ResponseRow.ResponseStatus.AWAITING_MANUAL);
        score = Math.round(score * 10_000) / 10_000.0;
        if (waiting) {
            return new AttemptScore(score, max, AttemptStatus.AWAITING_GRADING, null);
        }
        // Each item's credit is rounded to 4 decimals before summing (three items at 2/3 make 2.0001,
        // three at 1/3 make 0.9999): a learner exactly at the pass mark must not fail by that rounding.
        double slack = 0.00005 * max + 1e-9;
        return new AttemptScore(score, max, AttemptStatus.GRADED, max > 0 && score + slack >= passingScore * max);
    }

    public double scaled() {
        return maxScore == 0 ? 0 : score / maxScore;
    }
}
