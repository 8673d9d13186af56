package io.pathwise.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An attempt's grade is final: at submission when every item grades itself, after the last
 * free-text answer is graded otherwise, and again (with a higher {@code gradeVersion}) when a
 * changed answer key regrades it.
 *
 * @param activityIri the quiz activity's xAPI IRI
 * @param score points earned (each item is worth one point)
 * @param maxScore points possible
 * @param items per item, in the order the attempt showed them
 */
public record AttemptGraded(UUID tenantId, UUID attemptId, UUID quizId, UUID courseId, String activityKey,
        String activityIri, UUID learnerId, int number, Instant startedAt, Instant submittedAt, Instant gradedAt,
        int gradeVersion, double score, double maxScore, boolean passed, List<ItemResult> items) {

    /**
     * One item's outcome.
     *
     * @param firstTry whether the answer was the learner's first try at the item in this attempt
     * @param seconds time the learner spent on the item, as the player measured it
     */
    public record ItemResult(String itemKey, String itemType, List<String> skills, double score, boolean correct,
            boolean answered, boolean firstTry, int hintsUsed, int seconds, String response) {
    }

    public double scaledScore() {
        return maxScore == 0 ? 0 : score / maxScore;
    }
}
