package io.pathwise.mastery.tracing;

import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.review.ReviewScheduler;
import io.pathwise.mastery.review.ReviewState;
import java.time.Instant;
import java.util.List;

/**
 * A learner's progress on one skill, and the one rule that moves it: each observation is a BKT step;
 * crossing the mastery threshold upwards marks the skill mastered and starts its review schedule;
 * an observation of a mastered skill is also a review; falling back below the threshold ends the
 * mastery and its schedule (the skill is being learned again). The online update is one step;
 * a replay (late or voided evidence, new parameters) is every step from the prior, so both agree.
 *
 * @param review the review schedule, while mastered; else null
 */
record SkillProgress(double known, int observations, int correct, Instant lastObservedAt, Instant masteredAt,
        ReviewState review) {

    static SkillProgress start(BktParameters parameters) {
        return new SkillProgress(parameters.prior(), 0, 0, null, null, null);
    }

    SkillProgress step(BktParameters parameters, boolean right, Instant at, double threshold, ReviewScheduler reviews) {
        double next = parameters.update(known, right);
        Instant mastered = masteredAt;
        ReviewState schedule = review;
        if (next >= threshold) {
            if (mastered == null) {
                mastered = at;
                schedule = reviews.start(io.pathwise.mastery.review.Grade.of(right), at);
            } else {
                schedule = schedule == null ? reviews.start(io.pathwise.mastery.review.Grade.of(right), at)
                        : reviews.review(schedule, right, at);
            }
        } else {
            mastered = null;
            schedule = null;
        }
        return new SkillProgress(next, observations + 1, correct + (right ? 1 : 0), at, mastered, schedule);
    }

    /** The progress of a whole sequence of observations (right or wrong, at), in order. */
    static SkillProgress replay(BktParameters parameters, List<Boolean> rights, List<Instant> times, double threshold,
            ReviewScheduler reviews) {
        SkillProgress progress = start(parameters);
        for (int i = 0; i < rights.size(); i++) {
            progress = progress.step(parameters, rights.get(i), times.get(i), threshold, reviews);
        }
        return progress;
    }
}
