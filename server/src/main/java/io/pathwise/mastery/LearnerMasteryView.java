package io.pathwise.mastery;

import java.util.List;

/**
 * A learner's standing in a course, read at once, for a caller that holds every skill's prior
 * already (the recommendations, from {@link MasteryApi#parameters}): only the skills with evidence,
 * so that a learner of a large course costs what they have done, not the size of the course.
 *
 * @param traced     the skills of the course the learner has evidence on, in no particular order;
 *                   every other skill is at its prior
 * @param dueReviews mastered skills of the course whose review is due, most forgotten first
 */
public record LearnerMasteryView(List<Traced> traced, List<DueReviewView> dueReviews) {

    public LearnerMasteryView {
        traced = List.copyOf(traced);
        dueReviews = List.copyOf(dueReviews);
    }

    /**
     * One skill with evidence: P(known) and how many answers it rests on.
     *
     * @param observations answers that counted as evidence (first attempts)
     */
    public record Traced(String skillKey, double known, int observations) {
    }
}
