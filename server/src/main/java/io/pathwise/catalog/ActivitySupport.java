package io.pathwise.catalog;

import java.util.Locale;

/**
 * Whether an activity is help for a learner who struggles, as its author marks it: recommendations
 * offer an easier step after a run of wrong answers and a worked example to a learner who guesses
 * or leans on hints (docs/pathways.md).
 */
public enum ActivitySupport {
    /** An ordinary activity. */
    NONE,
    /** A smaller, easier step towards its skills. */
    EASIER_STEP,
    /** A fully worked solution to study. */
    WORKED_EXAMPLE;

    /** The name used in course packages ({@code easier-step}, {@code worked-example}). */
    public String packageName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
