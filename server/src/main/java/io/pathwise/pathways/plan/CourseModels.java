package io.pathwise.pathways.plan;

import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.ActivitySupport;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.SkillGraphView;
import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.Course;
import io.pathwise.pathways.engine.Skill;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.pathways.engine.Support;
import io.pathwise.shared.cache.KeptPerRevision;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A course as the recommender walks it, compiled once per course revision (an import makes a new
 * revision) and kept: the graph's order and indexes cost more than a recommendation.
 */
@Component
class CourseModels {

    private final CatalogApi catalog;
    private final KeptPerRevision<Course> compiled = new KeptPerRevision<>();

    CourseModels(CatalogApi catalog) {
        this.catalog = catalog;
    }

    Course of(CourseSummary course) {
        return compiled.get(course.id(), course.revision(),
                () -> compile(catalog.skillGraph(course), catalog.outline(course)));
    }

    /**
     * The course without some of its activities (those of units locked for one learner), compiled
     * for the request and not kept: lock sets differ between learners, and only courses whose
     * rules lock units pay for it.
     */
    Course without(CourseSummary course, Set<String> activityKeys) {
        CourseOutline outline = catalog.outline(course);
        List<CourseOutline.Unit> units = outline.units().stream()
                .map(unit -> new CourseOutline.Unit(unit.id(), unit.key(), unit.title(), unit.summary(),
                        unit.activities().stream().filter(a -> !activityKeys.contains(a.key())).toList()))
                .toList();
        return compile(catalog.skillGraph(course), new CourseOutline(outline.course(), outline.description(), units));
    }

    /** Skills with their prerequisites; every activity that names a skill, with its difficulty and support. */
    static Course compile(SkillGraphView graph, CourseOutline outline) {
        List<Skill> skills = graph.skills().stream().map(s -> new Skill(s.key(), s.name(), s.prerequisites())).toList();
        List<Activity> activities = new ArrayList<>();
        for (CourseOutline.Unit unit : outline.units()) {
            for (ActivitySummary a : unit.activities()) {
                Set<String> named = new LinkedHashSet<>(a.assesses());
                named.addAll(a.teaches());
                if (!named.isEmpty()) {
                    activities.add(new Activity(a.key(), a.title(), a.kind().packageName(), List.copyOf(named),
                            a.difficulty(), support(a.support())));
                }
            }
        }
        return Course.of(SkillGraph.of(skills), activities);
    }

    private static Support support(ActivitySupport support) {
        switch (support) {
            case EASIER_STEP:
                return Support.EASIER_STEP;
            case WORKED_EXAMPLE:
                return Support.WORKED_EXAMPLE;
            default:
                return Support.NONE;
        }
    }
}
