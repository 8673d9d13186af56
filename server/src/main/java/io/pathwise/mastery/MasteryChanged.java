package io.pathwise.mastery;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's estimated mastery of a skill moved (new evidence, evidence taken back, or new
 * parameters).
 *
 * @param learner the learner's xAPI actor id (e.g. {@code account:https://pathwise.example|0190…})
 * @param userId the Pathwise user, when the actor is one of this installation's accounts; else null
 * @param before P(known) before, {@code after} P(known) now
 * @param mastered whether {@code after} is at or above the mastery threshold
 */
public record MasteryChanged(UUID tenantId, UUID courseId, String skillKey, String learner, UUID userId, double before,
        double after, boolean mastered, Instant at) {
}
