package io.pathwise.pathways.engine;

/** Whether an activity is help for a learner who struggles, and which kind. */
public enum Support {
    /** An ordinary activity: teaches or practises its skills. */
    NONE,
    /** A smaller, easier step towards its skills, for a learner whose answers keep going wrong. */
    EASIER_STEP,
    /** A fully worked solution to study, for a learner who guesses or leans on hints. */
    WORKED_EXAMPLE
}
