package io.pathwise.mastery;

import java.util.List;

/**
 * A learner's standing in a course, read at once, for a caller that holds every skill's prior
 * already (the recommendations, from {@link MasteryApi#parameters}): only the skills with evidence,
 * so that a learner of a large course costs what they have done, not the size of the course.
 *
 * @param traced     the skills the learner has evidence on, in the course's skill order; every
 *                   other skill is at its prior
 * @param dueReviews mastered skills whose review is due, most forgotten first
 */
public record LearnerMasteryView(List<SkillMasteryView> traced, List<DueReviewView> dueReviews) {

    public LearnerMasteryView {
        traced = List.copyOf(traced);
        dueReviews = List.copyOf(dueReviews);
    }
}
