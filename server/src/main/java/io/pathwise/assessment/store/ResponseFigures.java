package io.pathwise.assessment.store;

import java.util.UUID;

/**
 * What item statistics need of a response: its attempt and item, how it was graded, its score, time
 * and hints, and whether it was answered. Not the answer itself, which for free text can be
 * thousands of characters per learner.
 */
public record ResponseFigures(UUID attemptId, String itemKey, ResponseRow.ResponseStatus status, double score,
        int seconds, int hintsUsed, boolean answered) {

    /** Whether the response has a grade that counts: not withdrawn, and not a free-text answer still waiting. */
    public boolean graded() {
        return status != ResponseRow.ResponseStatus.WITHDRAWN && status != ResponseRow.ResponseStatus.AWAITING_MANUAL;
    }
}
