package io.pathwise.pathways.engine;

import java.util.Locale;

/** Signs in a learner's recent answers that practising on at the same level is not working. */
public enum Signal {
    /** Answers given much faster than the item takes: guessing, not working it out. */
    RAPID_GUESSING,
    /** Most recent answers needed hints. */
    HEAVY_HINT_USE,
    /** The latest answers were all wrong. */
    WRONG_ANSWERS;

    /** The name the API and the pages give the signal: {@code rapid-guessing}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
