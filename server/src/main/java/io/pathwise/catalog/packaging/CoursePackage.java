package io.pathwise.catalog.packaging;

import io.pathwise.catalog.ActivityKind;
import io.pathwise.catalog.ActivitySupport;
import java.util.List;

/**
 * A course as its package describes it, independent of storage: what an import reads and an
 * export writes. Ids are the author's stable keys ({@code fractions}, {@code equivalent-fractions}).
 */
public record CoursePackage(String id, String title, String summary, String language, String description,
        List<Skill> skills, List<Unit> units) {

    public record Skill(String id, String name, String description, List<String> prerequisites) {
    }

    public record Unit(String id, String title, String summary, List<Activity> activities) {
    }

    /**
     * @param difficulty 1 (easiest) to 5 (hardest); 3, the default, is average for its skills
     * @param support whether it is help for a learner who struggles
     */
    public record Activity(String id, String title, ActivityKind kind, List<String> teaches, List<String> assesses,
            int minutes, String content, List<Question> questions, int difficulty, ActivitySupport support) {
    }

    public record Question(String prompt, String answer, String explanation) {
    }

    public int activityCount() {
        return units.stream().mapToInt(unit -> unit.activities().size()).sum();
    }
}
