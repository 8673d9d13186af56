package io.pathwise.mastery;

import java.util.List;

/**
 * A learner's whole standing in a course, read at once: what {@link MasteryApi#ofLearner} and
 * {@link MasteryApi#dueReviews} give, for a caller that needs both (the recommendations).
 *
 * @param skills     every skill of the course, in the course's skill order
 * @param dueReviews mastered skills whose review is due, most forgotten first
 */
public record LearnerMasteryView(List<SkillMasteryView> skills, List<DueReviewView> dueReviews) {

    public LearnerMasteryView {
        skills = List.copyOf(skills);
        dueReviews = List.copyOf(dueReviews);
    }
}
