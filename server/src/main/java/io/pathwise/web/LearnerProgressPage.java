package io.pathwise.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.SkillMasteryView;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.pathways.UnitLockView;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.security.CurrentPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One learner of a course as its staff see them: the skills they may be stuck on, the next steps
 * Pathwise gives them (with the reasons they read), the units still locked for them, and their
 * mastery of each skill they have started. Where staff go from the list of learners who may be
 * stuck and from the alerts; learners are refused, and a user who is not a member of the course is
 * not found.
 */
@Controller
class LearnerProgressPage {

    private final CatalogApi catalog;
    private final IdentityApi identity;
    private final MasteryApi mastery;
    private final PathwaysApi pathways;
    private final Viewers viewers;

    LearnerProgressPage(CatalogApi catalog, IdentityApi identity, MasteryApi mastery, PathwaysApi pathways,
            Viewers viewers) {
        this.catalog = catalog;
        this.identity = identity;
        this.mastery = mastery;
        this.pathways = pathways;
        this.viewers = viewers;
    }

    @GetMapping("/courses/{slug}/learners/{userId}")
    @PreAuthorize("isAuthenticated()")
    String learner(@PathVariable String slug, @PathVariable UUID userId, Model model) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "a learner's progress");
        UserView learner = identity.user(catalog.requireMember(course, userId))
                .orElseThrow(() -> ApiException.notFound("Learner " + userId + " in course " + slug));
        List<SkillMasteryView> skills = mastery.ofLearner(course, userId);
        List<SkillMasteryView> started = skills.stream().filter(s -> s.observations() > 0).toList();
        model.addAttribute("course", course);
        model.addAttribute("learner", learner);
        model.addAttribute("stuckSkills", pathways.stuckSkills(course, userId));
        model.addAttribute("nextSteps", pathways.next(course, userId));
        model.addAttribute("lockedUnits", pathways.unitLocks(course, userId).stream().filter(UnitLockView::locked).toList());
        model.addAttribute("started", started);
        model.addAttribute("masteredCount", skills.stream().filter(SkillMasteryView::mastered).count());
        model.addAttribute("skillCount", skills.size());
        model.addAttribute("times", viewers.current().times());
        return "learner-progress";
    }
}
