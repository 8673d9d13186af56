package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.AlertView;
import io.pathwise.pathways.rules.RuleViews;
import io.pathwise.pathways.UnitLockView;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the course's instructor rules did: alerts for the course's staff, and the units rules unlock,
 * locked or unlocked, for the caller or (for staff) any learner of the course.
 */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class RulesController {

    private final CatalogApi catalog;
    private final RuleViews rules;

    RulesController(CatalogApi catalog, RuleViews rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    /** The alerts rules raised in the course, newest first. */
    @GetMapping("/courses/{slug}/alerts")
    @PreAuthorize("isAuthenticated()")
    CursorPage<AlertView> alerts(@PathVariable String slug, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "alerts");
        return rules.alerts(course, PageRequest.of(cursor, limit));
    }

    /** The units rules unlock, each locked or unlocked for the caller. */
    @GetMapping("/courses/{slug}/unit-locks")
    @PreAuthorize("isAuthenticated()")
    Map<String, List<UnitLockView>> mine(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        return Map.of("units", rules.unitLocks(catalog.courseBySlug(caller, slug), caller.userId()));
    }

    /** The units rules unlock, each locked or unlocked for one learner of the course. */
    @GetMapping("/courses/{slug}/unit-locks/learners/{userId}")
    @PreAuthorize("isAuthenticated()")
    Map<String, List<UnitLockView>> learner(@PathVariable String slug, @PathVariable UUID userId) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "other learners' units");
        return Map.of("units", rules.unitLocks(course, catalog.requireMember(course, userId)));
    }
}
