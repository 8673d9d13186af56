package io.pathwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.shared.paging.Cursor;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.Courses;
import io.pathwise.support.DuringEvent;
import io.pathwise.support.PackageZips;
import io.pathwise.support.Problems;
import io.pathwise.support.QuizCourse;
import io.pathwise.support.Xapi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Quiz attempts over HTTP: starting, exact re-display, idempotent submission, grading with partial
 * credit, refusals with their reasons, and the evidence in the LRS. Each test imports its own
 * course into its own organization.
 */
abstract class AttemptFlows extends ApiTest {

    QuizCourse.Imported course;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @BeforeEach
    void course() {
        course = QuizCourse.create(api, null);
    }

    @Test
    void startingTwiceGivesTheSameOpenAttemptAndItIsShownAgainExactly() {
        Api.Response first = start();
        Api.Response second = start();

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(second.json().get("id")).isEqualTo(first.json().get("id"));
        JsonNode shown = api.get("/api/v1/attempts/" + id(first), course.learnerToken()).json();
        assertThat(shown.get("items")).isEqualTo(first.json().get("items"));
        assertThat(shown.get("items")).hasSize(7);
        assertThat(shown.get("items").get(0).get("prompt").asString()).contains("Which fraction is equal to 1/2?");
        assertThat(shown.get("items").get(0).toString()).doesNotContain("correct");
    }

    @Test
    void aQuizPresentingMoreThanAMillionCharactersCanBeStartedAndShownAgain() {
        // 60 items with prompts near the 20,000-character limit, in two banks (a file holds 1 MB).
        String reading = "A long reading passage. ".repeat(800);
        Map<String, String> files = QuizCourse.files("long-quiz", null, "a");
        List<String> keys = new java.util.ArrayList<>();
        for (int bank = 0; bank < 2; bank++) {
            StringBuilder items = new StringBuilder("items:\n");
            for (int i = 0; i < 30; i++) {
                String key = "reading-" + bank + "-" + i;
                keys.add(key);
                items.append("  - id: ").append(key).append("\n    type: short-text\n    skills: [words]\n")
                        .append("    prompt: \"").append(reading).append("Question ").append(key).append("?\"\n")
                        .append("    answers: [yes]\n");
            }
            files.put("assessment/items/reading-" + bank + ".yaml", items.toString());
        }
        files.put("assessment/quizzes/check.yaml", "mode: graded\nitems: [" + String.join(", ", keys) + "]\n");
        String learner = QuizCourse.create(api, "long-quiz", files).learnerToken();

        Api.Response started = api.post("/api/v1/courses/long-quiz/quizzes/" + QuizCourse.QUIZ + "/attempts", learner, Map.of());

        assertThat(started.status()).as("%s", started.status()).isEqualTo(201);
        assertThat(started.body().length()).isGreaterThan(keys.size() * reading.length()).isGreaterThan(1_000_000);
        JsonNode shown = api.get("/api/v1/attempts/" + id(started), learner).json();
        assertThat(shown.get("items")).hasSize(60).isEqualTo(started.json().get("items"));
    }

    @Test
    void aSubmissionIsGradedOnTheServerWithPartialCredit() {
        String attempt = id(start());
        ObjectNode answers = rightAnswers();
        answers.set("evens", Api.json().readTree("{\"choices\": [\"a\", \"b\"]}"));   // one right, one wrong: 0
        answers.set("sizes", Api.json().readTree("{\"order\": [\"small\", \"large\", \"medium\"]}")); // 2 of 3 pairs
        answers.remove("word");                                                               // unanswered

        Api.Response submitted = submit(attempt, "key-partial-1", answers);

        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        JsonNode result = submitted.json().get("result");
        assertThat(result.get("maxScore").asDouble()).isEqualTo(7.0);
        assertThat(result.get("score").asDouble()).isCloseTo(4 + 2.0 / 3, org.assertj.core.data.Offset.offset(0.001));
        assertThat(result.get("passed").asBoolean()).isTrue();
        assertThat(submitted.json().get("status").asString()).isEqualTo("GRADED");
    }

