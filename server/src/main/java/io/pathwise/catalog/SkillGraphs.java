package io.pathwise.catalog;

import io.pathwise.catalog.store.CourseQueries;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each course's skill graph, read once per course revision and kept. Every recommendation and
 * mastery view walks the whole graph (837 skills for the Junyi course), and it changes only when a
 * package is imported, which raises the course's revision: a request that brings a newer revision
 * reads the graph again, so every node stays current without being told.
 */
@Component
class SkillGraphs {

    private record Kept(int revision, SkillGraphView graph) {
    }

    private final CourseQueries queries;
    private final Map<UUID, Kept> byCourse = new ConcurrentHashMap<>();

    SkillGraphs(CourseQueries queries) {
        this.queries = queries;
    }

    SkillGraphView of(CourseSummary course) {
        Kept kept = byCourse.get(course.id());
        if (kept == null || kept.revision() != course.revision()) {
            kept = new Kept(course.revision(), queries.skillGraph(course.id()));
            byCourse.put(course.id(), kept);
        }
        return kept.graph();
    }
}
