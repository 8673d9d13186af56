package io.pathwise.pathways.plan;

import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.pathways.NextStep;
import io.pathwise.pathways.engine.Course;
import io.pathwise.pathways.engine.LearnerState;
import io.pathwise.pathways.engine.Recommendation;
import io.pathwise.pathways.engine.RecommendationPolicy;
import io.pathwise.pathways.engine.Recommender;
import io.pathwise.pathways.engine.Signal;
import io.pathwise.pathways.engine.SkillState;
import io.pathwise.pathways.rules.RuleAdvisor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The recommender fed with the course's model and the learner's state, its answers as {@link NextStep}s,
 * after the activities the course's instructor rules recommend, and without the activities of units
 * the rules keep locked for the learner.
 */
@Component
public class NextSteps {

    private final CourseModels courses;
    private final LearnerStates learners;
    private final RuleAdvisor rules;
    private final RecommendationPolicy policy;
    private final Recommender recommender;

    NextSteps(CourseModels courses, LearnerStates learners, MasteryApi mastery, RuleAdvisor rules) {
        this.courses = courses;
        this.learners = learners;
        this.rules = rules;
        this.policy = RecommendationPolicy.DEFAULTS.withMasteryThreshold(mastery.threshold());
        this.recommender = new Recommender(policy);
    }

    public List<NextStep> of(CourseSummary course, UUID userId) {
        RuleAdvisor.Advice advice = rules.advise(course, userId);
        Course model = advice.lockedActivities().isEmpty() ? courses.of(course)
                : courses.without(course, advice.lockedActivities());
        LearnerState learner = learners.of(course, userId);
        List<NextStep> steps = new ArrayList<>();
        advice.recommendations().forEach(r -> steps.add(ruleStep(model, learner, r)));
        for (Recommendation r : recommender.recommend(model, learner)) {
            if (!advice.recommends(r.activity().key())) {
                steps.add(step(model, r));
            }
        }
        return List.copyOf(steps.subList(0, Math.min(steps.size(), policy.maxRecommendations())));
    }

    /** A rule's recommendation as a step for the activity's weakest skill, as the recommender names its steps. */
    private NextStep ruleStep(Course model, LearnerState learner, RuleAdvisor.Recommended r) {
        ActivitySummary activity = r.activity();
        Set<String> skills = new LinkedHashSet<>(activity.assesses());
        skills.addAll(activity.teaches());
        String weakest = null;
        double expected = 0;
        for (String skill : skills) {
            SkillState state = learner.skill(skill);
            double success = policy.successModel().expected(state.known(), state.guess(), state.slip(), activity.difficulty());
            if (weakest == null || success < expected) {
                weakest = skill;
                expected = success;
            }
        }
        int index = weakest == null ? -1 : model.graph().indexOf(weakest);
        return new NextStep("rule", activity.key(), activity.title(), activity.kind().packageName(), weakest,
                index < 0 ? null : model.graph().skill(index).name(), expected, List.of(), r.reason());
    }

    private static NextStep step(Course model, Recommendation r) {
        return new NextStep(name(r.kind().name()), r.activity().key(), r.activity().title(), r.activity().kind(), r.skill(),
                model.graph().skill(model.graph().indexOf(r.skill())).name(), r.expectedSuccess(),
                r.signals().stream().sorted().map(Signal::key).toList(), r.reason());
    }

    private static String name(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
