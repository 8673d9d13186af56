package io.pathwise.pathways.partners;

import io.pathwise.catalog.SkillGraphView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

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
    private final Map<String, Integer> positions = new HashMap<>();

    /** Matches over the course's skills, whose order (the course's) the reasons keep. */
    PartnerMatcher(SkillGraphView graph) {
        this.skills = List.copyOf(graph.skills());
        for (int i = 0; i < skills.size(); i++) {
            positions.put(skills.get(i).key(), i);
        }
    }

    /** The skills the learner is working on, by key. */
    Set<String> workingOn(Classmate learner) {
        Set<String> working = new HashSet<>();
        for (SkillGraphView.Skill skill : skills) {
            if (isWorkingOn(learner, skill.key())) {
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
            // Only mastered skills can be given, so each side is found from the giver's mastered
            // skills rather than from every skill of the course: a learner is compared with every
            // classmate who opted in, and a course may have hundreds of skills.
            List<SkillGraphView.Skill> theyGive = inCourseOrder(classmate.mastered(), learnerWorkingOn::contains);
            List<SkillGraphView.Skill> youGive = inCourseOrder(learner.mastered(), key -> isWorkingOn(classmate, key));
            if (!theyGive.isEmpty() || !youGive.isEmpty()) {
                matches.add(new PartnerMatch(classmate, theyGive, youGive));
            }
        }
        return matches.stream().sorted(BEST_FIRST).limit(limit).toList();
    }

    /** Whether the learner is working on the skill (see the class comment). */
    private boolean isWorkingOn(Classmate learner, String skillKey) {
        Integer position = positions.get(skillKey);
        if (position == null || learner.mastered().contains(skillKey)) {
            return false;
        }
        return learner.started().contains(skillKey) || learner.mastered().containsAll(skills.get(position).prerequisites());
    }

    /** The skills of the course among {@code keys} that pass {@code test}, in the course's order. */
    private List<SkillGraphView.Skill> inCourseOrder(Set<String> keys, Predicate<String> test) {
        List<Integer> found = new ArrayList<>();
        for (String key : keys) {
            Integer position = positions.get(key);
            if (position != null && test.test(key)) {
                found.add(position);
            }
        }
        Collections.sort(found);
        return found.stream().map(skills::get).toList();
    }
}
