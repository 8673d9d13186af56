package io.pathwise.pathways.engine;

/**
 * A mastered skill the review schedule says is due.
 *
 * @param skill          the skill's key
 * @param retrievability the probability that the learner still recalls it now, 0 to 1; lower is
 *                       reviewed first
 */
public record DueReview(String skill, double retrievability) {

    public DueReview {
        Skill.requireText(skill, "skill");
        if (!(retrievability >= 0 && retrievability <= 1)) {
            throw new IllegalArgumentException("retrievability must be from 0 to 1, was " + retrievability);
        }
    }
}
