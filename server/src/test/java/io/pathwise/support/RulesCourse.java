package io.pathwise.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A course package with instructor rules, for tests of them over HTTP: equivalent fractions then
 * adding unlike fractions in unit {@code basics}, and decimals (no prerequisites, so ready from the
 * start) in unit {@code decimals-unit}, which a rule keeps locked until equivalent fractions are
 * mastered.
 */
public final class RulesCourse {

    public static final String STRUGGLING = "struggling-with-equivalence";
    public static final String READY = "ready-for-decimals";
    public static final String WELCOME = "welcome";
    public static final String FAILED_CHECK = "failed-the-check";
    public static final String QUIZ = "check-equivalent";
    public static final String LOCKED_UNIT = "decimals-unit";

    public static final String RULES = """
            rules:
              - id: struggling-with-equivalence
                when:
                  - mastery: equivalent
                    below: 0.2
                    answers-at-least: 1
                then:
                  - alert: "{learner} is struggling with equivalent fractions"
                  - recommend: lesson-equivalent
                    reason: "Read the lesson on equivalent fractions again before more practice."
                  - recommend: practice-equivalent
              - id: ready-for-decimals
                when:
                  - mastery: equivalent
                    at-least: 0.95
                then:
                  - unlock: decimals-unit
              - id: welcome
                when:
                  - time: days-since-start
                    below: 1
                then:
                  - alert: "{learner} has started the course"
              - id: failed-the-check
                when:
                  - attempts-at: check-equivalent
                    attempt: latest
                    score-below: 0.5
                then:
                  - alert: "{learner} failed the equivalence check"
            """;

    private RulesCourse() {
    }

    public static Map<String, String> files(String slug) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", """
                format: pathwise-course/1
                id: %s
                title: Rules
                summary: A course whose instructor wrote rules.
                language: en
                description: description.md
                units: [basics, decimals-unit]
                """.formatted(slug));
        files.put("description.md", "A course for instructor-rule tests.\n");
        files.put("skills.yaml", """
                skills:
                  - id: equivalent
                    name: Equivalent fractions
                  - id: adding-unlike
                    name: Adding unlike fractions
                    prerequisites: [equivalent]
                  - id: decimals
                    name: Decimals
                """);
        SkillCourse.unit(files, "basics", "Basics", "equivalent", "adding-unlike");
        files.put("units/basics/unit.yaml", files.get("units/basics/unit.yaml") + """
                  - id: check-equivalent
                    title: Check equivalent fractions
                    type: quiz
                    assesses: [equivalent]
                    minutes: 5
                    content: check-equivalent.md
                """);
        files.put("units/basics/check-equivalent.md", "Two questions.\n");
        files.put("assessment/items/equivalent.yaml", """
                items:
                  - id: half
                    type: single-choice
                    skills: [equivalent]
                    prompt: Which fraction is equal to 1/2?
                    shuffle: false
                    choices:
                      - { id: a, text: "2/4", correct: true }
                      - { id: b, text: "2/3" }
                  - id: third
                    type: single-choice
                    skills: [equivalent]
                    prompt: Which fraction is equal to 1/3?
                    shuffle: false
                    choices:
                      - { id: a, text: "2/6", correct: true }
                      - { id: b, text: "3/6" }
                """);
        files.put("assessment/quizzes/check-equivalent.yaml", """
                mode: graded
                feedback: after-submission
                items: [half, third]
                """);
        SkillCourse.unit(files, LOCKED_UNIT, "Decimals", "decimals");
        files.put("pathways/rules.yaml", RULES);
        return files;
    }

    /** The course published in a new organization, with an instructor, {@code teacher}, enrolled. */
    public record Taught(TestOrganization org, String slug, UUID courseId) {
    }

    /** Signs up an organization, publishes the course there (slug {@code prefix-<random>}) and enrols {@code teacher}. */
    public static Taught taught(Api api, String prefix) {
        TestOrganization org = TestOrganization.signUp(api);
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID courseId = publishIn(api, org, slug);
        org.newUser(api, "teacher");
        Courses.enrol(api, org.adminToken(), courseId, org.email("teacher"), "INSTRUCTOR");
        return new Taught(org, slug, courseId);
    }

    /** Imports the course into the organization under the slug, publishes it and returns its id. */
    public static UUID publishIn(Api api, TestOrganization org, String slug) {
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files(slug)));
        if (imported.status() != 201) {
            throw new AssertionError("import failed: " + imported);
        }
        UUID courseId = UUID.fromString(imported.json().get("course").get("id").asString());
        Courses.publish(api, org.adminToken(), courseId);
        return courseId;
    }

    /**
     * Answers to the practice activity of a skill ({@code practice-<skill>}), one statement per
     * answer, sent to the organization's LRS by one of its xAPI clients as a learner's answers.
     */
    public static void answer(Api api, TestOrganization org, UUID courseId, String learnerEmail, String skill,
            boolean... correct) {
        String iri = api.get(Courses.course(courseId) + "/activities/practice-" + skill, org.adminToken()).json()
                .get("activity").get("iri").asString();
        List<Map<String, Object>> statements = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < correct.length; i++) {
            statements.add(Map.of("id", UUID.randomUUID().toString(),
                    "actor", Map.of("objectType", "Agent", "mbox", "mailto:" + learnerEmail),
                    "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/answered"),
                    "object", Map.of("objectType", "Activity", "id", iri),
                    "result", Map.of("success", correct[i]), "timestamp", now.plusMillis(i).toString()));
        }
        Api.Response posted = Xapi.forOrganization(api, org, "1.0.3", "all").post("/xapi/statements", statements);
        if (posted.status() != 200) {
            throw new AssertionError("statements refused: " + posted);
        }
    }
}
