package io.pathwise.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of a course's grade book for its staff, as {@link AssessmentApi#gradebook} gives it: per quiz
 * the attempts of the page's learners and the item statistics, and the log of answer-key changes.
 *
 * @param regrades newest first
 * @param learnerCount how many learners made an attempt at any of the course's quizzes
 * @param nextCursor the cursor of the next page of learners; null on the last
 */
public record Gradebook(String courseSlug, String courseTitle, List<Quiz> quizzes, List<Regrade> regrades,
        int learnerCount, String nextCursor) {

    /**
     * One quiz.
     *
     * @param attemptColumns the most attempts any learner of the page made: the grade book's attempt columns
     * @param learners the page's learners with an attempt at this quiz, by name
     */
    public record Quiz(String activityKey, String title, boolean graded, double passingScore, int attemptColumns,
            List<Learner> learners, List<ItemFigures> items) {
    }

    /** A learner with their attempts at one quiz, by attempt number. */
    public record Learner(UUID id, String name, Map<Integer, Attempt> attempts) {

        /** The attempt with this number, or null when the learner made fewer. */
        public Attempt attempt(int number) {
            return attempts.get(number);
        }
    }

    /**
     * One attempt; {@code score}, {@code maxScore} and {@code passed} are null while it is open,
     * {@code passed} also while free-text answers wait.
     */
    public record Attempt(UUID id, int number, AttemptStatus status, Instant submittedAt, boolean late, Double score,
            Double maxScore, Boolean passed) {
    }

    /**
     * Classical statistics of one item over the graded answers to it (answers waiting for an
     * instructor are left out until graded).
     *
     * @param meanScore the item's facility, 0 to 1
     * @param correctShare the share of responses with full credit, 0 to 1
     * @param discrimination the correlation of the item's score with the rest of the attempt's score,
     *     -1 to 1; null with fewer than 5 responses or when every response scored the same
     */
    public record ItemFigures(String itemKey, int responses, int answered, double meanScore, double correctShare,
            double meanSeconds, double meanHints, Double discrimination) {
    }

    /**
     * One change of an item's answer key and how many submitted attempts it regraded.
     *
     * @param changedBy the person's name, null for a package import made by the system
     */
    public record Regrade(String itemKey, int fromVersion, int toVersion, String changedBy, Instant changedAt,
            int attemptsRegraded) {
    }
}
