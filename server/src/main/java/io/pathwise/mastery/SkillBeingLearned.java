package io.pathwise.mastery;

import java.util.List;
import java.util.UUID;

/**
 * A skill a learner has evidence on but has not mastered, with their latest answers on it: what a
 * course-wide look for learners who may be stuck reads, for every learner at once.
 *
 * @param observations answers that counted as evidence (first attempts), all of them
 * @param recent       the latest of those answers, newest first (at most as many as asked for)
 */
public record SkillBeingLearned(UUID userId, String skillKey, double known, int observations, List<RecentAnswer> recent) {

    public SkillBeingLearned {
        recent = List.copyOf(recent);
    }
}
