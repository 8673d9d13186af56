package io.pathwise.assessment.store;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.item.Draws;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * An attempt as stored. {@code presented} is the JSON list of the items as shown; {@code drawn}
 * the parameter values they were shown with (JSON, by item key; null when no item has parameters,
 * and for attempts started before values were kept: see {@link Draws}); {@code draft}
 * the last autosaved answers (JSON object by item key); {@code submissionReply} the body of the
 * first response to its submission.
 */
public record AttemptRow(UUID id, UUID tenantId, UUID quizId, UUID learnerId, int number, long seed, String presented,
        String drawn, AttemptStatus status, Instant startedAt, Instant deadline, String draft, Instant draftSavedAt,
        String submissionKey, Instant submittedAt, Instant answeredAt, boolean late, String submissionReply,
        Double score, Double maxScore, Boolean passed, Instant gradedAt, int gradeVersion) {

    /** What the attempt's items are drawn from: the seed and the values they were shown with. */
    public Draws draws(JsonMapper json) {
        return Draws.of(seed, drawn, json);
    }

    public boolean open() {
        return status == AttemptStatus.OPEN;
    }
}
