package io.pathwise.pathways.engine;

/** Signs in a learner's recent answers that practising on at the same level is not working. */
public enum Signal {
    /** Answers given much faster than the item takes: guessing, not working it out. */
    RAPID_GUESSING,
    /** Most recent answers needed hints. */
    HEAVY_HINT_USE,
    /** The latest answers were all wrong. */
    WRONG_ANSWERS
}
