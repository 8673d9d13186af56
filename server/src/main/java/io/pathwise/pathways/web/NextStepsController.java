package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.NextStep;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's next steps in a course, each with its reason. */
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
}
