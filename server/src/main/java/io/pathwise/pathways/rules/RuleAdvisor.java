package io.pathwise.pathways.rules;

import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.RecentAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a course's rules say about a learner's next steps: the activities fired rules recommend, and
 * the activities of units still locked for the learner, which no step may name. A course without
 * rules costs one query.
 */
@Component
public class RuleAdvisor {

    /** How many of the learner's latest answers are looked through for answers in a recommended activity. */
    static final int ANSWERS_SCANNED = 500;

    /**
     * The rules' advice for one learner.
     *
     * @param recommendations activities to put first, in the rules file's order, each once
     * @param lockedActivities keys of the activities in units locked for the learner
     */
    public record Advice(List<Recommended> recommendations, Set<String> lockedActivities) {

        public static final Advice NONE = new Advice(List.of(), Set.of());

        public boolean recommends(String activityKey) {
            return recommendations.stream().anyMatch(r -> r.activity().key().equals(activityKey));
        }
    }

    /** An activity a rule recommends, with the reason the learner reads. */
    public record Recommended(String ruleId, ActivitySummary activity, String reason) {
    }

    private final RuleStore rules;
    private final FiringStore firings;
    private final FactsReader facts;
    private final CatalogApi catalog;
    private final MasteryApi mastery;

    RuleAdvisor(RuleStore rules, FiringStore firings, FactsReader facts, CatalogApi catalog, MasteryApi mastery) {
        this.rules = rules;
        this.firings = firings;
        this.facts = facts;
        this.catalog = catalog;
        this.mastery = mastery;
    }

    /**
     * The advice for the learner now. A fired rule's recommendation stands while the rule's
     * conditions still hold, until the learner answers in the activity after the rule fired, and
     * never for an activity of a locked unit.
     */
    public Advice advise(CourseSummary course, UUID userId) {
        RuleSet set = rules.rules(course);
        if (set.isEmpty()) {
            return Advice.NONE;
        }
        Set<String> lockedUnits = new HashSet<>(set.lockedUnits());
        if (!lockedUnits.isEmpty()) {
            firings.unlocked(course.id(), userId).forEach(unlocked -> lockedUnits.remove(unlocked.unitKey()));
        }
        Map<String, Instant> fired = firings.fired(course.id(), userId);
        List<Rule> recommending = set.rules().stream()
                .filter(rule -> fired.containsKey(rule.id()) && !rule.actions(Action.Recommend.class).isEmpty()).toList();
        if (lockedUnits.isEmpty() && recommending.isEmpty()) {
            return Advice.NONE;
        }
        CourseOutline outline = catalog.outline(course);
        Map<String, ActivitySummary> activities = new HashMap<>();
        Set<String> lockedActivities = new HashSet<>();
        for (CourseOutline.Unit unit : outline.units()) {
            for (ActivitySummary activity : unit.activities()) {
                activities.put(activity.key(), activity);
                if (lockedUnits.contains(unit.key())) {
                    lockedActivities.add(activity.key());
                }
            }
        }
        List<Recommended> recommended = recommending.isEmpty() ? List.of()
                : recommended(course, userId, recommending, fired, activities, lockedActivities);
        return new Advice(recommended, Set.copyOf(lockedActivities));
    }

    private List<Recommended> recommended(CourseSummary course, UUID userId, List<Rule> recommending,
            Map<String, Instant> fired, Map<String, ActivitySummary> activities, Set<String> locked) {
        LearnerFacts learner = facts.of(course, userId, firings.started(course.id(), userId).orElse(null));
        List<RecentAnswer> answers = new ArrayList<>();
        mastery.recentAnswers(course, userId, ANSWERS_SCANNED, ANSWERS_SCANNED).values().forEach(answers::addAll);
        Map<String, Recommended> byActivity = new LinkedHashMap<>();
        for (Rule rule : recommending) {
            if (!rule.holds(learner)) {
                continue;
            }
            for (Action.Recommend action : rule.actions(Action.Recommend.class)) {
                ActivitySummary activity = activities.get(action.activity());
                if (activity != null && !locked.contains(activity.key())
                        && !answeredSince(answers, activity, fired.get(rule.id()))) {
                    byActivity.putIfAbsent(activity.key(), new Recommended(rule.id(), activity, action.reasonOrDefault()));
                }
            }
        }
        return List.copyOf(byActivity.values());
    }

    /** Whether the learner answered in the activity (or, for a quiz, in one of its items) after {@code since}. */
    private static boolean answeredSince(List<RecentAnswer> answers, ActivitySummary activity, Instant since) {
        String items = activity.iri() + "/";
        return answers.stream().anyMatch(answer -> answer.at().isAfter(since)
                && (answer.activityIri().equals(activity.iri()) || answer.activityIri().startsWith(items)));
    }
}
