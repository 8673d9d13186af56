package io.pathwise.pathways.engine;

/** Why an activity is recommended. */
public enum RecommendationKind {
    /** A skill the learner is ready for: its prerequisites are mastered, it is not. */
    LEARN,
    /** A mastered skill due for review. */
    REVIEW,
    /** A smaller step on a skill whose answers keep going wrong. */
    EASIER_STEP,
    /** A worked solution on a skill the learner guesses at or needs many hints for. */
    WORKED_EXAMPLE
}
