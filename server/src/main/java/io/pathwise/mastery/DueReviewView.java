package io.pathwise.mastery;

import java.time.Instant;

/**
 * A mastered skill due for review.
 *
 * @param recall the estimated probability that the learner still recalls the skill now
 */
public record DueReviewView(String skillKey, Instant due, double recall) {
}
