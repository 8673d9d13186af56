package io.pathwise.pathways.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One learner in one course, as the recommender needs it.
 *
 * @param skills     the learner model's state per skill key, for the skills the learner has
 *                   evidence on
 * @param priors     the state of each skill the learner has no evidence on yet (its prior P(known)
 *                   and its guess and slip), by key; the same for every learner of a course, so a
 *                   caller can build it once per course and share it (an immutable map is not copied)
 * @param unseen     the state of a skill in neither map (the learner model's defaults)
 * @param dueReviews mastered skills due for review, in any order
 */
public record LearnerState(Map<String, SkillState> skills, Map<String, SkillState> priors, SkillState unseen,
        List<DueReview> dueReviews) {

    public LearnerState {
        skills = Map.copyOf(skills);
        priors = Map.copyOf(priors);
        Objects.requireNonNull(unseen, "unseen");
        dueReviews = List.copyOf(dueReviews);
    }

    /** A learner whose skills without evidence all take {@code unseen}. */
    public LearnerState(Map<String, SkillState> skills, SkillState unseen, List<DueReview> dueReviews) {
        this(skills, Map.of(), unseen, dueReviews);
    }

    /** Without the priors, which hold every skill of the course and are the same for all its learners. */
    @Override
    public String toString() {
        return "LearnerState[skills=" + skills + ", priors=" + priors.size() + " skills, unseen=" + unseen
                + ", dueReviews=" + dueReviews + "]";
    }

    /** The state of the skill with {@code key}. */
    public SkillState skill(String key) {
        SkillState state = skills.get(key);
        if (state != null) {
            return state;
        }
        state = priors.get(key);
        return state == null ? unseen : state;
    }
}
