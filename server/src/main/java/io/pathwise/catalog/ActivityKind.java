package io.pathwise.catalog;

import java.util.Locale;

/** What an activity is for. */
public enum ActivityKind {
    /** Explains and teaches skills. */
    LESSON,
    /** Practice questions that assess skills. */
    PRACTICE;

    /** The lowercase name used in course packages. */
    public String packageName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
