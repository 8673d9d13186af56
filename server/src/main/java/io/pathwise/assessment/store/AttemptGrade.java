package io.pathwise.assessment.store;

import io.pathwise.assessment.AttemptStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An attempt's place in the grade book: who, which quiz, and its grade, without what was presented,
 * the draft or the stored reply (kilobytes per attempt that a grade book of thousands never shows).
 */
public record AttemptGrade(UUID id, UUID quizId, UUID learnerId, int number, AttemptStatus status, Instant submittedAt,
        boolean late, Double score, Double maxScore, Boolean passed) {
}
