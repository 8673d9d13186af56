package io.pathwise.web;

import io.pathwise.assessment.AssessmentApi;
import io.pathwise.catalog.ActivityDetail;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.MasteryMapRequest;
import io.pathwise.mastery.MasteryMapView;
import io.pathwise.mastery.SkillMasteryView;
import io.pathwise.pathways.PathwaysApi;
import io.pathwise.pathways.UnitLockView;
import io.pathwise.shared.markdown.MarkdownRenderer;
import io.pathwise.shared.problem.ApiException;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course list, a course with its skill map (for a learner: coloured by their mastery, with what to do
 * next), one activity, and for staff the mastery of every learner.
 */
@Controller
class CoursePages {

    private final CatalogApi catalog;
    private final CourseViews views;
    private final MarkdownRenderer markdown;
    private final AssessmentApi assessment;
    private final MasteryApi mastery;
    private final PathwaysApi pathways;
    private final JsonMapper json;

    CoursePages(CatalogApi catalog, CourseViews views, MarkdownRenderer markdown, AssessmentApi assessment,
            MasteryApi mastery, PathwaysApi pathways, JsonMapper json) {
        this.mastery = mastery;
        this.pathways = pathways;
        this.json = json;
        this.catalog = catalog;
        this.views = views;
        this.markdown = markdown;
        this.assessment = assessment;
    }

    @GetMapping("/courses")
    @PreAuthorize("isAuthenticated()")
    String courses(@RequestParam(required = false) String cursor, Model model) {
        CursorPage<CourseSummary> page = catalog.visibleCourses(CurrentPrincipal.get(), PageRequest.of(cursor, 50));
        model.addAttribute("courses", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        return "courses";
    }

    @GetMapping("/courses/{slug}")
    @PreAuthorize("isAuthenticated()")
    String course(@PathVariable String slug, Model model) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        CourseView view = views.of(course);
        model.addAttribute("course", course);
        model.addAttribute("skillCount", view.skillCount());
        model.addAttribute("activityCount", view.activityCount());
        model.addAttribute("contentHtml", view.contentHtml());
        model.addAttribute("canManage", catalog.canManage(caller, course));
        // Grading links for the course's staff (teaching assistants too), with the queue's length.
        boolean canGrade = assessment.isStaff(caller, course);
        model.addAttribute("canGrade", canGrade);
        model.addAttribute("awaitingGrading", canGrade ? assessment.awaitingGrading(caller, course) : 0);
        model.addAttribute("alertCount", canGrade ? pathways.alertCount(course) : 0);
        // A learner's own panel: what to do next and why, and their mastery (which also colours the map).
        if (!canGrade) {
            List<SkillMasteryView> mine = mastery.ofLearner(course, caller.userId());
            model.addAttribute("nextSteps", pathways.next(course, caller.userId()));
            model.addAttribute("mastery", mine);
            model.addAttribute("masteredCount", mine.stream().filter(SkillMasteryView::mastered).count());
            model.addAttribute("masteryJson", masteryJson(mine));
            model.addAttribute("studyPartners", pathways.studyPartners(course, caller.userId()));
            model.addAttribute("lockedUnits", pathways.unitLocks(course, caller.userId()).stream()
                    .filter(UnitLockView::locked).toList());
        }
        return "course";
    }

    /** Each skill's P(known) and whether it is mastered, for the skill map island to colour. */
    private String masteryJson(List<SkillMasteryView> skills) {
        ObjectNode byKey = json.createObjectNode();
        for (SkillMasteryView skill : skills) {
            byKey.putObject(skill.skillKey()).put("known", skill.known()).put("mastered", skill.mastered());
        }
        return json.writeValueAsString(byKey);
    }

    /**
     * For the course's staff: learners' mastery of every skill, up to 100 learners a page (a
     * class fits on one; a larger cohort pages with "Next learners").
     */
    @GetMapping("/courses/{slug}/mastery")
    @PreAuthorize("isAuthenticated()")
    String masteryMap(@PathVariable String slug, @RequestParam(required = false) String cursor, Locale locale,
            Model model) {
        CourseSummary course = catalog.staffCourseBySlug(CurrentPrincipal.get(), slug, "every learner's mastery");
        model.addAttribute("course", course);
        MasteryMapView map = mastery.courseMap(course, MasteryMapRequest.of(cursor, PageRequest.MAX_LIMIT));
        model.addAttribute("map", map);
        // The rows' cells and the skill headers are written in Java: as template loops they were
        // nearly all of the page's time.
        model.addAttribute("rows", HeatMapRows.of(map, locale));
        model.addAttribute("skillHeaders", HeatMapSkillHeaders.of(map.skills()));
        model.addAttribute("firstPage", cursor == null || cursor.isBlank());
        return "mastery-map";
    }

    @GetMapping("/courses/{slug}/activities/{activityKey}")
    @PreAuthorize("isAuthenticated()")
    String activity(@PathVariable String slug, @PathVariable String activityKey, Model model) {
        CourseSummary course = catalog.courseBySlug(CurrentPrincipal.get(), slug);
        ActivityDetail activity = catalog.activity(course, activityKey);
        model.addAttribute("course", course);
        model.addAttribute("activity", activity);
        model.addAttribute("content", markdown.render(activity.content()));
        model.addAttribute("questions", activity.questions().stream().map(q -> Map.of(
                "prompt", markdown.render(q.prompt()), "answer", q.answer(),
                "explanation", markdown.render(q.explanation()))).toList());
        return "activity";
    }

    @GetMapping("/courses/{slug}/package.zip")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> export(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        if (!catalog.canManage(caller, course)) {
            throw io.pathwise.shared.problem.ApiException.forbidden("Only instructors and tenant admins may export a course.");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(slug + ".zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(catalog.exportPackage(course));
    }
}
