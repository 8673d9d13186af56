package io.pathwise.pathways;

import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.partners.StudyPartners;
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
    private final StudyPartners partners;

    PathwaysApi(NextSteps steps, StudyPartners partners) {
        this.steps = steps;
        this.partners = partners;
    }

    /** The learner's next steps, best first. */
    public List<NextStep> next(CourseSummary course, UUID userId) {
        return steps.of(course, userId);
    }

    /**
     * The learner's study partners (classmates who opted in and complement them), or none and how to
     * opt in; a caller who is not a learner of the course is refused (403).
     */
    public StudyPartnerSuggestions studyPartners(CourseSummary course, UUID userId) {
        return partners.suggestions(course, userId);
    }

    /** Whether the learner has opted in to study partners in the course (403 for non-learners). */
    public boolean studyPartnersOptedIn(CourseSummary course, UUID userId) {
        return partners.optedIn(course, userId);
    }

    /** Opts the learner in to study partners or out (at once, for everyone); returns the new choice. */
    public boolean optInToStudyPartners(CourseSummary course, UUID userId, boolean optedIn) {
        return partners.optIn(course, userId, optedIn);
    }
}
