package io.pathwise.catalog;

import java.util.List;
import java.util.UUID;

/** A course with its description and its units and activities in order (no activity texts). */
public record CourseOutline(CourseSummary course, String description, List<Unit> units) {

    public record Unit(UUID id, String key, String title, String summary, List<ActivitySummary> activities) {
    }

    public int activityCount() {
        return units.stream().mapToInt(unit -> unit.activities().size()).sum();
    }
}
