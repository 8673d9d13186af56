package io.pathwise.mastery.store;

import io.pathwise.mastery.review.ReviewState;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner's current estimate of one skill of a course.
 *
 * @param review the skill's review schedule while it is mastered; else null
 */
public record SkillState(UUID courseId, String skillKey, String learner, UUID tenantId, UUID userId, double known,
        int observations, int correct, Instant lastObservedAt, Instant masteredAt, ReviewState review) {
}
