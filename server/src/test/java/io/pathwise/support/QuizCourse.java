package io.pathwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small course package with one quiz of known items, for assessment tests: the right answers
 * are fixed (no parameters, no shuffled choices), so a test can answer right, wrong or partly.
 * Imported into a test organization, published, with a learner enrolled.
 */
public final class QuizCourse {

    /** The quiz's activity key. */
    public static final String QUIZ = "check";
    /** A second quiz with one free-text item, graded by hand. */
    public static final String ESSAY_QUIZ = "reflect";

    /** Answers that earn full credit on every item of {@link #QUIZ}, as the player sends them. */
    public static final String RIGHT_ANSWERS = """
            {"half": {"choice": "a"}, "evens": {"choices": ["a", "c"]}, "three-quarters": {"value": "3/4"},
             "sizes": {"order": ["small", "medium", "large"]}, "capitals": {"pairs": {"fr": "paris", "it": "rome"}},
             "twelfths": {"blanks": {"n": "8"}}, "word": {"text": "  Numerator "}}""";

    public record Imported(TestOrganization org, String slug, UUID courseId, String learnerToken, String learnerEmail) {
    }

    private QuizCourse() {
    }

    /**
     * The package. {@code quizSettings} are extra lines of the quiz file (time limit, attempts,
     * due, feedback); {@code halfKey} is the id of the right choice of item {@code half}, so a
     * test can change the answer key and re-import.
     */
    public static Map<String, String> files(String slug, String quizSettings, String halfKey) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("course.yaml", """
                format: pathwise-course/1
                id: %s
                title: Quiz fixture
                summary: A course with one quiz of known items.
                language: en
                description: description.md
                units: [basics]
                """.formatted(slug));
        files.put("description.md", "A course for assessment tests.\n");
        files.put("skills.yaml", """
                skills:
                  - id: fractions
                    name: Fractions
                  - id: words
                    name: Words
                    prerequisites: [fractions]
                """);
        files.put("units/basics/unit.yaml", """
                title: Basics
                activities:
                  - id: intro
                    title: Introduction
                    type: lesson
                    teaches: [fractions]
                    minutes: 5
                    content: intro.md
                  - id: check
                    title: Check your fractions
                    type: quiz
                    assesses: [fractions, words]
                    minutes: 10
                    content: check.md
                  - id: reflect
                    title: Reflect
                    type: quiz
                    assesses: [words]
                    minutes: 5
                    content: reflect.md
                """);
        files.put("units/basics/intro.md", "Fractions name parts of a whole.\n");
        files.put("units/basics/check.md", "Seven questions.\n");
        files.put("units/basics/reflect.md", "One question for your own words.\n");
        files.put("assessment/items/fractions.yaml", """
                items:
                  - id: half
                    type: single-choice
                    skills: [fractions]
                    prompt: Which fraction is equal to 1/2?
                    shuffle: false
                    choices:
                      - { id: a, text: "2/4"%s }
                      - { id: b, text: "2/3"%s }
                      - { id: c, text: "3/4" }
                    hints: ["Multiply top and bottom by 2."]
                    solution: "1/2 = 2/4"
                  - id: evens
                    type: multiple-choice
                    skills: [fractions]
                    prompt: Pick the even numbers.
                    shuffle: false
                    choices:
                      - { id: a, text: "2", correct: true }
                      - { id: b, text: "3" }
                      - { id: c, text: "4", correct: true }
                      - { id: d, text: "5" }
                  - id: three-quarters
                    type: numeric
                    skills: [fractions]
                    prompt: Write three quarters as a number.
                    answer: "0.75"
                  - id: sizes
                    type: ordering
                    skills: [fractions]
                    prompt: Order from smallest to largest.
                    order:
                      - { id: small, text: "1/8" }
                      - { id: medium, text: "1/4" }
                      - { id: large, text: "1/2" }
                  - id: capitals
                    type: matching
                    skills: [words]
                    prompt: Match each country to its capital.
                    pairs:
                      - { left: { id: fr, text: France }, right: { id: paris, text: Paris } }
                      - { left: { id: it, text: Italy }, right: { id: rome, text: Rome } }
                    distractors:
                      - { id: berlin, text: Berlin }
                  - id: twelfths
                    type: fill-in-the-blank
                    skills: [fractions]
                    prompt: "2/3 = [[n]]/12"
                    blanks:
                      n: { answers: ["8"] }
                  - id: word
                    type: short-text
                    skills: [words]
                    prompt: What is the top number of a fraction called?
                    answers: [numerator]
                  - id: essay
                    type: short-text
                    skills: [words]
                    prompt: Explain in your own words what a fraction is.
                    manual: true
                """.formatted("a".equals(halfKey) ? ", correct: true" : "", "b".equals(halfKey) ? ", correct: true" : ""));
        files.put("assessment/quizzes/check.yaml", """
                mode: graded
                %s
                passing-score: 0.6
                items: [half, evens, three-quarters, sizes, capitals, twelfths, word]
                %s
                """.formatted(quizSettings != null && quizSettings.contains("feedback:") ? "" : "feedback: after-submission",
                quizSettings == null ? "" : quizSettings));
        files.put("assessment/quizzes/reflect.yaml", """
                mode: graded
                items: [essay]
                """);
        return files;
    }

    /** Imports the fixture into a new organization, publishes it and enrols a learner. */
    public static Imported create(Api api, String quizSettings) {
        String slug = "quiz-" + UUID.randomUUID().toString().substring(0, 8);
        return create(api, slug, files(slug, quizSettings, "a"));
    }

    /**
     * Imports a variant of the fixture ({@link #files} changed by the test, course id {@code slug})
     * into a new organization, publishes it and enrols a learner.
     */
    public static Imported create(Api api, String slug, Map<String, String> files) {
        TestOrganization org = TestOrganization.signUp(api);
        Api.Response imported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(files));
        assertThat(imported.status()).as("import: %s", imported).isEqualTo(201);
        UUID courseId = UUID.fromString(imported.json().get("course").get("id").asString());
        Courses.publish(api, org.adminToken(), courseId);
        String learnerToken = org.newUser(api, "learner");
        Courses.enrol(api, org.adminToken(), courseId, org.email("learner"), "LEARNER");
        return new Imported(org, slug, courseId, learnerToken, org.email("learner"));
    }

    /** Imports the fixture again with other quiz settings (the course keeps its id and learners). */
    public static void reimport(Api api, Imported course, String quizSettings) {
        Api.Response imported = api.postZip(Courses.PACKAGES, course.org().adminToken(),
                PackageZips.zip(files(course.slug(), quizSettings, "a")));
        assertThat(imported.status()).as("re-import: %s", imported).isEqualTo(200);
    }

    /** A quiz setting line that makes the quiz due at the given instant. */
    public static String dueAt(Instant due) {
        return "due: " + due;
    }
}
