package io.pathwise.mastery.store;

import io.pathwise.mastery.review.ReviewState;

/**
 * The part of a learner's estimate of one skill that the recommendations read on every request:
 * {@link SkillState} without the columns they never look at, so that reading a learner who has
 * worked on hundreds of skills decodes a few values per skill rather than sixteen.
 *
 * @param review the skill's review schedule while it is mastered; else null
 */
public record SkillStanding(String skillKey, double known, int observations, ReviewState review) {
}
