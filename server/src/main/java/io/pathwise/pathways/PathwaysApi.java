package io.pathwise.pathways;

import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.partners.StudyPartners;
import io.pathwise.pathways.plan.NextSteps;
import io.pathwise.pathways.rules.RuleViews;
import io.pathwise.pathways.stuck.StuckLearners;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
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
    private final RuleViews rules;
    private final StuckLearners stuck;

    PathwaysApi(NextSteps steps, StudyPartners partners, RuleViews rules, StuckLearners stuck) {
        this.steps = steps;
        this.partners = partners;
        this.rules = rules;
        this.stuck = stuck;
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

    /**
     * The alerts the course's rules raised, newest first. For the course's staff only: the caller
     * checks that (they name learners).
     */
    public CursorPage<AlertView> alerts(CourseSummary course, PageRequest page) {
        return rules.alerts(course, page);
    }

    /** How many alerts the course's rules have raised (for its staff, as {@link #alerts}). */
    public long alertCount(CourseSummary course) {
        return rules.alertCount(course);
    }

    /**
     * A page of the course's learners who may be stuck, the most recently active first
     * ({@link StuckLearners} says when a learner is listed). For the course's staff only: the caller
     * checks that (they name learners).
     */
    public StuckLearnersPage stuckLearners(CourseSummary course, StuckLearnersRequest request) {
        return stuck.page(course, request);
    }

    /**
     * The skills one learner of the course may be stuck on, as {@link #stuckLearners} lists them;
     * none when none. For the course's staff only, as that list.
     */
    public List<StuckLearnerView.Skill> stuckSkills(CourseSummary course, UUID userId) {
        return stuck.skillsOf(course, userId);
    }

    /**
     * The units the course's rules unlock, in course order, each locked or unlocked for the learner;
     * units no rule unlocks are always open and not listed.
     */
    public List<UnitLockView> unitLocks(CourseSummary course, UUID userId) {
        return rules.unitLocks(course, userId);
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
