package io.pathwise.bench;

import io.pathwise.pathways.engine.Activity;
import io.pathwise.pathways.engine.Skill;
import io.pathwise.pathways.engine.SkillGraph;
import io.pathwise.pathways.engine.Support;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A course package (docs/course-package-format.md) on the Junyi Academy skill graph, holding the
 * activities {@link RecommendationCourse} draws, so the server's recommendations can be measured on
 * the same course the engine benchmark uses. Junyi's exercise names become package ids (lower
 * case, anything but letters and digits a hyphen); activities sit in units of
 * {@value #ACTIVITIES_PER_UNIT}, in skill order; each practice has one question.
 */
final class JunyiCoursePackage {

    private static final int ACTIVITIES_PER_UNIT = 100;

    private final String courseId;
    private final SkillGraph graph;
    private final List<Activity> activities;
    private final Map<String, String> skillIds = new HashMap<>();
    private final Map<String, String> activityIds = new HashMap<>();

    JunyiCoursePackage(String courseId, SkillGraph graph, List<Activity> activities) {
        this.courseId = courseId;
        this.graph = graph;
        this.activities = activities;
        for (int s = 0; s < graph.size(); s++) {
            skillIds.put(graph.skill(s).key(), uniqueId(graph.skill(s).key(), skillIds));
        }
        for (Activity activity : activities) {
            activityIds.put(activity.key(), uniqueId(activity.key(), activityIds));
        }
    }

    /** The package id of a skill of the graph. */
    String skillId(String skillKey) {
        return skillIds.get(skillKey);
    }

    /** The package id of one of the activities. */
    String activityId(String activityKey) {
        return activityIds.get(activityKey);
    }

    /** The package's files, path to text. */
    Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> units = new ArrayList<>();
        for (int from = 0; from < activities.size(); from += ACTIVITIES_PER_UNIT) {
            String unit = String.format(Locale.ROOT, "part-%02d", units.size() + 1);
            units.add(unit);
            StringBuilder yaml = new StringBuilder("title: Part " + units.size() + "\nsummary: Junyi exercises, in "
                    + "skill order.\nactivities:\n");
            for (Activity activity : activities.subList(from, Math.min(activities.size(), from + ACTIVITIES_PER_UNIT))) {
                String id = activityId(activity.key());
                boolean lesson = activity.kind().equals("lesson");
                yaml.append("  - id: ").append(id).append('\n')
                        .append("    title: ").append(Json.string(activity.title())).append('\n')
                        .append("    type: ").append(lesson ? "lesson" : "practice").append('\n')
                        .append("    teaches: ").append(lesson ? ids(activity.skills()) : "[]").append('\n')
                        .append("    assesses: ").append(lesson ? "[]" : ids(activity.skills())).append('\n')
                        .append("    minutes: 10\n")
                        .append("    difficulty: ").append(activity.difficulty()).append('\n')
                        .append(support(activity.support()))
                        .append("    content: ").append(id).append(".md\n");
                if (!lesson) {
                    yaml.append("    questions:\n      - prompt: \"What is 6 times 7?\"\n        answer: \"42\"\n");
                }
                files.put("units/" + unit + "/" + id + ".md", "An activity of the Junyi course.\n");
            }
            files.put("units/" + unit + "/unit.yaml", yaml.toString());
        }
        StringBuilder skills = new StringBuilder("skills:\n");
        for (int s = 0; s < graph.size(); s++) {
            Skill skill = graph.skill(s);
            skills.append("  - id: ").append(skillId(skill.key())).append('\n')
                    .append("    name: ").append(Json.string(skill.name())).append('\n');
            if (!skill.prerequisites().isEmpty()) {
                skills.append("    prerequisites: ").append(ids(skill.prerequisites())).append('\n');
            }
        }
        files.put("course.yaml", "format: pathwise-course/1\nid: " + courseId + "\ntitle: Junyi mathematics\n"
                + "summary: The Junyi Academy exercise graph as a course.\nlanguage: en\n"
                + "description: description.md\nunits: [" + String.join(", ", units) + "]\n");
        files.put("description.md", "Every exercise of the Junyi Academy graph (PSLC DataShop dataset 1198).\n");
        files.put("skills.yaml", skills.toString());
        return files;
    }

    /** The package as a zip, as {@code POST /api/v1/course-packages} takes it. */
    byte[] zip() {
        return PackageZip.of(files());
    }

    private String ids(List<String> skillKeys) {
        return "[" + String.join(", ", skillKeys.stream().map(this::skillId).toList()) + "]";
    }

    private static String support(Support support) {
        return switch (support) {
            case NONE -> "";
            case EASIER_STEP -> "    support: easier-step\n";
            case WORKED_EXAMPLE -> "    support: worked-example\n";
        };
    }

    /** A package id for {@code key}: lower case, other characters a hyphen, a number added on a clash. */
    private static String uniqueId(String key, Map<String, String> taken) {
        String base = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.length() > 70 ? base.substring(0, 70) : base;
        String id = base;
        for (int n = 2; taken.containsValue(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
