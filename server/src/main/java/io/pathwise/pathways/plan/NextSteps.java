package io.pathwise.pathways.plan;

import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.pathways.NextStep;
import io.pathwise.pathways.engine.Course;
import io.pathwise.pathways.engine.Recommendation;
import io.pathwise.pathways.engine.RecommendationPolicy;
import io.pathwise.pathways.engine.Recommender;
import io.pathwise.pathways.engine.Signal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The recommender fed with the course's model and the learner's state, its answers as {@link NextStep}s. */
@Component
public class NextSteps {

    private final CourseModels courses;
    private final LearnerStates learners;
    private final Recommender recommender;

    NextSteps(CourseModels courses, LearnerStates learners, MasteryApi mastery) {
        this.courses = courses;
        this.learners = learners;
        this.recommender = new Recommender(RecommendationPolicy.DEFAULTS.withMasteryThreshold(mastery.threshold()));
    }

    public List<NextStep> of(CourseSummary course, UUID userId) {
        Course model = courses.of(course);
        return recommender.recommend(model, learners.of(course, userId)).stream()
                .map(r -> step(model, r)).toList();
    }

    private static NextStep step(Course model, Recommendation r) {
        return new NextStep(name(r.kind().name()), r.activity().key(), r.activity().title(), r.activity().kind(), r.skill(),
                model.graph().skill(model.graph().indexOf(r.skill())).name(), r.expectedSuccess(),
                r.signals().stream().sorted().map(Signal::name).map(NextSteps::name).toList(), r.reason());
    }

    private static String name(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
