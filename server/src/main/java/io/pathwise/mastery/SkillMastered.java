package io.pathwise.mastery;

import java.time.Instant;
import java.util.UUID;

/** A learner's mastery of a skill crossed the mastery threshold upwards. */
public record SkillMastered(UUID tenantId, UUID courseId, String skillKey, String learner, UUID userId, double known,
        Instant at) {
}
