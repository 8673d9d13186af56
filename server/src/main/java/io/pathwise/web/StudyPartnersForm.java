package io.pathwise.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The course page's study-partner form (CSRF-protected like every page form): opts the learner in or
 * out and goes back to the section on the course page, which shows the new choice.
 */
@Controller
class StudyPartnersForm {

    private final CatalogApi catalog;
    private final PathwaysApi pathways;

    StudyPartnersForm(CatalogApi catalog, PathwaysApi pathways) {
        this.catalog = catalog;
        this.pathways = pathways;
    }

    @PostMapping("/courses/{slug}/study-partners")
    @PreAuthorize("isAuthenticated()")
    String optIn(@PathVariable String slug, @RequestParam boolean optedIn) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        pathways.optInToStudyPartners(catalog.courseBySlug(caller, slug), caller.userId(), optedIn);
        // {slug} is expanded (and encoded) from the request's own path variable.
        return "redirect:/courses/{slug}#study-partners";
    }
}
