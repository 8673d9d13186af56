package io.pathwise.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small course package with a chain of three skills (equivalent fractions, then adding unlike
 * fractions, then mixed numbers), a lesson and a practice for each, for tests of the learner model
 * and the recommendations.
 */
public final class SkillCourse {

    public static final String FIRST = "equivalent";
    public static final String SECOND = "adding-unlike";
    public static final String THIRD = "mixed-numbers";

    private SkillCourse() {
    }

    /** The practice activity that assesses a skill. */
    public static String practiceOf(String skill) {
        return "practice-" + skill;
    }

    public static Map<String, String> files(String slug) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", """
                format: pathwise-course/1
                id: %s
                title: Skill chain
                summary: Three skills, each building on the one before.
                language: en
                description: description.md
                units: [chain]
                """.formatted(slug));
        files.put("description.md", "A course for learner-model tests.\n");
        files.put("skills.yaml", """
                skills:
                  - id: equivalent
                    name: Equivalent fractions
                  - id: adding-unlike
                    name: Adding unlike fractions
                    prerequisites: [equivalent]
                  - id: mixed-numbers
                    name: Mixed numbers
                    prerequisites: [adding-unlike]
                """);
        StringBuilder unit = new StringBuilder("title: Chain\nactivities:\n");
        for (String skill : new String[] {FIRST, SECOND, THIRD}) {
            unit.append("""
                      - id: lesson-%1$s
                        title: Learn %1$s
                        type: lesson
                        teaches: [%1$s]
                        minutes: 10
                        content: lesson-%1$s.md
                      - id: practice-%1$s
                        title: Practise %1$s
                        type: practice
                        assesses: [%1$s]
                        minutes: 10
                        content: practice-%1$s.md
                        questions:
                          - prompt: "A question about %1$s"
                            answer: "42"
                    """.formatted(skill));
            files.put("units/chain/lesson-" + skill + ".md", "How " + skill + " works.\n");
            files.put("units/chain/practice-" + skill + ".md", "Practise " + skill + ".\n");
        }
        files.put("units/chain/unit.yaml", unit.toString());
        return files;
    }
}
