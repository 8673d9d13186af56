package io.pathwise.shared.xapi;

/**
 * Pathwise's own xAPI extensions: a published contract between whoever records evidence (Pathwise
 * quizzes, or any xAPI client that wants its answers to move mastery) and whoever reads it (the
 * learner model). Documented in docs/mastery.md.
 */
public final class PathwiseExtensions {

    /** Context extension: a JSON array of the course's skill keys the answer is evidence for. */
    public static final String SKILLS = "https://w3id.org/pathwise/xapi/extensions/skills";
    /** Result extension: how many hints the learner opened before answering (a number). */
    public static final String HINTS_USED = "https://w3id.org/pathwise/xapi/extensions/hints-used";
    /** Result extension: whether the answer was the learner's first try at the item (a boolean). */
    public static final String FIRST_TRY = "https://w3id.org/pathwise/xapi/extensions/first-try";

    private PathwiseExtensions() {
    }
}
