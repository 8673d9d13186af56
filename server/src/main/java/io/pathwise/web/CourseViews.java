package io.pathwise.web;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.shared.markdown.MarkdownRenderer;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.catalog.CourseOutline;
import jakarta.servlet.ServletContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders course views (template {@code course-content.html}) and keeps the most recently used. The key is the course id with its
 * revision, which every import or graph change raises, and the revision is read from the database
 * on each request: a changed course is never served stale, on this node or any other.
 */
@Component
class CourseViews {

    private static final int MAX_COURSES = 32;

    private record Key(UUID courseId, int revision) {
    }

    private final CatalogApi catalog;
    private final MarkdownRenderer markdown;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final String contextPath;
    private final Map<Key, CourseView> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CourseView> eldest) {
            return size() > MAX_COURSES;
        }
    };

    CourseViews(CatalogApi catalog, MarkdownRenderer markdown, JsonMapper json, ITemplateEngine templates,
            ServletContext servletContext) {
        this.catalog = catalog;
        this.markdown = markdown;
        this.json = json;
        this.templates = templates;
        this.contextPath = servletContext.getContextPath();
    }

    CourseView of(CourseSummary course) {
        Key key = new Key(course.id(), course.revision());
        synchronized (recent) {
            CourseView cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Built outside the lock: two requests may build the same view once, which is harmless.
        CourseView view = build(course);
        synchronized (recent) {
            recent.put(key, view);
        }
        return view;
    }

    private CourseView build(CourseSummary course) {
        SkillGraphView graph = catalog.skillGraph(course);
        List<SkillMapLayout.Placed> placed = SkillMapLayout.layout(graph);
        CourseOutline outline = catalog.outline(course);
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("contextPath", contextPath);
        context.setVariable("course", course);
        context.setVariable("outline", outline);
        context.setVariable("description", markdown.render(outline.description()));
        context.setVariable("skills", placed);
        context.setVariable("edgeCount", graph.edgeCount());
        context.setVariable("skillNames", graph.skills().stream()
                .collect(Collectors.toMap(SkillGraphView.Skill::key, SkillGraphView.Skill::name)));
        context.setVariable("skillMapJson", skillMapJson(placed));
        String html = templates.process("course-content", Set.of("content"), context);
        return new CourseView(graph.skills().size(), outline.activityCount(), html);
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
