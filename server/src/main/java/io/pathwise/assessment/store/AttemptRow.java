package io.pathwise.assessment.store;

import io.pathwise.assessment.AttemptStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An attempt as stored. {@code presented} is the JSON list of the items as shown; {@code draft}
 * the last autosaved answers (JSON object by item key); {@code submissionReply} the body of the
 * first response to its submission.
 */
public record AttemptRow(UUID id, UUID tenantId, UUID quizId, UUID learnerId, int number, long seed, String presented,
        AttemptStatus status, Instant startedAt, Instant deadline, String draft, Instant draftSavedAt,
        String submissionKey, Instant submittedAt, Instant answeredAt, boolean late, String submissionReply,
        Double score, Double maxScore, Boolean passed, Instant gradedAt, int gradeVersion) {

    public boolean open() {
        return status == AttemptStatus.OPEN;
    }
}
