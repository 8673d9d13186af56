package io.pathwise.assessment.item;

import java.time.Instant;
import java.util.List;

/**
 * A quiz's settings and the items it asks, as its author wrote them ({@code assessment/quizzes/<activity>.yaml}).
 *
 * @param activityKey the catalog activity (of type quiz) this quiz belongs to
 * @param timeLimitMinutes null for no limit
 * @param allowedAttempts null for unlimited
 * @param opens null when always open
 * @param due null when there is no due date
 * @param passingScore share of the maximum score, 0 to 1
 * @param items fixed items, by key, in order
 * @param draws items drawn per attempt from those tagged with a skill
 */
public record QuizDefinition(String activityKey, QuizMode mode, Integer timeLimitMinutes, Integer allowedAttempts,
        Instant opens, Instant due, FeedbackPolicy feedback, double passingScore, boolean shuffleItems,
        List<String> items, List<Draw> draws) {

    /**
     * When results (with right answers and solutions) of a quiz with feedback after the due date
     * may be shown: only once no submission can count any more, the due date plus the offline grace
     * window; null when the quiz has no due date.
     */
    public Instant resultsReleasedAt(java.time.Duration offlineGrace) {
        return due == null ? null : due.plus(offlineGrace);
    }

    public enum QuizMode {
        /** Counts: the attempt limit applies and the grade goes to the grade book. */
        GRADED,
        /** For learning: unlimited attempts and immediate feedback. */
        PRACTICE
    }

    public enum FeedbackPolicy {
        /** Right or wrong after each answer is checked, and the result at once. */
        IMMEDIATE,
        /** The result and per-item feedback once the attempt is submitted. */
        AFTER_SUBMISSION,
        /** Only the fact of submission until the due date has passed. */
        AFTER_DUE
    }

    /** {@code count} items drawn from those tagged with {@code skill}. */
    public record Draw(String skill, int count) {
    }
}
