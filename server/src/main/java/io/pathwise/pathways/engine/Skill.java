package io.pathwise.pathways.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A skill of a course's graph.
 *
 * @param key           its identifier within the course, non-blank
 * @param name          what learners read ("Adding unlike fractions"), non-blank
 * @param prerequisites keys of the skills it builds on; a key listed twice counts once
 */
public record Skill(String key, String name, List<String> prerequisites) {

    public Skill {
        requireText(key, "key");
        requireText(name, "name of skill '" + key + "'");
        prerequisites = List.copyOf(new LinkedHashSet<>(prerequisites));
    }

    static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
