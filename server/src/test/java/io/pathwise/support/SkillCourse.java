package io.pathwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A small course package with a chain of three skills (equivalent fractions, then adding unlike
 * fractions, then mixed numbers), a lesson and a practice for each, for tests of the learner model
 * and the recommendations.
 */
public final class SkillCourse {

    public static final String FIRST = "equivalent";
    public static final String SECOND = "adding-unlike";
    public static final String THIRD = "mixed-numbers";

    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

    /** The course imported into a fresh organization and published. */
    public record Imported(TestOrganization org, String slug, UUID courseId) {

        /** The permanent IRI of one of the course's activities, as xAPI statements name it. */
        public String activityIri(Api api, String activityKey) {
            Api.Response activity = api.get(Courses.course(courseId) + "/activities/" + activityKey, org.adminToken());
            assertThat(activity.status()).as("%s", activity).isEqualTo(200);
            return activity.json().get("activity").get("iri").asString();
        }
    }

    private SkillCourse() {
    }

    /** Imports the course (slug {@code prefix-<random>}) into a new organization and publishes it. */
    public static Imported create(Api api, String prefix) {
        return create(api, prefix, files -> { });
    }

    /** As {@link #create(Api, String)}, with the package's files (by path) changed first, e.g. a skill renamed. */
    public static Imported create(Api api, String prefix, Consumer<Map<String, String>> change) {
        TestOrganization org = TestOrganization.signUp(api);
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = files(slug);
        change.accept(files);
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files));
        assertThat(imported.status()).as("import: %s", imported).isEqualTo(201);
        UUID courseId = UUID.fromString(imported.json().get("course").get("id").asString());
        Courses.publish(api, org.adminToken(), courseId);
        return new Imported(org, slug, courseId);
    }

    /** An xAPI statement: the learner (by mailbox) answered the activity, right or wrong, at that time. */
    public static Map<String, Object> answer(String learnerEmail, String activityIri, boolean success, Instant at) {
        return Map.of("id", UUID.randomUUID().toString(), "actor", Map.of("objectType", "Agent", "mbox", "mailto:" + learnerEmail),
                "verb", Map.of("id", ANSWERED), "object", Map.of("objectType", "Activity", "id", activityIri),
                "result", Map.of("success", success), "timestamp", at.toString());
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
        unit(files, "chain", "Chain", FIRST, SECOND, THIRD);
        return files;
    }

    /** Adds a unit with a lesson ({@code lesson-<skill>}) and a practice ({@code practice-<skill>}) for each skill. */
    public static void unit(Map<String, String> files, String key, String title, String... skills) {
        StringBuilder unit = new StringBuilder("title: " + title + "\nactivities:\n");
        for (String skill : skills) {
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
            files.put("units/" + key + "/lesson-" + skill + ".md", "How " + skill + " works.\n");
            files.put("units/" + key + "/practice-" + skill + ".md", "Practise " + skill + ".\n");
        }
        files.put("units/" + key + "/unit.yaml", unit.toString());
    }
}
