package io.pathwise.pathways.stuck;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.MembershipView;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.SkillBeingLearned;
import io.pathwise.pathways.StuckLearnerView;
import io.pathwise.pathways.StuckLearnersPage;
import io.pathwise.pathways.StuckLearnersRequest;
import io.pathwise.pathways.engine.Answer;
import io.pathwise.pathways.engine.RecommendationPolicy;
import io.pathwise.pathways.engine.Signal;
import io.pathwise.pathways.engine.SignalRules;
import io.pathwise.pathways.plan.EvidenceAnswers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The course's learners who may be stuck, for its staff, the most recently active first. A learner
 * is listed for each skill they are learning (evidence, not mastered) on which either
 *
 * <ul>
 * <li>their latest answers show one of the recommender's signals ({@link SignalRules#DEFAULT}, the
 *     rules their own "What next" reads, so staff and learner see the same thing), or</li>
 * <li>they have answered on it {@value #MANY_ANSWERS} times or more and it is not mastered:
 *     "wheel-spinning" in Beck &amp; Gong (2013), who found that a learner who has not mastered a skill
 *     within ten practice opportunities rarely does by practising more of the same. (Answers given
 *     while the skill was mastered, before it fell back below the threshold, count too.)</li>
 * </ul>
 *
 * <p>Every learner's latest answers are read at once ({@link MasteryApi#skillsBeingLearned}), so the
 * list costs one query whatever the class size; only learners of the course (not staff, not xAPI
 * actors without an account) are listed.
 */
@Component
public class StuckLearners {

    /** Answers on a skill not mastered after which the learner may be wheel-spinning. */
    static final int MANY_ANSWERS = 10;

    /** The name of the sign that is not one of the recommender's signals. */
    static final String MANY_ANSWERS_WITHOUT_MASTERY = "many-answers-without-mastery";

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final MasteryApi mastery;
    private final SignalRules rules = RecommendationPolicy.DEFAULTS.signals();
    private final StaffReasons reasons = new StaffReasons(rules);

    StuckLearners(CatalogApi catalog, IdentityApi identity, MasteryApi mastery) {
        this.catalog = catalog;
        this.identity = identity;
        this.mastery = mastery;
    }

    public StuckLearnersPage page(CourseSummary course, StuckLearnersRequest request) {
        List<StuckLearnerView> all = all(course);
        List<StuckLearnersRequest.Place> places = all.stream().map(StuckLearners::place).toList();
        int from = 0;
        if (request.after() != null) {
            int at = Collections.binarySearch(places, request.after(), StuckLearnersRequest.Place.ORDER);
            from = at >= 0 ? at + 1 : -at - 1;
        }
        int to = Math.min(all.size(), from + request.limit());
        List<StuckLearnerView> page = all.subList(from, to);
        String next = to < all.size() ? StuckLearnersRequest.encode(places.get(to - 1)) : null;
        return new StuckLearnersPage(page, all.size(), next);
    }

    /** The skills one learner of the course may be stuck on, the one with the latest answer first; none when none. */
    public List<StuckLearnerView.Skill> skillsOf(CourseSummary course, UUID userId) {
        return stuckSkills(course, mastery.skillsBeingLearned(course, userId, rules.window())).getOrDefault(userId, List.of());
    }

    /** Every learner of the course who may be stuck, in the list's order. */
    private List<StuckLearnerView> all(CourseSummary course) {
        Map<UUID, List<StuckLearnerView.Skill>> stuckSkills = stuckSkills(course,
                mastery.skillsBeingLearned(course, rules.window()));
        List<StuckLearnerView> stuck = new ArrayList<>();
        if (stuckSkills.isEmpty()) {
            return stuck;
        }
        for (MembershipView learner : identity.learners(course.id())) {
            List<StuckLearnerView.Skill> skills = stuckSkills.get(learner.userId());
            if (skills != null) {
                stuck.add(new StuckLearnerView(learner.userId(), learner.displayName(), skills.get(0).lastAnswerAt(), skills));
            }
        }
        stuck.sort(Comparator.comparing(StuckLearners::place, StuckLearnersRequest.Place.ORDER));
        return stuck;
    }

    /** The skills each user may be stuck on, each user's with the latest answer first; users with none are absent. */
    private Map<UUID, List<StuckLearnerView.Skill>> stuckSkills(CourseSummary course, List<SkillBeingLearned> learning) {
        if (learning.isEmpty()) {
            return Map.of();
        }
        Map<String, String> skillNames = new HashMap<>();
        for (SkillGraphView.Skill skill : catalog.skillGraph(course).skills()) {
            skillNames.put(skill.key(), skill.name());
        }
        Map<String, Double> typical = mastery.typicalSeconds(course);
        Map<UUID, List<StuckLearnerView.Skill>> stuckSkills = new HashMap<>();
        for (SkillBeingLearned skill : learning) {
            List<Answer> answers = EvidenceAnswers.oldestFirst(skill.recent(), typical);
            Set<Signal> signals = rules.detect(answers);
            int many = skill.observations() >= MANY_ANSWERS ? skill.observations() : 0;
            if (signals.isEmpty() && many == 0) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Signal signal : new Signal[] {Signal.WRONG_ANSWERS, Signal.HEAVY_HINT_USE, Signal.RAPID_GUESSING}) {
                if (signals.contains(signal)) {
                    names.add(signal.key());
                }
            }
            if (many > 0) {
                names.add(MANY_ANSWERS_WITHOUT_MASTERY);
            }
            stuckSkills.computeIfAbsent(skill.userId(), k -> new ArrayList<>()).add(new StuckLearnerView.Skill(
                    skill.skillKey(), skillNames.getOrDefault(skill.skillKey(), skill.skillKey()), skill.known(),
                    skill.observations(), skill.recent().get(0).at(), names, reasons.of(signals, answers, many)));
        }
        Comparator<StuckLearnerView.Skill> latestFirst = Comparator.comparing(StuckLearnerView.Skill::lastAnswerAt,
                Comparator.reverseOrder()).thenComparing(StuckLearnerView.Skill::skillKey);
        stuckSkills.values().forEach(skills -> skills.sort(latestFirst));
        return stuckSkills;
    }

    private static StuckLearnersRequest.Place place(StuckLearnerView learner) {
        return new StuckLearnersRequest.Place(learner.lastAnswerAt(), learner.userId());
    }
}
