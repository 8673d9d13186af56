package io.pathwise.pathways.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Something a learner can do in a course.
 *
 * @param key        its identifier within the course, non-blank
 * @param title      what learners read
 * @param kind       the catalog's kind ("practice", "lesson", "quiz"); carried through, not interpreted
 * @param skills     keys of the skills it teaches or practises, at least one
 * @param difficulty 1 (easiest) to 5 (hardest); 3 is an item of average difficulty for its skills
 * @param support    whether it is an easier step or a worked example rather than an ordinary activity
 */
public record Activity(String key, String title, String kind, List<String> skills, int difficulty, Support support) {

    /** The difficulty at which an activity is as hard as the skill's fitted guess and slip say. */
    public static final int AVERAGE_DIFFICULTY = 3;

    public Activity {
        Skill.requireText(key, "key");
        Skill.requireText(title, "title of activity '" + key + "'");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(support, "support");
        skills = List.copyOf(new LinkedHashSet<>(skills));
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("activity '" + key + "' must name at least one skill");
        }
        if (difficulty < 1 || difficulty > 5) {
            throw new IllegalArgumentException("difficulty of activity '" + key + "' must be from 1 to 5, was "
                    + difficulty);
        }
    }
}
