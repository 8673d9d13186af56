package io.pathwise.pathways.partners;

import io.pathwise.catalog.SkillGraphView;
import java.util.List;

/**
 * A classmate who complements the learner.
 *
 * @param canHelpYouWith skills the classmate has mastered and the learner is working on, in course order
 * @param youCanHelpWith skills the learner has mastered and the classmate is working on, in course order
 */
record PartnerMatch(Classmate classmate, List<SkillGraphView.Skill> canHelpYouWith,
        List<SkillGraphView.Skill> youCanHelpWith) {

    /** Each can help the other. */
    boolean mutual() {
        return !canHelpYouWith.isEmpty() && !youCanHelpWith.isEmpty();
    }

    /** How many skills the match is about, both ways. */
    int skills() {
        return canHelpYouWith.size() + youCanHelpWith.size();
    }
}
