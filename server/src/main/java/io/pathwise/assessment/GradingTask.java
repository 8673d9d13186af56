package io.pathwise.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A free-text answer waiting for an instructor's grade, as {@link AssessmentApi#gradingQueue} lists it.
 *
 * @param promptHtml the item's prompt as the learner saw it, rendered to safe HTML
 * @param answer the learner's text
 */
public record GradingTask(UUID attemptId, String activityKey, String quizTitle, int attemptNumber, String learner,
        Instant submittedAt, String itemKey, String promptHtml, String answer) {
}
