package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.Course;
import io.pathwise.pathways.engine.LearnerState;
import io.pathwise.pathways.engine.Recommendation;
import io.pathwise.pathways.engine.RecommendationKind;
import io.pathwise.pathways.engine.RecommendationPolicy;
import io.pathwise.pathways.engine.Recommender;
import io.pathwise.pathways.engine.SkillState;
import io.pathwise.pathways.engine.SuccessBand;
import io.pathwise.pathways.engine.SuccessModel;
import io.pathwise.pathways.engine.Support;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the timed recommendations contain, checked once per learner before timing: a fast answer
 * only counts if it is the real one. Counts the kinds; the learners with a due review who got one
 * among their first three; the learning recommendations pitched inside the success band; those
 * outside it although the skill has a single-skill practice inside it (which would be a fault);
 * and the learners left with nothing.
 */
record OutputCheck(int learners, Map<RecommendationKind, Integer> kinds, int withDue, int reviewInFirstThree,
        int learning, int learningInBand, int missedBand, int empty) {

    static OutputCheck of(Recommender recommender, Course course, List<Activity> activities,
            List<LearnerState> learners) {
        Map<String, List<Activity>> practiceBySkill = new HashMap<>();
        for (Activity activity : activities) {
            if (activity.support() == Support.NONE && activity.skills().size() == 1) {
                practiceBySkill.computeIfAbsent(activity.skills().get(0), k -> new ArrayList<>()).add(activity);
            }
        }
        Map<RecommendationKind, Integer> kinds = new EnumMap<>(RecommendationKind.class);
        int withDue = 0;
        int reviewEarly = 0;
        int learning = 0;
        int inBand = 0;
        int missed = 0;
        int empty = 0;
        SuccessBand band = RecommendationPolicy.DEFAULTS.band();
        SuccessModel model = RecommendationPolicy.DEFAULTS.successModel();
        for (LearnerState learner : learners) {
            List<Recommendation> list = recommender.recommend(course, learner);
            empty += list.isEmpty() ? 1 : 0;
            for (Recommendation r : list) {
                kinds.merge(r.kind(), 1, Integer::sum);
                if (r.kind() != RecommendationKind.LEARN) {
                    continue;
                }
                learning++;
                if (band.contains(r.expectedSuccess())) {
                    inBand++;
                } else {
                    SkillState state = learner.skill(r.skill());
                    boolean couldHave = practiceBySkill.getOrDefault(r.skill(), List.of()).stream().anyMatch(a -> band
                            .contains(model.expected(state.known(), state.guess(), state.slip(), a.difficulty())));
                    missed += couldHave ? 1 : 0;
                }
            }
            if (!learner.dueReviews().isEmpty()) {
                withDue++;
                boolean early = list.stream().limit(3).anyMatch(r -> r.kind() == RecommendationKind.REVIEW);
                reviewEarly += early ? 1 : 0;
            }
        }
        return new OutputCheck(learners.size(), kinds, withDue, reviewEarly, learning, inBand, missed, empty);
    }

    String describe() {
        return "recommendations by kind " + kinds + "; " + reviewInFirstThree + " of " + withDue
                + " learners with reviews due got one among their first three; " + learningInBand + " of " + learning
                + " learning recommendations expect 70-85% success, and " + missedBand + " of the others had a"
                + " practice of their skill that would have (the rest have none: 1 to 3 practices per skill); "
                + empty + " of " + learners + " learners got no recommendation";
    }
}
