package io.pathwise.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The learner's next steps over HTTP: a new learner starts at the first skill of the graph; once it
 * is mastered, the recommendation moves to the skill that builds on it and says why; wrong answers
 * hold it back.
 */
abstract class NextStepsFlows extends ApiTest {

    TestOrganization org;
    String slug;
    UUID courseId;
    String learnerToken;
    String learnerEmail;
    Xapi client;

    SkillCourse.Imported course;

    @BeforeEach
    void course() {
        course = SkillCourse.create(api, "path");
        org = course.org();
        slug = course.slug();
        courseId = course.courseId();
        learnerToken = org.newUser(api, "learner");
        learnerEmail = org.email("learner");
        Courses.enrol(api, org.adminToken(), courseId, learnerEmail, "LEARNER");
        client = Xapi.forOrganization(api, org, "1.0.3", "all");
    }

    @Test
    void aNewLearnerStartsAtTheFirstSkillOfTheGraph() {
        JsonNode first = steps().get(0);
        assertThat(first.get("kind").asString()).isEqualTo("learn");
        assertThat(first.get("skillKey").asString()).isEqualTo(SkillCourse.FIRST);
        assertThat(steps()).noneMatch(step -> step.get("skillKey").asString().equals(SkillCourse.SECOND));
    }

    @Test
    void masteringASkillMovesTheRecommendationToTheSkillThatBuildsOnItWithTheReason() {
        answer(SkillCourse.FIRST, true, true, true);

        await().atMost(Duration.ofSeconds(30)).until(() -> steps().get(0).get("skillKey").asString()
                .equals(SkillCourse.SECOND));
        JsonNode next = steps().get(0);
        assertThat(next.get("kind").asString()).isEqualTo("learn");
        assertThat(next.get("reason").asString()).contains("Equivalent fractions").contains("Adding unlike fractions");
        assertThat(steps()).noneMatch(step -> step.get("skillKey").asString().equals(SkillCourse.THIRD));
    }

    @Test
    void wrongAnswersKeepTheRecommendationOnTheSameSkill() {
        answer(SkillCourse.FIRST, false, false, false);

        await().atMost(Duration.ofSeconds(30)).until(() -> mastery(SkillCourse.FIRST).get("observations").asInt() == 3);
        List<JsonNode> steps = steps();
        assertThat(steps.get(0).get("skillKey").asString()).isEqualTo(SkillCourse.FIRST);
        assertThat(steps).noneMatch(step -> step.get("skillKey").asString().equals(SkillCourse.SECOND));
        assertThat(steps.get(0).get("signals").toString()).as("the learner's recent answers were read")
                .contains("wrong-answers");
        assertThat(steps.get(0).get("reason").asString()).isNotBlank();
    }

    @Test
    void aCourseTheCallerCannotSeeHasNoNextSteps() {
        TestOrganization other = TestOrganization.signUp(api);
        assertThat(api.get("/api/v1/courses/" + slug + "/next", other.adminToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/courses/" + slug + "/next", null).status()).isEqualTo(401);
    }

    private void answer(String skill, boolean... correct) {
        String iri = course.activityIri(api, SkillCourse.practiceOf(skill));
        List<Map<String, Object>> statements = new ArrayList<>();
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < correct.length; i++) {
            statements.add(SkillCourse.answer(learnerEmail, iri, correct[i], start.plusSeconds(60L * i)));
        }
        Api.Response posted = client.post("/xapi/statements", statements);
        assertThat(posted.status()).as("%s", posted).isEqualTo(200);
    }

    private List<JsonNode> steps() {
        Api.Response next = api.get("/api/v1/courses/" + slug + "/next", learnerToken);
        assertThat(next.status()).as("%s", next).isEqualTo(200);
        List<JsonNode> steps = new ArrayList<>();
        next.json().get("steps").forEach(steps::add);
        assertThat(steps).as("next steps").isNotEmpty();
        return steps;
    }

    private JsonNode mastery(String key) {
        for (JsonNode skill : api.get("/api/v1/courses/" + slug + "/mastery", learnerToken).json().get("skills")) {
            if (skill.get("skillKey").asString().equals(key)) {
                return skill;
            }
        }
        throw new AssertionError("no skill " + key);
    }

}
