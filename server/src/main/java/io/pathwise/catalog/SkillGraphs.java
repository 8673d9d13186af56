package io.pathwise.catalog;

import io.pathwise.catalog.store.CourseQueries;
import io.pathwise.shared.cache.KeptPerRevision;
import org.springframework.stereotype.Component;

/**
 * Each course's skill graph, read once per course revision and kept. Every recommendation and
 * mastery view walks the whole graph (837 skills for the Junyi course), and it changes only when a
 * package is imported, which raises the course's revision ({@link KeptPerRevision}).
 */
@Component
class SkillGraphs {

    private final CourseQueries queries;
    private final KeptPerRevision<SkillGraphView> graphs = new KeptPerRevision<>();

    SkillGraphs(CourseQueries queries) {
        this.queries = queries;
    }

    SkillGraphView of(CourseSummary course) {
        return graphs.get(course.id(), course.revision(), () -> queries.skillGraph(course.id()));
    }
}
