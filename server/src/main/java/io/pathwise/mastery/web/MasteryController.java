package io.pathwise.mastery.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.DueReviewView;
import io.pathwise.mastery.FittedSkillView;
import io.pathwise.mastery.RefitReport;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.MasteryMapRequest;
import io.pathwise.mastery.MasteryMapView;
import io.pathwise.mastery.SkillMasteryView;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mastery by API: a learner's own, and for a course's staff every learner's (the heat map), one
 * learner's, the parameters each skill is traced with, due reviews, and a refit on demand.
 */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class MasteryController {

    private final CatalogApi catalog;
    private final MasteryApi mastery;

    MasteryController(CatalogApi catalog, MasteryApi mastery) {
        this.catalog = catalog;
        this.mastery = mastery;
    }

    /** The caller's mastery of each skill of the course. */
    @GetMapping("/courses/{slug}/mastery")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> mine(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        return Map.of("threshold", mastery.threshold(), "skills", mastery.ofLearner(course, caller.userId()));
    }

    /** Learners by every skill, a page at a time, fewest mastered first. */
    @GetMapping("/courses/{slug}/mastery/learners")
    @PreAuthorize("isAuthenticated()")
    MasteryMapView learners(@PathVariable String slug, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        MasteryMapRequest page = MasteryMapRequest.of(cursor, limit);
        return mastery.courseMap(staffCourse(slug), page);
    }

    /** One learner's mastery of each skill. */
    @GetMapping("/courses/{slug}/mastery/learners/{userId}")
    @PreAuthorize("isAuthenticated()")
    Map<String, Object> learner(@PathVariable String slug, @PathVariable UUID userId) {
        CourseSummary course = staffCourse(slug);
        catalog.requireMember(course, userId);
        List<SkillMasteryView> skills = mastery.ofLearner(course, userId);
        return Map.of("threshold", mastery.threshold(), "skills", skills);
    }

    @GetMapping("/courses/{slug}/mastery/parameters")
    @PreAuthorize("isAuthenticated()")
    List<FittedSkillView> parameters(@PathVariable String slug) {
        return mastery.parameters(staffCourse(slug));
    }

    /** Fits every skill's parameters again from the course's evidence and recomputes mastery. */
    @PostMapping("/courses/{slug}/mastery/refit")
    @PreAuthorize("isAuthenticated()")
    RefitReport refit(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        if (!catalog.canManage(caller, course)) {
            throw ApiException.forbidden("Only the course's instructors and tenant admins may refit its learner model.");
        }
        return mastery.refit(course);
    }

    /** The caller's mastered skills that are due for review. */
    @GetMapping("/courses/{slug}/mastery/reviews")
    @PreAuthorize("isAuthenticated()")
    List<DueReviewView> reviews(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        return mastery.dueReviews(catalog.courseBySlug(caller, slug), caller.userId());
    }

    private CourseSummary staffCourse(String slug) {
        return catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "other learners' mastery");
    }
}
