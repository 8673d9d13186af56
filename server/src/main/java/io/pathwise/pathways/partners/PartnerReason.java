package io.pathwise.pathways.partners;

import io.pathwise.catalog.SkillGraphView;
import java.util.List;

/**
 * Why a classmate is suggested, in a sentence a learner reads: "Sam has mastered Adding unlike
 * fractions, which you are working on; you have mastered Equivalent fractions, which Sam is working
 * on." Names skills, never figures.
 */
final class PartnerReason {

    /** Skills named in a sentence; the rest are counted ("and 2 more skills"). */
    static final int NAMED = 3;

    private PartnerReason() {
    }

    static String of(PartnerMatch match) {
        String name = match.classmate().displayName();
        String theyGive = match.canHelpYouWith().isEmpty() ? null
                : name + " has mastered " + names(match.canHelpYouWith()) + ", which you are working on";
        String youGive = match.youCanHelpWith().isEmpty() ? null
                : "mastered " + names(match.youCanHelpWith()) + ", which " + name + " is working on";
        if (theyGive == null) {
            return "You have " + youGive + ".";
        }
        return youGive == null ? theyGive + "." : theyGive + "; you have " + youGive + ".";
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 2 more skills". */
    static String names(List<SkillGraphView.Skill> skills) {
        List<String> named = skills.stream().limit(NAMED).map(SkillGraphView.Skill::name).toList();
        int more = skills.size() - named.size();
        if (more > 0) {
            return String.join(", ", named) + " and " + more + (more == 1 ? " more skill" : " more skills");
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
