package io.pathwise.pathways.partners;

import io.pathwise.catalog.SkillGraphView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks a learner's classmates as study partners, from mastered and started skills alone; pure and
 * deterministic.
 *
 * <p>A learner is <em>working on</em> a skill they have not mastered and either have started or are
 * ready for (every prerequisite mastered, as the next steps count readiness). A classmate helps the
 * learner with each skill the classmate has mastered and the learner is working on, and the other
 * way round. Only classmates with at least one such skill are partners, ranked: mutual help first
 * (each can teach the other something, so both gain from meeting), then more skills in all, then by
 * name and id so that equal candidates always come in the same order.
 */
final class PartnerMatcher {

    private static final Comparator<PartnerMatch> BEST_FIRST = Comparator
            .comparing((PartnerMatch m) -> !m.mutual())
            .thenComparing(Comparator.comparingInt(PartnerMatch::skills).reversed())
            .thenComparing(m -> m.classmate().displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(m -> m.classmate().displayName())
            .thenComparing(m -> m.classmate().userId());

    private final List<SkillGraphView.Skill> skills;

    /** Matches over the course's skills, whose order (the course's) the reasons keep. */
    PartnerMatcher(SkillGraphView graph) {
        this.skills = List.copyOf(graph.skills());
    }

    /** The skills the learner is working on, by key. */
    Set<String> workingOn(Classmate learner) {
        Set<String> working = new HashSet<>();
        for (SkillGraphView.Skill skill : skills) {
            if (!learner.mastered().contains(skill.key())
                    && (learner.started().contains(skill.key()) || learner.mastered().containsAll(skill.prerequisites()))) {
                working.add(skill.key());
            }
        }
        return working;
    }

    /**
     * The learner's partners, best first, at most {@code limit}: classmates in {@code optedIn} other
     * than the learner, with something to give or take. A learner who has not opted in gets none.
     */
    List<PartnerMatch> rank(Classmate learner, Collection<Classmate> classmates, Set<UUID> optedIn, int limit) {
        if (!optedIn.contains(learner.userId())) {
            return List.of();
        }
        Set<String> learnerWorkingOn = workingOn(learner);
        List<PartnerMatch> matches = new ArrayList<>();
        for (Classmate classmate : classmates) {
            if (classmate.userId().equals(learner.userId()) || !optedIn.contains(classmate.userId())) {
                continue;
            }
            Set<String> classmateWorkingOn = workingOn(classmate);
            List<SkillGraphView.Skill> theyGive = new ArrayList<>();
            List<SkillGraphView.Skill> youGive = new ArrayList<>();
            for (SkillGraphView.Skill skill : skills) {
                if (classmate.mastered().contains(skill.key()) && learnerWorkingOn.contains(skill.key())) {
                    theyGive.add(skill);
                }
                if (learner.mastered().contains(skill.key()) && classmateWorkingOn.contains(skill.key())) {
                    youGive.add(skill);
                }
            }
            if (!theyGive.isEmpty() || !youGive.isEmpty()) {
                matches.add(new PartnerMatch(classmate, List.copyOf(theyGive), List.copyOf(youGive)));
            }
        }
        return matches.stream().sorted(BEST_FIRST).limit(limit).toList();
    }
}
