package io.pathwise.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A course's skills with their prerequisites (by key): a directed acyclic graph. Immutable, so one
 * instance can be shared by every request of a course revision.
 */
public record SkillGraphView(List<Skill> skills) {

    public SkillGraphView {
        skills = List.copyOf(skills);
    }

    public record Skill(UUID id, String key, String name, String description, List<String> prerequisites) {

        public Skill {
            prerequisites = List.copyOf(prerequisites);
        }
    }

    public int edgeCount() {
        return skills.stream().mapToInt(skill -> skill.prerequisites().size()).sum();
    }
}
