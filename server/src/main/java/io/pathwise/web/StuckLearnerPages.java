package io.pathwise.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.pathways.StuckLearnersPage;
import io.pathwise.pathways.StuckLearnersRequest;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The course's learners who may be stuck, the most recently active first, with the skills and the
 * signs, for its instructors, teaching assistants and tenant admins: who to go and help, without
 * writing a rule for it. Learners are refused (the page names classmates).
 */
@Controller
class StuckLearnerPages {

    /** Learners on a page: the most the API gives. */
    static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    private final CatalogApi catalog;
    private final PathwaysApi pathways;
    private final Viewers viewers;

    StuckLearnerPages(CatalogApi catalog, PathwaysApi pathways, Viewers viewers) {
        this.catalog = catalog;
        this.pathways = pathways;
        this.viewers = viewers;
    }

    @GetMapping("/courses/{slug}/stuck")
    @PreAuthorize("isAuthenticated()")
    String stuck(@PathVariable String slug, @RequestParam(required = false) String cursor, Model model) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "which learners may be stuck");
        StuckLearnersPage page = pathways.stuckLearners(course, StuckLearnersRequest.of(cursor, PAGE_SIZE));
        model.addAttribute("course", course);
        model.addAttribute("learners", page.learners());
        model.addAttribute("stuckCount", page.stuckCount());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute("times", viewers.current().times());
        return "stuck-learners";
    }
}
