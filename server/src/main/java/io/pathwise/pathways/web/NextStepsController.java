package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.NextStep;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's next steps in a course, each with its reason; for staff, any learner's. */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class NextStepsController {

    private final CatalogApi catalog;
    private final PathwaysApi pathways;

    NextStepsController(CatalogApi catalog, PathwaysApi pathways) {
        this.catalog = catalog;
        this.pathways = pathways;
    }

    @GetMapping("/courses/{slug}/next")
    @PreAuthorize("isAuthenticated()")
    Map<String, List<NextStep>> next(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        return Map.of("steps", pathways.next(course, caller.userId()));
    }

    /** One learner's next steps, as they see them, for the course's staff. */
    @GetMapping("/courses/{slug}/next/learners/{userId}")
    @PreAuthorize("isAuthenticated()")
    Map<String, List<NextStep>> learner(@PathVariable String slug, @PathVariable UUID userId) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "other learners' next steps");
        return Map.of("steps", pathways.next(course, catalog.requireMember(course, userId)));
    }
}
