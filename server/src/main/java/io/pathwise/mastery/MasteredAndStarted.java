package io.pathwise.mastery;

import java.util.Set;

/**
 * A learner's skills of a course, as sets of keys: those mastered, and those with any evidence.
 * What {@link SkillMasteryView#mastered()} and a positive {@link SkillMasteryView#observations()}
 * say, without a view of every skill of the course.
 */
public record MasteredAndStarted(Set<String> mastered, Set<String> started) {

    static final MasteredAndStarted NOTHING_YET = new MasteredAndStarted(Set.of(), Set.of());

    public MasteredAndStarted {
        mastered = Set.copyOf(mastered);
        started = Set.copyOf(started);
    }
}
