package io.pathwise.web;

import io.pathwise.assessment.AssessmentApi;
import io.pathwise.catalog.ActivityDetail;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.shared.markdown.MarkdownRenderer;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
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

/** The course list, a course with its skill map, and one activity. */
@Controller
class CoursePages {

    private final CatalogApi catalog;
    private final CourseViews views;
    private final MarkdownRenderer markdown;
    private final AssessmentApi assessment;

    CoursePages(CatalogApi catalog, CourseViews views, MarkdownRenderer markdown, AssessmentApi assessment) {
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
        return "course";
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
