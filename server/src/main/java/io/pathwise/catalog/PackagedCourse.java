package io.pathwise.catalog;

import io.pathwise.catalog.packaging.CoursePackage;
import java.util.List;

/** The shape of a course package that a {@link CoursePackageSection} checks its files against. */
public record PackagedCourse(String key, List<String> skillKeys, List<Activity> activities) {

    /** An activity of the package: its key, kind and the skills it assesses. */
    public record Activity(String key, ActivityKind kind, List<String> assesses) {
    }

    static PackagedCourse of(CoursePackage course) {
        return new PackagedCourse(course.id(), course.skills().stream().map(CoursePackage.Skill::id).toList(),
                course.units().stream().flatMap(unit -> unit.activities().stream())
                        .map(a -> new Activity(a.id(), a.kind(), a.assesses())).toList());
    }

    /** The activities of one kind. */
    public List<Activity> activitiesOf(ActivityKind kind) {
        return activities.stream().filter(a -> a.kind() == kind).toList();
    }
}
