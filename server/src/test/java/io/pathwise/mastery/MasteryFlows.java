package io.pathwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.catalog.CatalogApi;
import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.review.ReviewState;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.SkillState;
import io.pathwise.mastery.store.StateStore;
import io.pathwise.shared.paging.Cursor;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.Problems;
import io.pathwise.support.QuizCourse;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The learner model over HTTP: evidence from an outside xAPI client and from Pathwise's own
 * quizzes moves mastery the same way, and each caller sees only what they may.
 */
abstract class MasteryFlows extends ApiTest {

    TestOrganization org;
    String slug;
    UUID courseId;
    String learnerToken;
    String learnerEmail;

    SkillCourse.Imported course;

    @Autowired
    StateStore states;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParameterStore parameterStore;

    @Autowired
    MasteryApi masteryApi;

    @Autowired
    CatalogApi catalog;

    private int answerClock;

    @BeforeEach
    void course() {
        course = SkillCourse.create(api, "chain");
        org = course.org();
        slug = course.slug();
        courseId = course.courseId();
        learnerToken = org.newUser(api, "learner");
        learnerEmail = org.email("learner");
        Courses.enrol(api, org.adminToken(), courseId, learnerEmail, "LEARNER");
    }

    @Test
    void answersPostedByAnOutsideXapiClientMasterTheSkillAndVoidingTakesItBack() {
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        String practice = activityIri(SkillCourse.practiceOf(SkillCourse.FIRST));
        List<String> ids = new ArrayList<>();
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> statement = SkillCourse.answer(learnerEmail, practice, true,
                    Instant.parse("2026-03-01T10:00:00Z").plusSeconds(i * 60L));
            ids.add((String) statement.get("id"));
            statements.add(statement);
        }
        Api.Response posted = client.post("/xapi/statements", statements);
        assertThat(posted.status()).as("%s", posted).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> skill(learnerToken, SkillCourse.FIRST).get("mastered").asBoolean());
        JsonNode first = skill(learnerToken, SkillCourse.FIRST);
        assertThat(first.get("observations").asInt()).isEqualTo(3);
        assertThat(first.get("known").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(skill(learnerToken, SkillCourse.SECOND).get("mastered").asBoolean()).isFalse();

        List<Map<String, Object>> voiding = new ArrayList<>();
        for (String id : ids) {
            voiding.add(Map.of("actor", actor(), "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/voided"),
                    "object", Map.of("objectType", "StatementRef", "id", id)));
        }
        assertThat(client.post("/xapi/statements", voiding).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> skill(learnerToken, SkillCourse.FIRST).get("observations").asInt() == 0);
        assertThat(skill(learnerToken, SkillCourse.FIRST).get("mastered").asBoolean()).isFalse();
    }

    @Test
    void aLearnersStandingReadsTheReviewScheduleToTheMicrosecondAsTheFullEstimateDoes() {
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        String practice = activityIri(SkillCourse.practiceOf(SkillCourse.FIRST));
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statements.add(SkillCourse.answer(learnerEmail, practice, true,
                    Instant.parse("2026-03-01T10:00:00.123456Z").plusSeconds(i * 60L)));
        }
        assertThat(client.post("/xapi/statements", statements).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> skill(learnerToken, SkillCourse.FIRST).get("mastered").asBoolean());
        UUID userId = jdbc.sql("SELECT DISTINCT user_id FROM mastery_state WHERE course_id = ?").param(courseId)
                .query(UUID.class).single();

        ReviewState full = states.ofUser(courseId, userId).stream().filter(s -> s.skillKey().equals(SkillCourse.FIRST))
                .findFirst().orElseThrow().review();
        ReviewState lean = states.standingOfUser(courseId, userId).stream()
                .filter(s -> s.skillKey().equals(SkillCourse.FIRST)).findFirst().orElseThrow().review();

        assertThat(full).isNotNull();
        assertThat(full.lastReview()).isEqualTo(Instant.parse("2026-03-01T10:02:00.123456Z"));
        assertThat(lean).isEqualTo(full);
    }

    @Test
    void statementsThatAreNotAnswersLeaveMasteryAlone() {
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        String lesson = activityIri("lesson-" + SkillCourse.FIRST);
        Map<String, Object> experienced = Map.of("actor", actor(),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/experienced"),
                "object", Map.of("objectType", "Activity", "id", lesson));
        Map<String, Object> unknownActivity = SkillCourse.answer(learnerEmail, "https://elsewhere.example/q/1", true,
                Instant.parse("2026-03-01T10:00:00Z"));
        Map<String, Object> marker = SkillCourse.answer(learnerEmail, activityIri(SkillCourse.practiceOf(SkillCourse.SECOND)),
                false, Instant.parse("2026-03-01T10:05:00Z"));
        assertThat(client.post("/xapi/statements", List.of(experienced, unknownActivity, marker)).status()).isEqualTo(200);

        // The last statement is evidence; once it has moved mastery, the others were handled too.
        await().atMost(Duration.ofSeconds(30)).until(() -> skill(learnerToken, SkillCourse.SECOND).get("observations").asInt() == 1);
        assertThat(skill(learnerToken, SkillCourse.FIRST).get("observations").asInt()).isZero();
    }

    @Test
    void aPathwiseQuizCountsEachItemAnswerOnceAndNotItsSummary() {
        QuizCourse.Imported quiz = QuizCourse.create(api, null);
        Api.Response started = api.post("/api/v1/courses/" + quiz.slug() + "/quizzes/" + QuizCourse.QUIZ + "/attempts",
                quiz.learnerToken(), Map.of());
        String attempt = started.json().get("id").asString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", "mastery-flow-1");
        body.put("answers", Api.json().readTree(QuizCourse.RIGHT_ANSWERS));
        assertThat(api.post("/api/v1/attempts/" + attempt + "/submission", quiz.learnerToken(), body).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> skillOf(quiz.slug(), quiz.learnerToken(), "words")
                .get("observations").asInt() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> skillOf(quiz.slug(), quiz.learnerToken(), "fractions")
                .get("observations").asInt() == 5);
        assertThat(skillOf(quiz.slug(), quiz.learnerToken(), "fractions").get("mastered").asBoolean()).isTrue();
    }

    @Test
    void onlyTheCoursesStaffSeeOtherLearnersMastery() {
        assertThat(api.get("/api/v1/courses/" + slug + "/mastery/learners", learnerToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/courses/" + slug + "/mastery/parameters", learnerToken).status()).isEqualTo(403);
        Api.Response map = api.get("/api/v1/courses/" + slug + "/mastery/learners", org.adminToken());
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.json().get("skills")).hasSize(3);
        assertThat(map.json().get("learners")).hasSize(1);
        assertThat(map.json().get("learners").get(0).get("known")).hasSize(3);
        TestOrganization other = TestOrganization.signUp(api);
        assertThat(api.get("/api/v1/courses/" + slug + "/mastery", other.adminToken()).status()).isEqualTo(404);
    }

    /**
     * The heat map's order and counts: "learner" has one mastered skill (THIRD, by a prior fitted at
     * 0.99, while a skill a later revision dropped does not count), "amy" and "zoe" two each (amy's
     * wrong answers take THIRD below the threshold; zoe's count includes it), so the ties go by name.
     */
    @Test
    void theHeatMapPagesLearnersFewestMasteredFirstAndAChangeBetweenPagesSkipsNoOne() {
        parameterStore.save(courseId, new ParameterStore.Fitted(SkillCourse.THIRD, new BktParameters(0.99, 0.1, 0.2, 0.1, 0),
                40, 10, -10.0, Instant.parse("2026-03-01T00:00:00Z")));
        String amy = "amy@" + org.slug() + ".test";
        String zoe = "zoe@" + org.slug() + ".test";
        for (String name : List.of("amy", "zoe")) {
            org.newUser(api, name);
            Courses.enrol(api, org.adminToken(), courseId, org.email(name), "LEARNER");
        }
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.addAll(answers(learnerEmail, SkillCourse.FIRST, false, 1));
        statements.addAll(answers(zoe, SkillCourse.FIRST, true, 3));
        statements.addAll(answers(amy, SkillCourse.FIRST, true, 3));
        statements.addAll(answers(amy, SkillCourse.SECOND, true, 3));
        statements.addAll(answers(amy, SkillCourse.THIRD, false, 3));
        assertThat(client.post("/xapi/statements", statements).status()).isEqualTo(200);
        awaitObservations(statements.size());
        SkillState learnersFirst = states.ofCourseUsers(courseId, List.of(userOf(learnerEmail))).get(0);
        states.insert(new SkillState(courseId, "dropped-by-a-later-revision", learnersFirst.learner(), learnersFirst.tenantId(),
                learnersFirst.userId(), 0.99, 3, 3, learnersFirst.lastObservedAt(), learnersFirst.lastObservedAt(), null));

        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = heatMap("limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("learnerCount").asInt()).isEqualTo(3);
            assertThat(page.get("learners")).hasSize(1);
            rows.add(page.get("learners").get(0));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(rows).extracting(r -> r.get("displayName").asString()).containsExactly("learner", "amy", "zoe");
        assertThat(rows).extracting(r -> r.get("mastered").asInt()).containsExactly(1, 2, 2);
        JsonNode whole = heatMap("");
        assertThat(whole.get("learners")).extracting(r -> r.get("displayName").asString())
                .containsExactly("learner", "amy", "zoe");
        for (JsonNode row : whole.get("learners")) {
            long atThreshold = row.get("known").valueStream().filter(k -> k.asDouble() >= whole.get("threshold").asDouble())
                    .count();
            assertThat(row.get("mastered").asInt()).as("%s", row).isEqualTo((int) atThreshold);
        }
        assertThat(whole.get("nextCursor").isNull()).isTrue();

        // "learner" is read on the first page, then masters two skills and moves to the end: the
        // next page goes on after "learner"'s old place, so amy is not skipped (an offset would skip her).
        JsonNode first = heatMap("limit=1");
        assertThat(first.get("learners").get(0).get("displayName").asString()).isEqualTo("learner");
        List<Map<String, Object>> more = new ArrayList<>(answers(learnerEmail, SkillCourse.FIRST, true, 4));
        more.addAll(answers(learnerEmail, SkillCourse.SECOND, true, 3));
        assertThat(client.post("/xapi/statements", more).status()).isEqualTo(200);
        awaitObservations(statements.size() + more.size());
        JsonNode rest = heatMap("cursor=" + first.get("nextCursor").asString());
        assertThat(rest.get("learners")).extracting(r -> r.get("displayName").asString())
                .containsExactly("amy", "zoe", "learner");
        assertThat(rest.get("learners").get(2).get("mastered").asInt()).isEqualTo(3);
    }

    @Test
    void theHeatMapRefusesALimitOutOfRangeAndACursorItDidNotIssue() {
        String map = "/api/v1/courses/" + slug + "/mastery/learners";
        Problems.assertFieldProblem(api.get(map + "?limit=0", org.adminToken()), 400, "limit");
        Problems.assertFieldProblem(api.get(map + "?limit=101", org.adminToken()), 400, "limit");
        Problems.assertFieldProblem(api.get(map + "?cursor=bm90LWEtY3Vyc29y", org.adminToken()), 400, "cursor");
        // A cursor of another list (the members list's, which names an id) is not a heat-map cursor.
        Problems.assertFieldProblem(api.get(map + "?cursor=" + Cursor.encode(UUID.randomUUID()), org.adminToken()), 400,
                "cursor");
        Problems.assertFieldProblem(api.get(map + "?cursor=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString("rank:many:x:y".getBytes(StandardCharsets.UTF_8)), org.adminToken()), 400,
                "cursor");
    }

    @Test
    void masteredAndStartedSkillsAreThoseOfTheCourseWithEvidence() {
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        List<Map<String, Object>> statements = new ArrayList<>(answers(learnerEmail, SkillCourse.FIRST, true, 3));
        statements.addAll(answers(learnerEmail, SkillCourse.SECOND, false, 1));
        assertThat(client.post("/xapi/statements", statements).status()).isEqualTo(200);
        awaitObservations(4);
        SkillState first = states.ofCourseUsers(courseId, List.of(userOf(learnerEmail))).get(0);
        states.insert(new SkillState(courseId, "dropped-by-a-later-revision", first.learner(), first.tenantId(),
                first.userId(), 0.99, 3, 3, first.lastObservedAt(), first.lastObservedAt(), null));
        UUID nobody = UUID.randomUUID();

        Map<UUID, MasteredAndStarted> skills = masteryApi.masteredAndStarted(
                catalog.courseForSystem(org.tenantId(), courseId).orElseThrow(), List.of(first.userId(), nobody));

        assertThat(skills.get(first.userId()).mastered()).containsExactly(SkillCourse.FIRST);
        assertThat(skills.get(first.userId()).started()).containsExactlyInAnyOrder(SkillCourse.FIRST, SkillCourse.SECOND);
        assertThat(skills.get(nobody)).isEqualTo(new MasteredAndStarted(Set.of(), Set.of()));
    }

    @Test
    void estimatesOfMoreUsersThanOneStatementTakesAreReadInSlices() {
        Xapi client = Xapi.forOrganization(api, org, "1.0.3", "all");
        List<Map<String, Object>> answered = answers(learnerEmail, SkillCourse.FIRST, true, 1);
        assertThat(client.post("/xapi/statements", answered).status()).isEqualTo(200);
        awaitObservations(1);
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            users.add(UUID.randomUUID());
        }
        users.add(1700, userOf(learnerEmail));

        assertThat(states.ofCourseUsers(courseId, users)).extracting(SkillState::skillKey).containsExactly(SkillCourse.FIRST);
        assertThat(states.ofCourseSkills(courseId, List.of(SkillCourse.FIRST))).hasSize(1);
    }

    private List<Map<String, Object>> answers(String email, String skill, boolean right, int count) {
        String practice = activityIri(SkillCourse.practiceOf(skill));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(SkillCourse.answer(email, practice, right, Instant.parse("2026-03-01T10:00:00Z").plusSeconds(
                    answerClock++ * 60L)));
        }
        return answers;
    }

    private void awaitObservations(int total) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT COALESCE(SUM(observations), 0) FROM mastery_state "
                        + "WHERE course_id = :course AND skill_key IN (:skills)").param("course", courseId)
                .param("skills", List.of(SkillCourse.FIRST, SkillCourse.SECOND, SkillCourse.THIRD))
                .query(Integer.class).single() == total);
    }

    private UUID userOf(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = ?").param(email).query(UUID.class).single();
    }

    private JsonNode heatMap(String query) {
        Api.Response map = api.get("/api/v1/courses/" + slug + "/mastery/learners?" + query, org.adminToken());
        assertThat(map.status()).as("%s", map).isEqualTo(200);
        return map.json();
    }


    private Map<String, Object> actor() {
        return Map.of("objectType", "Agent", "mbox", "mailto:" + learnerEmail);
    }

    private String activityIri(String key) {
        return course.activityIri(api, key);
    }

    private JsonNode skill(String token, String key) {
        return skillOf(slug, token, key);
    }

    private JsonNode skillOf(String courseSlug, String token, String key) {
        Api.Response mine = api.get("/api/v1/courses/" + courseSlug + "/mastery", token);
        assertThat(mine.status()).as("%s", mine).isEqualTo(200);
        for (JsonNode skill : mine.json().get("skills")) {
            if (skill.get("skillKey").asString().equals(key)) {
                return skill;
            }
        }
        throw new AssertionError("no skill " + key + " in " + mine.body());
    }
}
