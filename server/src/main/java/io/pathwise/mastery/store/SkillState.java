package io.pathwise.mastery.store;

import java.time.Instant;
import java.util.UUID;

/** A learner's current estimate of one skill of a course. */
public record SkillState(UUID courseId, String skillKey, String learner, UUID tenantId, UUID userId, double known,
        int observations, int correct, Instant lastObservedAt, Instant masteredAt) {
}
