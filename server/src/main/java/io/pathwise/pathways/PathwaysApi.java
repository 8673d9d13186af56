package io.pathwise.pathways;

import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.plan.NextSteps;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What a learner should do next in a course, and why. Callers pass a course they have checked the
 * caller may see (from {@code CatalogApi.courseBySlug}).
 */
@Service
public class PathwaysApi {

    private final NextSteps steps;

    PathwaysApi(NextSteps steps) {
        this.steps = steps;
    }

    /** The learner's next steps, best first. */
    public List<NextStep> next(CourseSummary course, UUID userId) {
        return steps.of(course, userId);
    }
}
