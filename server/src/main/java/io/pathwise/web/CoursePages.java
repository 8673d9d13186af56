package io.pathwise.web;

import io.pathwise.catalog.ActivityDetail;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.identity.CourseRole;
import io.pathwise.shared.paging.CursorPage;
import io.pathwise.shared.paging.PageRequest;
import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The course list, a course with its skill map, and one activity. */
@Controller
class CoursePages {

    private final CatalogApi catalog;
    private final MarkdownRenderer markdown;
    private final JsonMapper json;

    CoursePages(CatalogApi catalog, MarkdownRenderer markdown, JsonMapper json) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.json = json;
    }

    @GetMapping("/courses")
    String courses(@RequestParam(required = false) String cursor, Model model) {
        CursorPage<CourseSummary> page = catalog.visibleCourses(CurrentPrincipal.get(), PageRequest.of(cursor, 50));
        model.addAttribute("courses", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        return "courses";
    }

    @GetMapping("/courses/{slug}")
    String course(@PathVariable String slug, Model model) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        CourseOutline outline = catalog.outline(course);
        SkillGraphView graph = catalog.skillGraph(course);
        List<SkillMapLayout.Placed> placed = SkillMapLayout.layout(graph);
        model.addAttribute("course", course);
        model.addAttribute("outline", outline);
        model.addAttribute("description", markdown.render(outline.description()));
        model.addAttribute("skills", placed);
        model.addAttribute("edgeCount", graph.edgeCount());
        model.addAttribute("skillNames", graph.skills().stream()
                .collect(java.util.stream.Collectors.toMap(SkillGraphView.Skill::key, SkillGraphView.Skill::name)));
        model.addAttribute("skillMapJson", skillMapJson(placed));
        model.addAttribute("canManage", caller.tenantAdmin()
                || catalog.roleIn(caller, course.id()).orElse(null) == CourseRole.INSTRUCTOR);
        return "course";
    }

    @GetMapping("/courses/{slug}/activities/{activityKey}")
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
    ResponseEntity<byte[]> export(@PathVariable String slug) {
        PathwisePrincipal caller = CurrentPrincipal.get();
        CourseSummary course = catalog.courseBySlug(caller, slug);
        boolean canManage = caller.tenantAdmin() || catalog.roleIn(caller, course.id()).orElse(null) == CourseRole.INSTRUCTOR;
        if (!canManage) {
            throw io.pathwise.shared.problem.ApiException.forbidden("Only instructors and tenant admins may export a course.");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(slug + ".zip").build().toString())
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(catalog.exportPackage(course));
    }

    /** Nodes with positions and edges (prerequisite → skill) for the skill map island. */
    private String skillMapJson(List<SkillMapLayout.Placed> placed) {
        List<Map<String, Object>> nodes = placed.stream().map(p -> Map.<String, Object>of("id", p.skill().key(),
                "name", p.skill().name(), "x", p.x(), "y", p.y())).toList();
        List<Map<String, Object>> edges = placed.stream().flatMap(p -> p.skill().prerequisites().stream()
                .map(prerequisite -> Map.<String, Object>of("source", prerequisite, "target", p.skill().key()))).toList();
        return json.writeValueAsString(Map.of("nodes", nodes, "edges", edges));
    }
}
