package io.pathwise.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.MembershipView;
import io.pathwise.pathways.AlertView;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alerts a course's instructor rules raised ("{learner} is struggling with adding fractions"),
 * newest first, for its instructors, teaching assistants and tenant admins: the page where staff
 * see who needs help without calling the API. Learners are refused (the alerts name classmates).
 */
@Controller
class AlertPages {

    /** Alerts on a page: the most the API gives, so that a class's alerts of a few days fit on one. */
    static final int PAGE_SIZE = PageRequest.MAX_LIMIT;

    private final CatalogApi catalog;
    private final PathwaysApi pathways;
    private final IdentityApi identity;
    private final Viewers viewers;

    AlertPages(CatalogApi catalog, PathwaysApi pathways, IdentityApi identity, Viewers viewers) {
        this.catalog = catalog;
        this.pathways = pathways;
        this.identity = identity;
        this.viewers = viewers;
    }

    @GetMapping("/courses/{slug}/alerts")
    @PreAuthorize("isAuthenticated()")
    String alerts(@PathVariable String slug, @RequestParam(required = false) String cursor, Model model) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "its alerts");
        CursorPage<AlertView> page = pathways.alerts(course, PageRequest.of(cursor, PAGE_SIZE));
        model.addAttribute("course", course);
        model.addAttribute("alerts", page.items());
        // A learner's name links to their progress while they are still a learner of the course.
        Set<UUID> learners = page.items().isEmpty() ? Set.of()
                : identity.learners(course.id()).stream().map(MembershipView::userId).collect(Collectors.toSet());
        model.addAttribute("learners", learners);
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        model.addAttribute("total", pathways.alertCount(course));
        model.addAttribute("times", viewers.current().times());
        return "alerts";
    }
}
