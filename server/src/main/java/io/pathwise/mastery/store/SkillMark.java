package io.pathwise.mastery.store;

import java.util.UUID;

/**
 * Whether a learner has started and mastered one skill: all that matching study partners reads of
 * an estimate, for every classmate at once.
 *
 * @param started at least one observation
 * @param mastered the estimate reached the threshold (and has a review schedule since)
 */
public record SkillMark(UUID userId, String skillKey, boolean started, boolean mastered) {
}
