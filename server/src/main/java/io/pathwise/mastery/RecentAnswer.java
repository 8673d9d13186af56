package io.pathwise.mastery;

import java.time.Instant;

/**
 * One of a learner's latest answers that counted as evidence for a skill.
 *
 * @param seconds how long the answer took, when known; {@code hintsUsed} likewise
 */
public record RecentAnswer(String activityIri, boolean correct, Integer seconds, Integer hintsUsed, Instant at) {
}
