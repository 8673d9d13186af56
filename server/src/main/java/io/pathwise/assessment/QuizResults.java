package io.pathwise.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One learner's attempts at one quiz, as {@link AssessmentApi#results} gives them to the learner.
 *
 * @param graded whether the quiz is graded (otherwise practice)
 * @param allowedAttempts null for unlimited
 * @param due null when the quiz has no due date
 * @param attempts oldest first
 */
public record QuizResults(String courseSlug, String courseTitle, String activityKey, String title, boolean graded,
        double passingScore, Integer allowedAttempts, Instant due, List<Attempt> attempts) {

    /**
     * One attempt. While the quiz's feedback policy withholds the result ({@code resultShown} false:
     * the attempt is open, or feedback comes after a due date still to come), {@code score},
     * {@code maxScore} and {@code passed} are null and {@code items} is empty.
     *
     * @param resultsAvailableAt when a withheld result will be shown; null otherwise
     * @param passed null while free-text answers wait for their grade
     */
    public record Attempt(UUID id, int number, AttemptStatus status, Instant startedAt, Instant submittedAt, boolean late,
            boolean resultShown, Instant resultsAvailableAt, Double score, Double maxScore, Boolean passed,
            List<Item> items) {
    }

    /**
     * One item of an attempt, as it was presented, with its verdict.
     *
     * @param status GRADED, UNANSWERED, AWAITING_MANUAL (free text waiting for the instructor) or
     *     WITHDRAWN (deleted from the course after the attempt, or changed so that it
     *     cannot be computed with the attempt's values: it does not count)
     * @param score the credit, 0 to 1
     * @param promptHtml the prompt with the attempt's parameters, rendered to safe HTML
     * @param answerJson the answer as the player sent it (JSON), null when unanswered
     * @param answer the answer in words (choice texts rather than ids), null when unanswered
     * @param expected a short right answer; null for free text and for items that are no longer in the course
     * @param solutionHtml the worked solution rendered to safe HTML, null when the author wrote none
     * @param feedback the instructor's feedback on a free-text answer, null when none
     */
    public record Item(int number, String key, String type, String promptHtml, String status, double score,
            boolean correct, String answerJson, String answer, String expected, String solutionHtml, String feedback) {

        public boolean awaitingGrade() {
            return "AWAITING_MANUAL".equals(status);
        }

        public boolean unanswered() {
            return "UNANSWERED".equals(status);
        }

        public boolean withdrawn() {
            return "WITHDRAWN".equals(status);
        }
    }
}
