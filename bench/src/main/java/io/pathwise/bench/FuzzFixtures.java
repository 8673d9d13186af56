package io.pathwise.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The valid values the baselines are made of, looked up on the running server as the demo users:
 * the Fractions course's id, the learner's id, an open attempt at a quiz with immediate feedback
 * (for drafts and checks), one at another quiz to submit, a submitted one with an answer to grade
 * by hand, an item and two skills. The course package
 * the import variants break is Fractions renamed to {@value #PACKAGE_SLUG}, so an import that is
 * accepted never changes the course the other operations use.
 */
final class FuzzFixtures {

    static final String SLUG = "fractions";
    /** Immediate feedback, so answers can be checked: drafts, checks and reads use an attempt at it. */
    static final String QUIZ = "fraction-basics-check";
    /** Submissions go to an attempt at another quiz (a learner has one open attempt per quiz, which a submission closes). */
    static final String SUBMIT_QUIZ = "comparing-fractions-quiz";
    /** Graded by hand: an attempt at it is submitted during set-up, for the grading operations. */
    static final String GRADED_QUIZ = "adding-subtracting-quiz";
    static final String MANUAL_ITEM = "why-not-add-the-denominators";
    /** New attempts are started at a quiz nothing else uses. */
    static final String START_QUIZ = "multiplying-fractions-check";
    static final String PACKAGE_SLUG = "fuzz-course";
    static final String STATEMENT_ID = "3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    final String courseId;
    final String learnerId;
    final String attemptId;
    final Answer answer;
    final String submitAttemptId;
    final Answer submitAnswer;
    final String gradedAttemptId;
    final String itemKey;
    final String itemJson;
    final String skillKey;
    final String prerequisiteKey;
    final Map<String, String> packageFiles;

    private FuzzFixtures(String courseId, String learnerId, String attemptId, Answer answer, String submitAttemptId,
            Answer submitAnswer, String gradedAttemptId, String itemJson, String skillKey, String prerequisiteKey,
            Map<String, String> packageFiles) {
        this.courseId = courseId;
        this.learnerId = learnerId;
        this.attemptId = attemptId;
        this.answer = answer;
        this.submitAttemptId = submitAttemptId;
        this.submitAnswer = submitAnswer;
        this.gradedAttemptId = gradedAttemptId;
        this.itemKey = answer.itemKey();
        this.itemJson = itemJson;
        this.skillKey = skillKey;
        this.prerequisiteKey = prerequisiteKey;
        this.packageFiles = packageFiles;
    }

    static FuzzFixtures lookUp(PathwiseApi api, Map<Caller, String> tokens, Path root) throws IOException, InterruptedException {
        String admin = tokens.get(Caller.ADMIN);
        String learner = tokens.get(Caller.LEARNER);
        String instructor = tokens.get(Caller.INSTRUCTOR);
        String courseId = null;
        for (Object course : JsonTree.array(JsonTree.object(api.get("/api/v1/courses", admin).expect(200, "GET /api/v1/courses")
                .json(), "courses").get("items"), "items")) {
            Map<String, Object> c = JsonTree.object(course, "course");
            if (SLUG.equals(c.get("slug"))) {
                courseId = JsonTree.string(c.get("id"), "course id");
            }
        }
        if (courseId == null) {
            throw new IllegalStateException("no course " + SLUG + " for the demo admin");
        }
        Map<String, Object> me = JsonTree.object(JsonTree.object(api.get("/api/v1/me", learner).expect(200, "GET /api/v1/me")
                .json(), "me").get("user"), "user");
        String attempt = startAttempt(api, learner, QUIZ);
        Answer answer = firstAnswer(api, learner, attempt);
        String itemKey = answer.itemKey();
        String submitAttempt = startAttempt(api, learner, SUBMIT_QUIZ);
        Answer submitAnswer = firstAnswer(api, learner, submitAttempt);
        String graded = startAttempt(api, learner, GRADED_QUIZ);
        api.postJson("/api/v1/attempts/" + graded + "/submission", learner, "{\"idempotencyKey\":\"fuzz-pass-set-up\","
                + "\"answers\":{\"" + MANUAL_ITEM + "\":{\"text\":\"The pieces differ in size; 5/6.\"}}}")
                .expect(200, "POST /api/v1/attempts/{id}/submission (set-up)");
        String itemJson = null;
        for (Object item : JsonTree.array(JsonTree.object(api.get("/api/v1/courses/" + SLUG + "/items", instructor)
                .expect(200, "GET /api/v1/courses/{slug}/items").json(), "items").get("items"), "items")) {
            Map<String, Object> fields = JsonTree.object(item, "item");
            if (itemKey.equals(fields.get("id"))) {
                // The list shows each item's version, which a PUT does not take (the server counts versions).
                fields.remove("version");
                itemJson = FuzzJson.text(fields);
            }
        }
        List<Object> skills = JsonTree.array(JsonTree.object(api.get("/api/v1/courses/" + courseId + "/skills", learner)
                .expect(200, "GET /api/v1/courses/{id}/skills").json(), "skills").get("skills"), "skills");
        String first = JsonTree.string(JsonTree.object(skills.get(0), "skill").get("key"), "skill key");
        String last = JsonTree.string(JsonTree.object(skills.get(skills.size() - 1), "skill").get("key"), "skill key");
        Map<String, String> files = new LinkedHashMap<>(DemoAccounts.fractionsPackage(root));
        files.put("course.yaml", files.get("course.yaml").replaceFirst("(?m)^id: .*$", "id: " + PACKAGE_SLUG));
        return new FuzzFixtures(courseId, JsonTree.string(me.get("id"), "user id"), attempt, answer, submitAttempt,
                submitAnswer, graded, itemJson == null ? "{}" : itemJson, last, first, files);
    }

    private static String startAttempt(PathwiseApi api, String learner, String quiz) throws IOException, InterruptedException {
        return Json.field(api.postJson("/api/v1/courses/" + SLUG + "/quizzes/" + quiz + "/attempts", learner, "")
                .body(), "id").orElseThrow(() -> new IllegalStateException("could not start an attempt at " + quiz));
    }

    /** An item of an attempt and an answer of the right shape for its type (docs/assessment.md). */
    record Answer(String itemKey, String json) {
    }

    /**
     * The attempt's item with the smallest key, with an answer its type takes. Smallest, not first:
     * quizzes shuffle their items and choices per attempt, and the baseline (so every variant made
     * from it) must not change from run to run.
     */
    private static Answer firstAnswer(PathwiseApi api, String learner, String attempt) throws IOException, InterruptedException {
        Map<String, Object> presented = JsonTree.object(api.get("/api/v1/attempts/" + attempt, learner)
                .expect(200, "GET /api/v1/attempts/{id}").json(), "attempt");
        Map<String, Object> item = null;
        for (Object each : JsonTree.array(presented.get("items"), "items")) {
            Map<String, Object> candidate = JsonTree.object(each, "item");
            if (item == null || String.valueOf(candidate.get("key")).compareTo(String.valueOf(item.get("key"))) < 0) {
                item = candidate;
            }
        }
        if (item == null) {
            throw new IllegalStateException("attempt " + attempt + " presents no item");
        }
        String key = JsonTree.string(item.get("key"), "item key");
        String json = switch (String.valueOf(item.get("type"))) {
            case "single-choice" -> "{\"choice\":" + Json.string(firstId(item, "choices")) + "}";
            case "multiple-choice" -> "{\"choices\":[" + Json.string(firstId(item, "choices")) + "]}";
            case "numeric" -> "{\"value\":\"1/2\"}";
            case "ordering" -> "{\"order\":[" + Json.string(firstId(item, "order")) + "]}";
            case "matching" -> "{\"pairs\":{" + Json.string(firstId(item, "left")) + ":" + Json.string(firstId(item, "right")) + "}}";
            case "fill-in-the-blank" -> "{\"blanks\":{" + Json.string(firstId(item, "blanks")) + ":\"1\"}}";
            default -> "{\"text\":\"one half\"}";
        };
        return new Answer(key, json);
    }

    /** The smallest id in one of the item's lists (choices, order, left, right, blanks). */
    private static String firstId(Map<String, Object> item, String list) {
        return JsonTree.array(item.get(list), list).stream()
                .map(entry -> entry instanceof Map<?, ?> map ? String.valueOf(map.get("id")) : String.valueOf(entry))
                .sorted().findFirst().orElse("a");
    }

    /** The value a path variable of that name takes in a baseline. */
    String pathValue(String variable) {
        return switch (variable) {
            case "slug" -> SLUG;
            case "courseId" -> courseId;
            case "activityKey" -> QUIZ;
            case "attemptId" -> attemptId;
            case "itemKey" -> itemKey;
            case "userId" -> learnerId;
            case "skillKey" -> skillKey;
            default -> "00000000-0000-0000-0000-000000000001";
        };
    }

    /** Shell variable names of the ids a reproduction must look up on its own server (see {@link FuzzReproduction#setUp}). */
    Map<String, String> idVariables() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(courseId, "COURSE_ID");
        ids.put(learnerId, "LEARNER_ID");
        ids.put(attemptId, "ATTEMPT_ID");
        ids.put(submitAttemptId, "SUBMIT_ATTEMPT_ID");
        ids.put(gradedAttemptId, "GRADED_ATTEMPT_ID");
        return ids;
    }
}
