package io.pathwise.pathways.plan;

import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.DueReviewView;
import io.pathwise.mastery.FittedSkillView;
import io.pathwise.mastery.LearnerMasteryView;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.RecentAnswer;
import io.pathwise.pathways.engine.Answer;
import io.pathwise.pathways.engine.DueReview;
import io.pathwise.pathways.engine.LearnerState;
import io.pathwise.pathways.engine.SkillState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A learner as the recommender sees them, read from the learner model. */
@Component
class LearnerStates {

    /** Recent answers read per skill: the signal rules look at the last five. */
    static final int ANSWERS_PER_SKILL = 5;

    private final MasteryApi mastery;
    private final Map<UUID, Priors> priorsByCourse = new ConcurrentHashMap<>();

    LearnerStates(MasteryApi mastery) {
        this.mastery = mastery;
    }

    LearnerState of(CourseSummary course, UUID userId) {
        FittedSkillView defaults = mastery.defaults();
        SkillState unseen = SkillState.unseen(defaults.prior(), defaults.guess(), defaults.slip());
        Map<String, SkillState> priors = priors(course);
        LearnerMasteryView standing = mastery.learner(course, userId);
        // Only the skills still being learned need their answers: the signals and the reasons of
        // learning steps read them, reviews of mastered skills do not (the engine counts a skill
        // mastered at the same threshold).
        List<String> learning = standing.traced().stream()
                .filter(skill -> skill.observations() > 0 && skill.known() < mastery.threshold())
                .map(LearnerMasteryView.Traced::skillKey).toList();
        Map<String, List<RecentAnswer>> recent = mastery.recentAnswers(course, userId, learning, ANSWERS_PER_SKILL);
        Map<String, Double> typical = recent.isEmpty() ? Map.of() : mastery.typicalSeconds(course);
        Map<String, SkillState> skills = new HashMap<>();
        for (LearnerMasteryView.Traced skill : standing.traced()) {
            List<Answer> answers = EvidenceAnswers.oldestFirst(recent.getOrDefault(skill.skillKey(), List.of()), typical);
            SkillState before = priors.getOrDefault(skill.skillKey(), unseen); // the skill's guess and slip
            skills.put(skill.skillKey(), new SkillState(skill.known(), before.guess(), before.slip(), answers));
        }
        List<DueReview> due = new ArrayList<>();
        for (DueReviewView review : standing.dueReviews()) {
            due.add(new DueReview(review.skillKey(), Math.max(0, Math.min(1, review.recall()))));
        }
        return new LearnerState(skills, priors, unseen, due);
    }

    /**
     * Every skill's state before any evidence (its prior, guess and slip), built once per course and
     * set of parameters: the same for all of the course's learners, and in a large course the bulk of
     * a learner's state.
     */
    private Map<String, SkillState> priors(CourseSummary course) {
        List<FittedSkillView> fitted = mastery.parameters(course);
        Priors cached = priorsByCourse.get(course.id());
        if (cached == null || cached.source() != fitted) { // a new list whenever the parameters may have changed
            Map<String, SkillState> states = new HashMap<>();
            for (FittedSkillView p : fitted) {
                states.put(p.skillKey(), SkillState.unseen(p.prior(), p.guess(), p.slip()));
            }
            cached = new Priors(fitted, Map.copyOf(states));
            priorsByCourse.put(course.id(), cached);
        }
        return cached.states();
    }

    private record Priors(List<FittedSkillView> source, Map<String, SkillState> states) {
    }
}
