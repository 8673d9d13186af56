package io.pathwise.assessment.store;

import io.pathwise.assessment.GradingQueueRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * One item of a submitted attempt: the answer (JSON, null when unanswered), how it was graded and
 * what the player measured.
 */
public record ResponseRow(UUID attemptId, int position, UUID quizId, String itemKey, String answer, ResponseStatus status,
        double score, int hintsUsed, int seconds, int tries, String feedback, UUID gradedBy, Instant gradedAt) {

    public enum ResponseStatus {
        /** Graded, by the server or by an instructor. */
        GRADED,
        /** Not answered: no credit. */
        UNANSWERED,
        /** A free-text answer waiting in the manual grading queue. */
        AWAITING_MANUAL,
        /**
         * The item was deleted from the course after the attempt started, or was changed so that it cannot
         * be computed with the attempt's drawn values: it does not count.
         */
        WITHDRAWN
    }

    /** The answer's place in the grading queue's order. */
    public GradingQueueRequest.Place place() {
        return new GradingQueueRequest.Place(attemptId, position);
    }

    public boolean counts() {
        return status != ResponseStatus.WITHDRAWN;
    }

    public ResponseRow regraded(double newScore, ResponseStatus newStatus) {
        return new ResponseRow(attemptId, position, quizId, itemKey, answer, newStatus, newScore, hintsUsed, seconds, tries,
                feedback, gradedBy, gradedAt);
    }
}
