package io.pathwise.pathways.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One learner in one course, as the recommender needs it.
 *
 * @param skills     the learner model's state per skill key; skills not in the map take
 *                   {@code unseen}
 * @param unseen     the state of a skill the learner has no evidence on (its prior P(known) and
 *                   default guess and slip)
 * @param dueReviews mastered skills due for review, in any order
 */
public record LearnerState(Map<String, SkillState> skills, SkillState unseen, List<DueReview> dueReviews) {

    public LearnerState {
        skills = Map.copyOf(skills);
        Objects.requireNonNull(unseen, "unseen");
        dueReviews = List.copyOf(dueReviews);
    }

    /** The state of the skill with {@code key}. */
    public SkillState skill(String key) {
        SkillState state = skills.get(key);
        return state == null ? unseen : state;
    }
}
