package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.pathways.StuckLearnerView;
import io.pathwise.pathways.StuckLearnersPage;
import io.pathwise.pathways.StuckLearnersRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The course's learners who may be stuck, for its staff: a page at a time, or one learner's skills. */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class StuckLearnersController {

    private final CatalogApi catalog;
    private final PathwaysApi pathways;

    StuckLearnersController(CatalogApi catalog, PathwaysApi pathways) {
        this.catalog = catalog;
        this.pathways = pathways;
    }

    @GetMapping("/courses/{slug}/stuck-learners")
    @PreAuthorize("isAuthenticated()")
    StuckLearnersPage stuckLearners(@PathVariable String slug, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        StuckLearnersRequest request = StuckLearnersRequest.of(cursor, limit); // a bad cursor or limit is a 400 first
        return pathways.stuckLearners(catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "which learners may be stuck"), request);
    }

    /** The skills one learner of the course may be stuck on; an empty list when none. */
    @GetMapping("/courses/{slug}/stuck-learners/{userId}")
    @PreAuthorize("isAuthenticated()")
    Map<String, List<StuckLearnerView.Skill>> stuckLearner(@PathVariable String slug, @PathVariable UUID userId) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "which learners may be stuck");
        return Map.of("skills", pathways.stuckSkills(course, catalog.requireMember(course, userId)));
    }
}
