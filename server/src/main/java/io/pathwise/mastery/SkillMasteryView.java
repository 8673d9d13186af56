package io.pathwise.mastery;

import java.time.Instant;

/**
 * A learner's mastery of one skill of a course.
 *
 * @param known the estimated probability that the learner knows the skill (the skill's prior
 *        before any evidence)
 * @param mastered whether {@code known} is at or above the mastery threshold
 * @param observations answers counted as evidence, of which {@code correct} were right at the first try
 * @param reviewDue when a mastered skill is next due for review; null while not mastered
 */
public record SkillMasteryView(String skillKey, String name, double known, boolean mastered, int observations,
        int correct, Instant lastObservedAt, Instant masteredAt, Instant reviewDue) {
}
