package io.pathwise.pathways.engine;

import java.util.List;

/**
 * What the learner model knows about one learner and one skill. The engine does not compute
 * mastery: these are the learner model's figures.
 *
 * @param known         P(known), the probability that the learner knows the skill
 * @param guess         P(right answer while not known) for an item of average difficulty
 * @param slip          P(wrong answer while known) for an item of average difficulty
 * @param recentAnswers the learner's latest answers on the skill, oldest first (only the last few
 *                      are read)
 */
public record SkillState(double known, double guess, double slip, List<Answer> recentAnswers) {

    public SkillState {
        probability(known, "known");
        probability(guess, "guess");
        probability(slip, "slip");
        recentAnswers = List.copyOf(recentAnswers);
    }

    /** A skill with no answers yet. */
    public static SkillState unseen(double known, double guess, double slip) {
        return new SkillState(known, guess, slip, List.of());
    }

    private static void probability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be from 0 to 1, was " + value);
        }
    }
}
