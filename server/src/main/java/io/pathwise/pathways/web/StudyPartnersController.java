package io.pathwise.pathways.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.pathways.StudyPartnerSuggestions;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Study partners by API, for a course's learners: opting in or out, and the caller's suggestions.
 * Staff get 403; someone who cannot see the course gets 404.
 */
@RestController
@RequestMapping({"/api/v1", "/browser-api/v1"})
class StudyPartnersController {

    /** A learner's choice; {@code optedIn} is required in a request. */
    record OptIn(Boolean optedIn) {
    }

    private final CatalogApi catalog;
    private final PathwaysApi pathways;

    StudyPartnersController(CatalogApi catalog, PathwaysApi pathways) {
        this.catalog = catalog;
        this.pathways = pathways;
    }

    @GetMapping("/courses/{slug}/study-partners")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The caller's study partners: up to 5 classmates who opted in, mutual help first, each with "
            + "the skills that make the match (learners)")
    StudyPartnerSuggestions suggestions(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        return pathways.studyPartners(catalog.courseBySlug(caller, slug), caller.userId());
    }

    @GetMapping("/courses/{slug}/study-partners/opt-in")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Whether the caller has opted in to study partners in the course (learners)")
    OptIn optIn(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        return new OptIn(pathways.studyPartnersOptedIn(catalog.courseBySlug(caller, slug), caller.userId()));
    }

    @PutMapping(path = "/courses/{slug}/study-partners/opt-in", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Opt in to study partners (be suggested to classmates who opted in, and see them) or out, "
            + "at once for everyone (learners)")
    OptIn setOptIn(@PathVariable String slug, @RequestBody OptIn choice) {
        if (choice.optedIn() == null) {
            throw ApiException.badField("optedIn", "must be true or false");
        }
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        return new OptIn(pathways.optInToStudyPartners(course, caller.userId(), choice.optedIn()));
    }
}
