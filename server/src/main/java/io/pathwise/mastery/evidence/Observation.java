package io.pathwise.mastery.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * One observation of one skill: a learner answered, right or wrong, at a first try. A statement
 * that is evidence for several skills gives one observation per skill.
 *
 * @param seconds how long the answer took, when the statement said (result duration); else null
 * @param hintsUsed hints opened before answering, when the statement said; else null
 */
public record Observation(UUID tenantId, UUID statementId, UUID courseId, String skillKey, String learner, UUID userId,
        String activityIri, boolean correct, Integer seconds, Integer hintsUsed, Instant observedAt) {
}
