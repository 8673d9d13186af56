package io.pathwise.assessment;

/** Where an attempt is in its life. */
public enum AttemptStatus {
    /** Started; answers can be saved and submitted. */
    OPEN,
    /** Submitted, with free-text answers waiting for an instructor; the score is not final. */
    AWAITING_GRADING,
    /** Submitted (or closed at its deadline) and fully graded. */
    GRADED
}