    @Test
    void theSameSubmissionSentFiveTimesInParallelIsGradedOnceAndAllFiveGetTheSameResponse() throws Exception {
        String attempt = id(start());
        ObjectNode answers = rightAnswers();

        List<Api.Response> responses = Concurrently.run(5, i -> submit(attempt, "same-key-12345", answers));

        assertThat(responses).extracting(Api.Response::status).containsOnly(200);
        assertThat(responses).extracting(Api.Response::body).containsOnly(responses.get(0).body());
        JsonNode book = api.get("/api/v1/courses/" + course.slug() + "/gradebook", course.org().adminToken()).json();
        JsonNode attempts = book.get("quizzes").get(0).get("attempts");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).get("score").asDouble()).isEqualTo(7.0);
        assertThat(attempts.get(0).get("learner").asString()).isEqualTo("learner");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstResultAndAnotherSubmissionGets409WithTheReason() {
        String attempt = id(start());
        Api.Response first = submit(attempt, "first-key-123", rightAnswers());

        Api.Response retry = submit(attempt, "first-key-123", rightAnswers());
        Api.Response other = submit(attempt, "other-key-456", rightAnswers());

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.status()).as("%s", other).isEqualTo(409);
        assertThat(other.json().get("detail").asString()).contains("already submitted");
    }

    @Test
    void answersToItemsNotInTheAttemptOrOfTheWrongTypeAreRefusedAndNothingIsSaved() {
        String attempt = id(start());
        ObjectNode answers = rightAnswers();
        answers.set("not-an-item", Api.json().readTree("{\"choice\": \"a\"}"));
        answers.set("half", Api.json().readTree("{\"choices\": 3}"));

        Api.Response refused = submit(attempt, "bad-answers-1", answers);

        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.body()).contains("answers.not-an-item", "is not an item of this attempt", "answers.half");
        JsonNode still = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json();
        assertThat(still.get("status").asString()).isEqualTo("OPEN");
        assertThat(submit(attempt, "bad-answers-1", rightAnswers()).status()).isEqualTo(200);
    }

    @Test
    void aSubmissionWithoutAnIdempotencyKeyOrWithUnknownFieldsIsRefused() {
        String attempt = id(start());
        Api.Response noKey = api.post("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(),
                Api.json().createObjectNode().set("answers", rightAnswers()));
        ObjectNode unknown = body("k-unknown-1", rightAnswers());
        unknown.put("score", 7);

        assertThat(noKey.status()).as("%s", noKey).isEqualTo(422);
        assertThat(noKey.body()).contains("idempotencyKey");
        Api.Response refused = api.post("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(), unknown);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("score", "is not a field of a submission");
    }

    @Test
    void anOversizedSubmissionGets413() {
        String attempt = id(start());
        ObjectNode answers = rightAnswers();
        answers.set("word", Api.json().createObjectNode().put("text", "x".repeat(300_000)));

        Api.Response refused = submit(attempt, "too-large-1", answers);

        assertThat(refused.status()).as("%s", refused).isEqualTo(413);
        assertThat(api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json().get("status").asString())
                .isEqualTo("OPEN");
    }

    @Test
    void anotherLearnerCannotSeeOrSubmitSomeoneElsesAttempt() {
        String attempt = id(start());
        String other = course.org().newUser(api, "other");
        io.pathwise.support.Courses.enrol(api, course.org().adminToken(), course.courseId(), course.org().email("other"),
                "LEARNER");

        assertThat(api.get("/api/v1/attempts/" + attempt, other).status()).isEqualTo(404);
        assertThat(submit(attempt, "someone-else-1", rightAnswers(), other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/attempts/" + attempt, course.org().adminToken()).status()).isEqualTo(200);
    }

    @Test
    void aDraftIsSavedAndShownWithTheAttempt() {
        String attempt = id(start());

        Api.Response saved = api.put("/api/v1/attempts/" + attempt + "/draft", course.learnerToken(),
                Api.json().readTree("{\"answers\": {\"half\": {\"choice\": \"b\"}}}"));

        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        JsonNode shown = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json();
        assertThat(shown.get("draft").get("half").get("choice").asString()).isEqualTo("b");
    }

    @Test
    void aGradedAttemptIsRecordedInTheLrsAsAnsweredCompletedAndPassedStatements() throws Exception {
        String attempt = id(start());
        assertThat(submit(attempt, "evidence-key-1", rightAnswers()).status()).isEqualTo(200);

        JsonNode statements = statementsOf(attempt, 9);

        List<String> verbs = new java.util.ArrayList<>();
        statements.forEach(s -> verbs.add(s.get("verb").get("id").asString()));
        assertThat(verbs).filteredOn(v -> v.endsWith("/answered")).hasSize(7);
        assertThat(verbs).contains("http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/passed");
        JsonNode answered = java.util.stream.StreamSupport.stream(statements.spliterator(), false)
                .filter(s -> s.get("object").get("id").asString().endsWith("/items/half")).findFirst().orElseThrow();
        assertThat(answered.get("result").get("success").asBoolean()).isTrue();
        assertThat(answered.get("context").get("extensions").toString()).contains("fractions");
        assertThat(answered.get("actor").get("account").get("name").asString()).isNotBlank();
    }

    @Test
    void aFreeTextAnswerWaitsForTheInstructorAndTheGradeIsFinalOnceItIsGraded() throws Exception {
        String attempt = id(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.ESSAY_QUIZ + "/attempts",
                course.learnerToken(), java.util.Map.of()));
        Api.Response submitted = submit(attempt, "essay-key-1",
                (ObjectNode) Api.json().readTree("{\"essay\": {\"text\": \"A part of a whole.\"}}"));
        assertThat(submitted.json().get("status").asString()).isEqualTo("AWAITING_GRADING");

        JsonNode queue = api.get("/api/v1/courses/" + course.slug() + "/grading-queue", course.org().adminToken()).json();
        assertThat(queue.get("items")).hasSize(1);
        Api.Response graded = api.put("/api/v1/attempts/" + attempt + "/responses/essay/grade", course.org().adminToken(),
                java.util.Map.of("score", 1, "feedback", "Well put."));

        assertThat(graded.status()).as("%s", graded).isEqualTo(200);
        JsonNode shown = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json();
        assertThat(shown.get("status").asString()).isEqualTo("GRADED");
        assertThat(shown.get("result").get("passed").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/courses/" + course.slug() + "/grading-queue", course.org().adminToken()).json()
                .get("items")).isEmpty();
        assertThat(statementsOf(attempt, 3)).hasSize(3);
    }

    @Test
    void theGradingQueueIsPagedOldestAttemptsFirstAndGradingBetweenPagesSkipsNoOne() throws Exception {
        List<String> attempts = new ArrayList<>();
        for (String learner : List.of("first", "second", "third")) {
            String token = course.org().newUser(api, learner);
            Courses.enrol(api, course.org().adminToken(), course.courseId(), course.org().email(learner),
                    "LEARNER");
            String attempt = id(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.ESSAY_QUIZ
                    + "/attempts", token, Map.of()));
            assertThat(submit(attempt, "essay-" + learner, (ObjectNode) Api.json().readTree(
                    "{\"essay\": {\"text\": \"By " + learner + ".\"}}"), token).status()).isEqualTo(200);
            attempts.add(attempt);
            Thread.sleep(5); // attempt ids are UUIDv7: a later millisecond sorts after
        }
        String queue = "/api/v1/courses/" + course.slug() + "/grading-queue";

        JsonNode first = api.get(queue + "?limit=2", course.org().adminToken()).json();
        assertThat(first.get("waiting").asInt()).isEqualTo(3);
        assertThat(attemptIds(first)).containsExactly(attempts.get(0), attempts.get(1));
        assertThat(first.get("items").get(0).get("answer").get("text").asString()).isEqualTo("By first.");
        // Grading an answer of the page shown does not move the next page: the cursor names a place.
        assertThat(api.put("/api/v1/attempts/" + attempts.get(0) + "/responses/essay/grade", course.org().adminToken(),
                Map.of("score", 1)).status()).isEqualTo(200);
        JsonNode second = api.get(queue + "?limit=2&cursor=" + first.get("nextCursor").asString(),
                course.org().adminToken()).json();

        assertThat(attemptIds(second)).containsExactly(attempts.get(2));
        assertThat(second.get("waiting").asInt()).isEqualTo(2);
        assertThat(second.has("nextCursor")).as("%s", second).isFalse();
        JsonNode everything = api.get(queue, course.org().adminToken()).json();
        assertThat(attemptIds(everything)).containsExactly(attempts.get(1), attempts.get(2));
    }

    @Test
    void theGradeBookPagesLearnersByNameAndAFirstAttemptBetweenPagesSkipsNoOne() {
        assertThat(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.QUIZ + "/attempts",
                course.learnerToken(), Map.of()).status()).isEqualTo(201);
        for (String learner : List.of("carl", "anna", "bert")) {
            startAsNewLearner(learner);
        }
        String book = "/api/v1/courses/" + course.slug() + "/gradebook";

        JsonNode first = api.get(book + "?limit=2", course.org().adminToken()).json();
        assertThat(first.get("learnerCount").asInt()).isEqualTo(4);
        assertThat(learnerNames(first)).containsExactly("anna", "bert");
        // A learner whose name sorts first makes an attempt: the next page still starts after bert.
        startAsNewLearner("aaron");
        JsonNode second = api.get(book + "?limit=2&cursor=" + first.get("nextCursor").asString(),
                course.org().adminToken()).json();

        assertThat(learnerNames(second)).containsExactly("carl", "learner");
        assertThat(second.get("learnerCount").asInt()).isEqualTo(5);
        assertThat(second.has("nextCursor")).as("%s", second).isFalse();
        assertThat(learnerNames(api.get(book, course.org().adminToken()).json()))
                .containsExactly("aaron", "anna", "bert", "carl", "learner");
    }

    @Test
    void theGradeBookRefusesALimitOutOfRangeAndACursorItDidNotIssue() {
        String book = "/api/v1/courses/" + course.slug() + "/gradebook";
        Problems.assertFieldProblem(api.get(book + "?limit=0", course.org().adminToken()), 400, "limit");
        Problems.assertFieldProblem(api.get(book + "?limit=101", course.org().adminToken()), 400, "limit");
        Problems.assertFieldProblem(api.get(book + "?cursor=" + Cursor.encode(UUID.randomUUID()), course.org().adminToken()),
                400, "cursor");
        Problems.assertFieldProblem(api.get(book + "?cursor=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("learner:not-an-id:anna".getBytes(StandardCharsets.UTF_8)), course.org().adminToken()), 400,
                "cursor");
    }

    private void startAsNewLearner(String name) {
        String token = course.org().newUser(api, name);
        Courses.enrol(api, course.org().adminToken(), course.courseId(), course.org().email(name), "LEARNER");
        assertThat(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.QUIZ + "/attempts", token,
                Map.of()).status()).isEqualTo(201);
    }

    /** The learners of a grade book page, in its order, from the quiz's attempts. */
    private static List<String> learnerNames(JsonNode book) {
        List<String> names = new ArrayList<>();
        book.get("quizzes").forEach(quiz -> {
            if (quiz.get("activityKey").asString().equals(QuizCourse.QUIZ)) {
                quiz.get("attempts").forEach(attempt -> names.add(attempt.get("learner").asString()));
            }
        });
        return names;
    }

    @Test
    void theGradingQueueRefusesALimitOutOfRangeAndACursorItDidNotIssue() {
        String queue = "/api/v1/courses/" + course.slug() + "/grading-queue";
        Problems.assertFieldProblem(api.get(queue + "?limit=0", course.org().adminToken()), 400, "limit");
        Problems.assertFieldProblem(api.get(queue + "?limit=101", course.org().adminToken()), 400,
                "limit");
        // A cursor of another list (the members list's, which names an id) is not a place in the queue.
        Problems.assertFieldProblem(api.get(queue + "?cursor="
                + Cursor.encode(UUID.randomUUID()), course.org().adminToken()), 400,
                "cursor");
        Problems.assertFieldProblem(api.get(queue + "?cursor=" + Base64.getUrlEncoder()
                .withoutPadding().encodeToString("answer:x:1".getBytes(StandardCharsets.UTF_8)),
                course.org().adminToken()), 400, "cursor");
    }

    private static List<String> attemptIds(JsonNode queue) {
        List<String> ids = new ArrayList<>();
        queue.get("items").forEach(item -> ids.add(item.get("attemptId").asString()));
        return ids;
    }

    @Test
    void changingAnAnswerKeyRegradesTheAttemptsThatAskedItAndTheChangeIsRecorded() throws Exception {
        String attempt = id(start());
        assertThat(submit(attempt, "regrade-key-1", rightAnswers()).json().get("result").get("score").asDouble()).isEqualTo(7.0);
        statementsOf(attempt, 9);

        Api.Response reimported = api.postZip("/api/v1/course-packages", course.org().adminToken(),
                io.pathwise.support.PackageZips.zip(QuizCourse.files(course.slug(), null, "b")));

        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);
        JsonNode shown = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json();
        assertThat(shown.get("result").get("score").asDouble()).isEqualTo(6.0);
        JsonNode log = api.get("/api/v1/courses/" + course.slug() + "/regrades", course.org().adminToken()).json();
        assertThat(log.get("items")).hasSize(1);
        assertThat(log.get("items").get(0).get("itemKey").asString()).isEqualTo("half");
        assertThat(log.get("items").get(0).get("attemptsRegraded").asInt()).isEqualTo(1);
        JsonNode current = statementsOf(attempt, 9, 2);
        JsonNode half = java.util.stream.StreamSupport.stream(current.spliterator(), false)
                .filter(s -> s.get("object").get("id").asString().endsWith("/items/half")).findFirst().orElseThrow();
        assertThat(half.get("result").get("success").asBoolean()).isFalse();
        assertThat(current.toString()).as("the first grade's statements are voided").contains("StatementRef");
    }

    @Test
    void anItemChangedByApiRegradesTheAttemptsThatAskedItAndRecordsWhoChangedIt() throws Exception {
        String attempt = id(start());
        submit(attempt, "api-regrade-1", rightAnswers());
        String changed = """
                {"id": "three-quarters", "type": "numeric", "skills": ["fractions"],
                 "prompt": "Write three quarters as a number.", "answer": "0.8"}""";

        Api.Response put = api.send("PUT", "/api/v1/courses/" + course.slug() + "/items/three-quarters",
                course.org().adminToken(), "application/json", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(put.status()).as("%s", put).isEqualTo(200);
        assertThat(put.json().get("answerKeyChanged").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json().get("result").get("score").asDouble())
                .isEqualTo(6.0);
        JsonNode entry = api.get("/api/v1/courses/" + course.slug() + "/regrades", course.org().adminToken()).json()
                .get("items").get(0);
        assertThat(entry.get("changedBy").isNull()).isFalse();
    }

    @Test
    void anAnswerThatNoLongerFitsAChangedItemEarnsNothingAndTheRegradeStillSucceeds() {
        String attempt = id(start());
        submit(attempt, "no-longer-fits-1", rightAnswers());
        String changed = """
                {"id": "half", "type": "single-choice", "skills": ["fractions"], "prompt": "Which fraction is equal to 1/2?",
                 "choices": [{"id": "b", "text": "2/4", "correct": true}, {"id": "c", "text": "3/4"}]}""";

        Api.Response put = api.send("PUT", "/api/v1/courses/" + course.slug() + "/items/half",
                course.org().adminToken(), "application/json", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(put.status()).as("%s", put).isEqualTo(200);
        assertThat(api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json().get("result").get("score").asDouble())
                .isEqualTo(6.0);
    }

    @Test
    void aRangeChangedAfterAnAttemptStartedGradesAndRegradesItWithTheNumbersItsLearnerWasShown() {
        String timesTen = """
                {"id": "three-quarters", "type": "numeric", "skills": ["fractions"],
                 "parameters": {"a": {"min": %d, "max": %d}}, "prompt": "What is {a} times 10?", "answer": "a * 10"}""";
        assertThat(putItem("three-quarters", timesTen.formatted(2, 9)).status()).isEqualTo(200);
        Api.Response started = start();
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("What is (\\d+) times 10")
                .matcher(itemOf(started.json(), "three-quarters").get("prompt").asString());
        assertThat(shown.find()).as("%s", started.body()).isTrue();
        long a = Long.parseLong(shown.group(1));
        // The author moves the range past every value the learner could have been shown.
        assertThat(putItem("three-quarters", timesTen.formatted(100, 200)).status()).isEqualTo(200);
        ObjectNode answers = rightAnswers();
        answers.set("three-quarters", Api.json().readTree("{\"value\": \"" + a * 10 + "\"}"));

        Api.Response submitted = submit(id(started), "shown-numbers-1", answers);

        assertThat(submitted.json().get("result").get("score").asDouble()).as("%s", submitted.body()).isEqualTo(7.0);
        // Another change of the range regrades the attempt: still with the numbers it showed.
        Api.Response changed = putItem("three-quarters", timesTen.formatted(300, 400));
        assertThat(changed.json().get("answerKeyChanged").asBoolean()).isTrue();
        JsonNode regraded = api.get("/api/v1/attempts/" + id(started), course.learnerToken()).json();
        assertThat(regraded.get("result").get("score").asDouble()).isEqualTo(7.0);
        JsonNode log = api.get("/api/v1/courses/" + course.slug() + "/regrades", course.org().adminToken()).json();
        assertThat(log.get("items").get(0).get("itemKey").asString()).isEqualTo("three-quarters");
    }

    /** The key of "three-quarters" made wrong for the right answer: a right submission scores 6.0 instead of 7.0. */
    static final String THREE_QUARTERS_IS_0_8 = """
            {"id": "three-quarters", "type": "numeric", "skills": ["fractions"],
             "prompt": "Write three quarters as a number.", "answer": "0.8"}""";

    @Test
    void anAnswerKeyChangeCommittedWhileASubmissionIsGradingWithTheOldKeyStillRegradesIt() throws Exception {
        String attempt = id(start());
        UUID attemptId = UUID.fromString(attempt);
        java.util.concurrent.atomic.AtomicReference<Api.Response> change = new java.util.concurrent.atomic.AtomicReference<>();
        Api.Response submitted;
        // The submission has graded with the old key and not committed; the change commits first and
        // regrades the submitted attempts it sees, which cannot include this one yet. The submission
        // then stays uncommitted past pathwise.background.quiet-period, so that the catch-up after the
        // change has started meanwhile and must wait for it.
        try (DuringEvent hook = DuringEvent.once(context, AttemptSubmitted.class, e -> e.attemptId().equals(attemptId),
                e -> {
                    change.set(putItem("three-quarters", THREE_QUARTERS_IS_0_8));
                    pause(Duration.ofSeconds(1));
                })) {
            submitted = submit(attempt, "grading-during-change-1", rightAnswers());
        }

        assertThat(change.get().status()).as("%s", change.get()).isEqualTo(200);
        assertThat(change.get().json().get("answerKeyChanged").asBoolean()).isTrue();
        assertThat(submitted.json().get("result").get("score").asDouble()).as("graded with the old key").isEqualTo(7.0);
        assertThat(scoreChangedFrom(attempt, 7.0)).as("regraded with the new key").isEqualTo(6.0);
        assertThat(regradeLogEntry("three-quarters").get("attemptsRegraded").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT key_version FROM assessment_response WHERE attempt_id = ? AND item_key = ?")
                .params(attemptId, "three-quarters").query(Integer.class).single())
                .as("the response records the key it is now graded with").isEqualTo(2);
        statementsOf(attempt, 9, 2);
    }

    @Test
    void aSubmissionCommittedWhileAnAnswerKeyChangeIsCommittingIsRegradedWithTheNewKey() throws Exception {
        String attempt = id(start());
        java.util.concurrent.atomic.AtomicReference<Api.Response> submitted = new java.util.concurrent.atomic.AtomicReference<>();
        Api.Response change;
        // The change has regraded the submitted attempts it saw and not committed; the submission reads
        // the old key, and commits first.
        try (DuringEvent hook = DuringEvent.once(context, io.pathwise.assessment.attempt.AnswerKeysChanged.class,
                e -> e.courseId().equals(course.courseId()),
                e -> submitted.set(submit(attempt, "committing-during-change-1", rightAnswers())))) {
            change = putItem("three-quarters", THREE_QUARTERS_IS_0_8);
        }

        assertThat(change.status()).as("%s", change).isEqualTo(200);
        assertThat(submitted.get().json().get("result").get("score").asDouble()).as("%s", submitted.get())
                .isEqualTo(7.0);
        assertThat(scoreChangedFrom(attempt, 7.0)).as("regraded with the new key").isEqualTo(6.0);
        assertThat(regradeLogEntry("three-quarters").get("attemptsRegraded").asInt()).isEqualTo(1);
    }

    @Test
    void anAnswerToAChoiceRemovedSinceTheAttemptStartedIsKeptWithNoCreditInsteadOfRefusingTheSubmission() {
        String attempt = id(start());
        // Choice "a", right when the attempt was shown, is removed while the learner works offline.
        assertThat(putItem("half", """
                {"id": "half", "type": "single-choice", "skills": ["fractions"], "prompt": "Which fraction is equal to 1/2?",
                 "choices": [{"id": "b", "text": "2/4", "correct": true}, {"id": "c", "text": "3/4"}]}""").status())
                .isEqualTo(200);

        // An answer that fits nothing is still refused on an item that has not changed.
        ObjectNode unknownChoice = rightAnswers();
        unknownChoice.set("evens", Api.json().readTree("{\"choices\": [\"z\"]}"));
        Problems.assertFieldProblem(submit(attempt, "unknown-choice-1", unknownChoice), 422, "answers.evens");

        Api.Response submitted = submit(attempt, "removed-choice-1", rightAnswers());

        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(200);
        JsonNode result = submitted.json().get("result");
        assertThat(result.get("score").asDouble()).isEqualTo(6.0);
        assertThat(itemOf(result, "half").get("score").asDouble()).isZero();
        assertThat(jdbc.sql("SELECT answer FROM assessment_response WHERE attempt_id = ? AND item_key = 'half'")
                .param(UUID.fromString(attempt)).query(String.class).single()).as("the answer is kept").contains("\"a\"");
    }

    @Test
    void anAnswerSubmittedAfterAWrongCheckIsNotAFirstTry() throws Exception {
        course = QuizCourse.create(api, "feedback: immediate");
        String attempt = id(start());
        check(attempt, "half", "{\"choice\": \"b\"}");

        submit(attempt, "after-wrong-check-1", rightAnswers());

        JsonNode half = java.util.stream.StreamSupport.stream(statementsOf(attempt, 9).spliterator(), false)
                .filter(s -> s.get("object").get("id").asString().endsWith("/items/half")).findFirst().orElseThrow();
        assertThat(half.get("result").get("extensions").get("https://w3id.org/pathwise/xapi/extensions/first-try").asBoolean())
                .isFalse();
        assertThat(half.get("result").get("success").asBoolean()).isTrue();
    }

    @Test
    void aMalformedItemSentByApiIsRefusedWithItsFieldAndLineAndNothingChanges() {
        String broken = """
                {"id": "half", "type": "single-choice", "skills": ["fractions"], "prompt": "Pick",
                 "choices": [{"id": "a", "text": "x", "correct": true}, {"id": "b", "text": "y", "correct": true}]}""";

        Api.Response put = api.send("PUT", "/api/v1/courses/" + course.slug() + "/items/half",
                course.org().adminToken(), "application/json", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(put.status()).as("%s", put).isEqualTo(422);
        assertThat(put.body()).contains("\"field\":\"body\"", "\"line\":");
        JsonNode items = api.get("/api/v1/courses/" + course.slug() + "/items", course.org().adminToken()).json().get("items");
        JsonNode half = java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.get("id").asString().equals("half")).findFirst().orElseThrow();
        assertThat(half.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void withImmediateFeedbackEachCheckedAnswerIsJudgedAndCountedAsATryInTheEvidence() throws Exception {
        course = QuizCourse.create(api, "feedback: immediate");
        String attempt = id(start());

        Api.Response wrong = check(attempt, "half", "{\"choice\": \"b\"}");
        Api.Response right = check(attempt, "half", "{\"choice\": \"a\"}");

        assertThat(wrong.status()).as("%s", wrong).isEqualTo(200);
        assertThat(wrong.json().get("correct").asBoolean()).isFalse();
        assertThat(right.json().get("correct").asBoolean()).isTrue();
        assertThat(right.json().get("tries").asInt()).isEqualTo(2);
        submit(attempt, "immediate-key-1", rightAnswers());
        JsonNode half = java.util.stream.StreamSupport.stream(statementsOf(attempt, 9).spliterator(), false)
                .filter(s -> s.get("object").get("id").asString().endsWith("/items/half")).findFirst().orElseThrow();
        assertThat(half.get("result").get("extensions").get("https://w3id.org/pathwise/xapi/extensions/first-try").asBoolean())
                .isFalse();
    }

    @Test
    void answersCannotBeCheckedOneByOneWhenTheQuizGivesFeedbackAfterSubmission() {
        String attempt = id(start());

        Api.Response refused = check(attempt, "half", "{\"choice\": \"a\"}");

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("after submission");
    }

    @Test
    void anAttemptStartedBeforeItsQuizLeftTheCourseCanStillBeSubmittedAndIsRecorded() throws Exception {
        String attempt = id(start());
        java.util.Map<String, String> files = QuizCourse.files(course.slug(), null, "a");
        files.remove("assessment/quizzes/check.yaml");
        files.put("units/basics/unit.yaml", files.get("units/basics/unit.yaml").replaceAll(
                "(?s)  - id: check\\n.*?content: check.md\\n", ""));
        Api.Response reimported = api.postZip("/api/v1/course-packages", course.org().adminToken(),
                io.pathwise.support.PackageZips.zip(files));
        assertThat(reimported.status()).as("%s", reimported).isEqualTo(200);

        Api.Response submitted = submit(attempt, "after-removal-1", rightAnswers());

        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
        JsonNode completed = java.util.stream.StreamSupport.stream(statementsOf(attempt, 9).spliterator(), false)
                .filter(s -> s.get("verb").get("id").asString().endsWith("/completed")).findFirst().orElseThrow();
        assertThat(completed.get("object").get("id").asString()).endsWith("/" + QuizCourse.QUIZ);
    }

    @Test
    void allowedAttemptsAreEnforced() {
        course = QuizCourse.create(api, "attempts: 1");
        String attempt = id(start());
        submit(attempt, "only-attempt-1", rightAnswers());

        Api.Response again = start();

        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("1 allowed attempts");
    }

    @Test
    void aSubmissionAfterTheDeadlineCountsWithinTheGraceWindowWhenAnsweredBeforeIt() throws Exception {
        // Set just before starting, so a slow setup cannot eat the attempt's few seconds.
        Instant due = Instant.now().plusSeconds(3);
        QuizCourse.reimport(api, course, QuizCourse.dueAt(due));
        String attempt = id(start());
        sleepUntil(due.plusMillis(300));

        Api.Response late = submit(attempt, "late-but-ok-1", body("late-but-ok-1", rightAnswers()).put("answeredAt",
                due.minusSeconds(1).toString()));

        assertThat(late.status()).as("%s", late).isEqualTo(200);
        assertThat(late.json().get("late").asBoolean()).isTrue();
    }

    @Test
    void aSubmissionAfterTheDeadlinePlusGraceIsRefusedAndTheAttemptClosesWithItsSavedDraft() throws Exception {
        Instant due = Instant.now().plusSeconds(3);
        QuizCourse.reimport(api, course, QuizCourse.dueAt(due));
        String attempt = id(start());
        api.put("/api/v1/attempts/" + attempt + "/draft", course.learnerToken(),
                Api.json().readTree("{\"answers\": {\"half\": {\"choice\": \"a\"}}}"));
        sleepUntil(due.plus(Duration.ofSeconds(3)).plusMillis(500)); // the test profile's grace is 3 s

        Api.Response tooLate = submit(attempt, "too-late-key-1", body("too-late-key-1", rightAnswers()).put("answeredAt",
                due.minusSeconds(1).toString()));

        assertThat(tooLate.status()).as("%s", tooLate).isEqualTo(409);
        assertThat(tooLate.json().get("detail").asString()).contains("deadline");
        JsonNode shown = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json();
        assertThat(shown.get("status").asString()).isEqualTo("GRADED");
        assertThat(shown.get("result").get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anItemTextWithACharacterACourseFileCannotHoldIsRefusedNamingItsFieldAndTheCourseKeepsWorking() {
        // JSON escapes reach the item's texts as the characters themselves; each is one YAML cannot hold.
        Map<String, String> bad = Map.of(
                "\"prompt\": \"What is 1+1? \\ud800\"", "'prompt' contains U+D800",
                "\"prompt\": \"What is 1+1?\", \"hints\": [\"Count.\", \"Add \\u007f\"]", "'hints[1]' contains U+007F",
                "\"prompt\": \"What is 1+1?\", \"solution\": \"Two \\u0090\"", "'solution' contains U+0090",
                "\"prompt\": \"What is 1+1? \\udc00\"", "'prompt' contains U+DC00",
                "\"prompt\": \"What is 1+1?\", \"units\": [\"apples\\uffff\"]", "'units[0]' contains U+FFFF");
        bad.forEach((fields, reason) -> {
            Api.Response put = putItem("bad-item", "{\"id\": \"bad-item\", \"type\": \"numeric\", \"skills\": [\"fractions\"], "
                    + fields + ", \"answer\": \"2\"}");

            assertThat(put.status()).as("%s", put).isEqualTo(422);
            assertThat(put.body()).contains("\"field\":\"body\"", reason, "which a course file cannot hold");
            assertThat(put.json().get("errors")).as("reported once: %s", put).hasSize(1);
        });

        assertThat(api.get("/api/v1/courses/" + course.slug() + "/items", course.org().adminToken()).status()).isEqualTo(200);
        assertThat(start().status()).isEqualTo(201);
        Api.Response emoji = putItem("bad-item", """
                {"id": "bad-item", "type": "numeric", "skills": ["fractions"], "prompt": "What is 1+1? \\ud83d\\ude00",
                 "answer": "2"}""");
        assertThat(emoji.status()).as("a whole surrogate pair is a character like any other: %s", emoji).isEqualTo(201);
    }

    @Test
    void anItemBankWithACharacterACourseFileCannotHoldIsRefusedWithItsFileAndLineAndTheCourseKeepsWorking() {
        Map<String, String> files = QuizCourse.files(course.slug(), null, "a");
        String bank = files.get("assessment/items/fractions.yaml");
        files.put("assessment/items/fractions.yaml", bank.replace("prompt: Write three quarters as a number.",
                "prompt: \"Write three quarters \\uD800 as a number.\""));

        Api.Response refused = api.postZip("/api/v1/course-packages", course.org().adminToken(),
                io.pathwise.support.PackageZips.zip(files));

        assertThat(refused.status()).as("%s", refused).isEqualTo(422);
        assertThat(refused.body()).contains("\"field\":\"assessment/items/fractions.yaml\"", "'prompt' contains U+D800",
                "\"line\":" + (bank.lines().toList().indexOf("    prompt: Write three quarters as a number.") + 1));
        assertThat(api.get("/api/v1/courses/" + course.slug() + "/items", course.org().adminToken()).status()).isEqualTo(200);
        assertThat(start().status()).isEqualTo(201);
    }

    @Test
    void anItemStoredBeforeItsCharactersWereCheckedNoLongerTakesTheCourseDownAndCanBeSavedAgain() {
        // Written as the server wrote such items before the check: the character itself (a C1 control) in the JSON.
        jdbc.sql("INSERT INTO assessment_item (course_id, item_key, tenant_id, item_type, definition, answer_key, version, "
                        + "updated_at) SELECT course_id, 'bad-item', tenant_id, 'numeric', ?, 'unreadable', 1, updated_at "
                        + "FROM assessment_item WHERE course_id = ? AND item_key = 'half'")
                .params("{\"id\":\"bad-item\",\"type\":\"numeric\",\"skills\":[\"fractions\"],\"prompt\":\"What is 1+1? \u0090\","
                        + "\"answer\":\"2\"}", course.courseId()).update();

        Api.Response items = api.get("/api/v1/courses/" + course.slug() + "/items", course.org().adminToken());
        assertThat(items.status()).as("%s", items).isEqualTo(200);
        assertThat(items.json().get("unreadable").get(0).get("id").asString()).isEqualTo("bad-item");
        assertThat(items.json().get("unreadable").get(0).get("problem").asString()).contains("is not valid YAML");
        assertThat(start().status()).isEqualTo(201);
        Api.Response export = api.get("/api/v1/courses/" + course.courseId() + "/package", course.org().adminToken());
        assertThat(export.status()).as("an export without the item would lose it at the next import: %s", export)
                .isEqualTo(409);
        assertThat(export.json().get("detail").asString()).contains("bad-item");

        Api.Response fixed = putItem("bad-item", """
                {"id": "bad-item", "type": "numeric", "skills": ["fractions"], "prompt": "What is 1+1?", "answer": "2"}""");

        assertThat(fixed.status()).as("%s", fixed).isEqualTo(200);
        JsonNode after = api.get("/api/v1/courses/" + course.slug() + "/items", course.org().adminToken()).json();
        assertThat(after.get("unreadable")).isEmpty();
        assertThat(after.get("items").toString()).contains("\"id\":\"bad-item\"");
    }

    @Test
    void anExpressionThatSomeDrawnValuesCannotComputeIsRefusedNamingThoseValues() {
        Api.Response always = putItem("three-quarters", """
                {"id": "three-quarters", "type": "numeric", "skills": ["fractions"],
                 "parameters": {"a": {"min": 1, "max": 5}, "c": {"min": 1, "max": 5}},
                 "prompt": "What is {= c/(a-a)}?", "answer": "c"}""");
        Api.Response sometimes = putItem("three-quarters", """
                {"id": "three-quarters", "type": "numeric", "skills": ["fractions"],
                 "parameters": {"a": {"min": 1, "max": 3}, "b": {"min": 3, "max": 9}},
                 "prompt": "What is 6 divided by {a} minus {b}?", "answer": "6/(a-b)"}""");
        Api.Response wide = putItem("three-quarters", """
                {"id": "three-quarters", "type": "numeric", "skills": ["fractions"],
                 "parameters": {"a": {"min": -400000, "max": 400000}, "b": {"min": 1, "max": 900000}},
                 "prompt": "What is {a} divided by {b}?", "answer": "b/a"}""");

        assertThat(always.status()).as("%s", always).isEqualTo(422);
        assertThat(always.body()).contains("\"field\":\"body\"", "{= c/(a-a)}", "division by zero", "a = 1");
        assertThat(sometimes.status()).as("%s", sometimes).isEqualTo(422);
        assertThat(sometimes.body()).contains("'answer'", "division by zero", "a = 3, b = 3");
        assertThat(wide.status()).as("a zero inside a wide range is found too: %s", wide).isEqualTo(422);
        assertThat(wide.body()).contains("a = 0");
        assertThat(start().status()).isEqualTo(201);
    }

    @Test
    void anAttemptWhoseItemCannotBeShownIsNotStartedAndTheLearnerIsToldWhichItem() {
        // An item stored before expressions were tried with the drawn values: every draw divides by zero.
        jdbc.sql("UPDATE assessment_item SET definition = ?, updated_at = CURRENT_TIMESTAMP WHERE course_id = ? "
                        + "AND item_key = 'three-quarters'")
                .params("{\"id\":\"three-quarters\",\"type\":\"numeric\",\"skills\":[\"fractions\"],"
                        + "\"parameters\":{\"a\":{\"min\":1,\"max\":3}},\"prompt\":\"What is {= 1/(a-a)}?\",\"answer\":\"0.75\"}",
                        course.courseId()).update();

        Api.Response refused = start();

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("three-quarters", "cannot be shown")
                .as("how the answer is computed is not shown to the learner").doesNotContain("1/(a-a)");
        assertThat(api.get("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.QUIZ, course.learnerToken()).json()
                .get("attempts")).as("no attempt was opened").isEmpty();
    }

    @Test
    void anItemThatCannotBeComputedForAnOpenAttemptIsWithdrawnFromItAndFixingTheItemGradesTheKeptAnswer() {
        course = QuizCourse.create(api, "feedback: immediate");
        String attempt = id(start());
        // The item as a change the item check's sample missed would leave it: this attempt's values divide by zero
        // (and the key it was saved with is not the one of the fix below).
        jdbc.sql("UPDATE assessment_item SET definition = ?, answer_key = 'missed-by-the-check', "
                        + "updated_at = CURRENT_TIMESTAMP WHERE course_id = ? "
                        + "AND item_key = 'three-quarters'")
                .params("{\"id\":\"three-quarters\",\"type\":\"numeric\",\"skills\":[\"fractions\"],"
                        + "\"parameters\":{\"a\":{\"min\":1,\"max\":3}},\"prompt\":\"What is 3/4?\",\"answer\":\"1/(a-a)\"}",
                        course.courseId()).update();

        Api.Response checked = check(attempt, "three-quarters", "{\"value\": \"3/4\"}");
        Api.Response submitted = submit(attempt, "cannot-compute-1", rightAnswers());

        assertThat(checked.status()).as("%s", checked).isEqualTo(409);
        assertThat(checked.json().get("detail").asString()).contains("three-quarters").doesNotContain("1/(a-a)");
        assertThat(submitted.status()).as("the rest of the submission is graded: %s", submitted).isEqualTo(200);
        JsonNode result = submitted.json().get("result");
        assertThat(result.get("maxScore").asDouble()).as("the item does not count").isEqualTo(6.0);
        assertThat(result.get("score").asDouble()).isEqualTo(6.0);
        assertThat(itemOf(result, "three-quarters").get("status").asString()).isEqualTo("WITHDRAWN");

        Api.Response fixed = putItem("three-quarters", """
                {"id": "three-quarters", "type": "numeric", "skills": ["fractions"], "prompt": "What is 3/4?", "answer": "0.75"}""");

        assertThat(fixed.status()).as("%s", fixed).isEqualTo(200);
        JsonNode regraded = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json().get("result");
        assertThat(regraded.get("maxScore").asDouble()).isEqualTo(7.0);
        assertThat(regraded.get("score").asDouble()).as("the kept answer is graded").isEqualTo(7.0);
        assertThat(itemOf(regraded, "three-quarters").get("status").asString()).isEqualTo("GRADED");
    }

    @Test
    void aNumberTooLargeForADoubleInAnAnswerIsRefusedNamingItsField() {
        course = QuizCourse.create(api, "feedback: immediate");
        String attempt = id(start());

        Api.Response checked = check(attempt, "three-quarters", "{\"value\": 1e309}");
        Api.Response draft = api.send("PUT", "/api/v1/attempts/" + attempt + "/draft", course.learnerToken(), "application/json",
                "{\"answers\": {\"three-quarters\": {\"value\": -1e309}}}".getBytes(StandardCharsets.UTF_8));
        Api.Response submitted = api.postRaw("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(),
                "application/json", ("{\"idempotencyKey\": \"too-large-number-1\", \"answers\": {\"twelfths\": "
                        + "{\"blanks\": {\"n\": 1e999999999}}}}").getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(checked.status()).as("%s", checked).isEqualTo(422);
        assertThat(checked.body()).contains("answers.three-quarters", "'value' must be a finite number");
        assertThat(draft.status()).as("%s", draft).isEqualTo(422);
        assertThat(draft.body()).contains("answers.three-quarters", "'value' must be a finite number");
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(422);
        assertThat(submitted.body()).contains("answers.twelfths", "'blanks.n' must be a finite number");
        assertThat(submit(attempt, "too-large-number-2", rightAnswers()).status()).isEqualTo(200);
    }

    @Test
    void aManualScoreTooLargeForADoubleIsRefusedNamingScore() {
        String attempt = id(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.ESSAY_QUIZ + "/attempts",
                course.learnerToken(), Map.of()));
        submit(attempt, "essay-huge-score-1", (ObjectNode) Api.json().readTree("{\"essay\": {\"text\": \"Parts.\"}}"));

        Api.Response graded = api.send("PUT", "/api/v1/attempts/" + attempt + "/responses/essay/grade",
                course.org().adminToken(), "application/json",
                ("{\"score\": 1" + "0".repeat(400) + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(graded.status()).as("%s", graded).isEqualTo(400);
        assertThat(graded.body()).contains("\"field\":\"score\"", "must be a number from 0 to 1");
    }

    @Test
    void feedbackWithACharacterNoDatabaseStoresIsRefusedNamingFeedback() {
        String attempt = id(api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.ESSAY_QUIZ + "/attempts",
                course.learnerToken(), Map.of()));
        submit(attempt, "essay-nul-feedback-1", (ObjectNode) Api.json().readTree("{\"essay\": {\"text\": \"Parts.\"}}"));

        for (String feedback : List.of("a\\u0000b", "a\\udc00b")) {
            Api.Response graded = api.send("PUT", "/api/v1/attempts/" + attempt + "/responses/essay/grade",
                    course.org().adminToken(), "application/json",
                    ("{\"score\": 0.5, \"feedback\": \"" + feedback + "\"}").getBytes(StandardCharsets.UTF_8));

            assertThat(graded.status()).as("%s", graded).isEqualTo(400);
            assertThat(graded.body()).contains("\"field\":\"feedback\"", "at character 2");
        }
        Api.Response kept = api.send("PUT", "/api/v1/attempts/" + attempt + "/responses/essay/grade", course.org().adminToken(),
                "application/json", "{\"score\": 0.5, \"feedback\": \"Good.\\nLine two.\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(kept.status()).as("line breaks are text: %s", kept).isIn(200, 204);
    }

    @Test
    void anAnsweredAtThatIsNotTextIsRefusedNamingIt() {
        String attempt = id(start());

        for (String answeredAt : List.of("[]", "{}", "42")) {
            Api.Response refused = api.postRaw("/api/v1/attempts/" + attempt + "/submission", course.learnerToken(),
                    "application/json", ("{\"idempotencyKey\": \"key-0000002\", \"answers\": {}, \"answeredAt\": " + answeredAt
                            + "}").getBytes(StandardCharsets.UTF_8), Map.of());

            assertThat(refused.status()).as("%s", refused).isEqualTo(422);
            assertThat(refused.body()).contains("\"field\":\"answeredAt\"", "must be an ISO-8601 instant");
        }
    }

    // --- helpers

    Api.Response start() {
        return api.post("/api/v1/courses/" + course.slug() + "/quizzes/" + QuizCourse.QUIZ + "/attempts",
                course.learnerToken(), java.util.Map.of());
    }

    Api.Response putItem(String key, String json) {
        return api.send("PUT", "/api/v1/courses/" + course.slug() + "/items/" + key, course.org().adminToken(),
                "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Api.Response check(String attempt, String itemKey, String answer) {
        String body = "{\"itemKey\": \"" + itemKey + "\", \"answer\": " + answer + "}";
        return api.postRaw("/api/v1/attempts/" + attempt + "/checks", course.learnerToken(), "application/json",
                body.getBytes(StandardCharsets.UTF_8), java.util.Map.of());
    }

    /**
     * The attempt's score once it is no longer {@code before}, waiting up to 10 s: a regrade that
     * catches up runs after the change commits, in the background.
     */
    double scoreChangedFrom(String attempt, double before) throws InterruptedException {
        double score = before;
        for (int i = 0; i < 100 && score == before; i++) {
            Thread.sleep(100);
            score = api.get("/api/v1/attempts/" + attempt, course.learnerToken()).json().get("result").get("score").asDouble();
        }
        return score;
    }

    JsonNode regradeLogEntry(String itemKey) {
        JsonNode log = api.get("/api/v1/courses/" + course.slug() + "/regrades", course.org().adminToken()).json();
        return java.util.stream.StreamSupport.stream(log.get("items").spliterator(), false)
                .filter(entry -> entry.get("itemKey").asString().equals(itemKey)).findFirst().orElseThrow();
    }

    static String id(Api.Response response) {
        assertThat(response.status()).as("%s", response).isIn(200, 201);
        return response.json().get("id").asString();
    }

    static JsonNode itemOf(JsonNode result, String key) {
        return java.util.stream.StreamSupport.stream(result.get("items").spliterator(), false)
                .filter(item -> item.get("key").asString().equals(key)).findFirst().orElseThrow();
    }

    static ObjectNode rightAnswers() {
        return (ObjectNode) Api.json().readTree(QuizCourse.RIGHT_ANSWERS);
    }

    static ObjectNode body(String key, ObjectNode answers) {
        ObjectNode body = Api.json().createObjectNode();
        body.put("idempotencyKey", key);
        body.set("answers", answers);
        return body;
    }

    Api.Response submit(String attempt, String key, ObjectNode answersOrBody) {
        return submit(attempt, key, answersOrBody, course.learnerToken());
    }

    Api.Response submit(String attempt, String key, ObjectNode answersOrBody, String token) {
        ObjectNode body = answersOrBody.has("idempotencyKey") ? answersOrBody : body(key, answersOrBody);
        return api.postRaw("/api/v1/attempts/" + attempt + "/submission", token, "application/json",
                body.toString().getBytes(StandardCharsets.UTF_8), java.util.Map.of());
    }

    /** The attempt's statements in the LRS, waiting (the evidence is recorded after the grade commits). */
    JsonNode statementsOf(String attempt, int expected) throws InterruptedException {
        return statementsOf(attempt, expected, 1);
    }

    /** As above, once the statements of the given grade version (2 after a regrade) are there. */
    JsonNode statementsOf(String attempt, int expected, int gradeVersion) throws InterruptedException {
        Xapi xapi = Xapi.forOrganization(api, course.org(), "1.0.3", "all");
        JsonNode statements = null;
        for (int i = 0; i < 100; i++) {
            statements = xapi.query("registration", attempt).json().get("statements");
            long current = java.util.stream.StreamSupport.stream(statements.spliterator(), false)
                    // Voiding statements come back too (they refer to matching statements) and carry no context.
                    .filter(s -> s.has("context") && s.get("context").get("extensions")
                            .get("https://w3id.org/pathwise/xapi/extensions/grade-version").asInt() == gradeVersion).count();
            if (current >= expected) {
                return statements;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("expected " + expected + " statements for attempt " + attempt + ", found " + statements);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
