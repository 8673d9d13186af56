package io.pathwise.catalog;

import java.util.Locale;

/** What an activity is for. */
public enum ActivityKind {
    /** Explains and teaches skills. */
    LESSON,
    /** Practice questions that assess skills. */
    PRACTICE,
    /** A graded or practice quiz; its items and settings belong to the assessment module. */
    QUIZ;

    /** The name a page shows for the kind. */
    public String label() {
        return switch (this) {
            case LESSON -> "Lesson";
            case PRACTICE -> "Practice";
            case QUIZ -> "Quiz";
        };
    }

    /** The lowercase name used in course packages. */
    public String packageName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
