package io.pathwise.mastery;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.MembershipView;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.SkillState;
import io.pathwise.mastery.store.StateStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The instructor's heat map, a page at a time. Ranking every learner needs only how many skills
 * each has mastered, which the database counts; the estimates themselves are read for the page's
 * learners only, so a page costs the same in a course of 30 learners as in one of 30,000.
 */
@Component
class CourseMasteryMap {

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final StateStore states;
    private final ParameterStore parameters;
    private final MasteryProperties properties;

    CourseMasteryMap(CatalogApi catalog, IdentityApi identity, StateStore states, ParameterStore parameters,
            MasteryProperties properties) {
        this.catalog = catalog;
        this.identity = identity;
        this.states = states;
        this.parameters = parameters;
        this.properties = properties;
    }

    MasteryMapView page(CourseSummary course, MasteryMapRequest request) {
        double threshold = properties.threshold();
        List<SkillGraphView.Skill> skills = catalog.skillGraph(course).skills();
        Map<String, ParameterStore.Fitted> fitted = parameters.fitted(course.id());
        List<MasteryMapRequest.Rank> ranking = ranking(course, skills, fitted, threshold);
        List<MasteryMapRequest.Rank> page = new ArrayList<>(request.limit());
        int next = request.after() == null ? 0 : firstAfter(ranking, request.after());
        for (int i = next; i < ranking.size() && page.size() < request.limit(); i++) {
            page.add(ranking.get(i));
        }
        boolean more = next + page.size() < ranking.size();
        return new MasteryMapView(skills.stream().map(s -> new MasteryMapView.Skill(s.key(), s.name())).toList(),
                rows(course, skills, fitted, page), threshold, ranking.size(),
                more ? MasteryMapRequest.encode(page.get(page.size() - 1)) : null);
    }

    /** Every learner of the course in heat-map order. */
    private List<MasteryMapRequest.Rank> ranking(CourseSummary course, List<SkillGraphView.Skill> skills,
            Map<String, ParameterStore.Fitted> fitted, double threshold) {
        MasteredCounts mastered = masteredCounts(course, skills, fitted, threshold);
        List<MasteryMapRequest.Rank> ranking = new ArrayList<>();
        for (MembershipView learner : identity.learners(course.id())) {
            ranking.add(new MasteryMapRequest.Rank(mastered.of(learner.userId()),
                    learner.displayName(), learner.userId()));
        }
        ranking.sort(MasteryMapRequest.Rank.ORDER);
        return ranking;
    }

    /**
     * How many of the course's skills each learner has mastered: a skill counts when its estimate,
     * or without one its prior, reaches the threshold.
     *
     * <p>The database counts the estimates at the threshold or above. Two kinds of skill need a
     * correction from their estimates: skills the course no longer has (their estimates were counted
     * but must not be), and skills whose prior alone reaches the threshold (counted for everyone as
     * mastered, so an estimate of them replaces that count). Both are rare, so that read is small.
     */
    private MasteredCounts masteredCounts(CourseSummary course, List<SkillGraphView.Skill> skills,
            Map<String, ParameterStore.Fitted> fitted, double threshold) {
        Set<String> plain = new HashSet<>();
        Set<String> masteredByPrior = new HashSet<>();
        for (SkillGraphView.Skill skill : skills) {
            (MasteryApi.prior(fitted, skill.key()) >= threshold ? masteredByPrior : plain).add(skill.key());
        }
        Map<UUID, Integer> counts = new HashMap<>();
        for (Map.Entry<UUID, Integer> atLeast : states.countAtLeast(course.id(), threshold).entrySet()) {
            counts.put(atLeast.getKey(), masteredByPrior.size() + atLeast.getValue());
        }
        Set<String> toCorrect = states.skillKeysOf(course.id());
        toCorrect.removeAll(plain);
        for (SkillState state : states.ofCourseSkills(course.id(), toCorrect)) {
            boolean atThreshold = state.known() >= threshold;
            // A skill whose prior reaches the threshold was counted by its prior and, when the estimate
            // reaches it too, by the database: it counts once, when the estimate reaches it. A skill
            // the course no longer has does not count.
            int overcounted = masteredByPrior.contains(state.skillKey()) || atThreshold ? 1 : 0;
            counts.put(state.userId(), counts.getOrDefault(state.userId(), masteredByPrior.size()) - overcounted);
        }
        return new MasteredCounts(counts, masteredByPrior.size());
    }

    /** Mastered skills by user; a user without evidence has those whose prior reaches the threshold. */
    private record MasteredCounts(Map<UUID, Integer> withEvidence, int withoutEvidence) {

        int of(UUID userId) {
            return withEvidence.getOrDefault(userId, withoutEvidence);
        }
    }

    private static int firstAfter(List<MasteryMapRequest.Rank> ranking, MasteryMapRequest.Rank after) {
        int at = Collections.binarySearch(ranking, after, MasteryMapRequest.Rank.ORDER);
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The page's rows: each learner's estimate of every skill, the prior where there is none. */
    private List<MasteryMapView.Learner> rows(CourseSummary course, List<SkillGraphView.Skill> skills,
            Map<String, ParameterStore.Fitted> fitted, List<MasteryMapRequest.Rank> page) {
        Map<UUID, Map<String, Double>> known = new HashMap<>();
        for (SkillState state : states.ofCourseUsers(course.id(), page.stream().map(MasteryMapRequest.Rank::userId).toList())) {
            known.computeIfAbsent(state.userId(), k -> new HashMap<>()).put(state.skillKey(), state.known());
        }
        List<MasteryMapView.Learner> rows = new ArrayList<>(page.size());
        for (MasteryMapRequest.Rank learner : page) {
            Map<String, Double> mine = known.getOrDefault(learner.userId(), Map.of());
            List<Double> row = new ArrayList<>(skills.size());
            for (SkillGraphView.Skill skill : skills) {
                Double estimate = mine.get(skill.key());
                row.add(estimate != null ? estimate : MasteryApi.prior(fitted, skill.key()));
            }
            rows.add(new MasteryMapView.Learner(learner.userId(), learner.displayName(), row, learner.mastered()));
        }
        return rows;
    }
}
