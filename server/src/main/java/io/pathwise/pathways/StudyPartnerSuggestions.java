package io.pathwise.pathways;

import java.util.List;

/**
 * A learner's study partners in a course: classmates who opted in and whose mastery complements
 * theirs, best first. Shows names and skill names only, never anyone's mastery figures.
 *
 * @param optedIn whether the learner has opted in; without it {@code partners} is empty
 * @param partners at most five classmates, mutual help first
 * @param message what to do when {@code partners} is empty (how to opt in, or why nobody matches);
 *        null when there are partners
 */
public record StudyPartnerSuggestions(boolean optedIn, List<Partner> partners, String message) {

    /**
     * A classmate to study with.
     *
     * @param canHelpYouWith skills the classmate has mastered and the learner is working on
     * @param youCanHelpWith skills the learner has mastered and the classmate is working on
     * @param mutual whether both lists are non-empty
     * @param reason both lists in a sentence, e.g. "Sam has mastered Adding unlike fractions, which
     *        you are working on; you have mastered Equivalent fractions, which Sam is working on."
     */
    public record Partner(String displayName, List<Skill> canHelpYouWith, List<Skill> youCanHelpWith, boolean mutual,
            String reason) {
    }

    /** A skill of the course by its key and name. */
    public record Skill(String key, String name) {
    }
}
