package io.pathwise.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's submission was accepted (or the attempt was closed at its deadline with its saved
 * draft, when {@code closedAtDeadline}).
 *
 * @param late whether it arrived after the deadline, within the offline grace window
 */
public record AttemptSubmitted(UUID tenantId, UUID attemptId, UUID quizId, UUID courseId, String activityKey,
        UUID learnerId, Instant submittedAt, boolean late, boolean closedAtDeadline) {
}
