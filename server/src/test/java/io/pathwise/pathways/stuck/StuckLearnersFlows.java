package io.pathwise.pathways.stuck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.shared.xapi.PathwiseExtensions;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.SkillCourse;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The course's learners who may be stuck, over HTTP, from answers posted to the LRS as any xAPI
 * client would: each sign lists a learner with the skill and the reason, answers that break the
 * sign or mastery take them off, only the course's staff may ask, and paging walks every learner
 * once, the most recently active first.
 */
abstract class StuckLearnersFlows extends ApiTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    SkillCourse.Imported course;
    TestOrganization org;
    Xapi client;
    final Map<String, Integer> posted = new HashMap<>();
    final Map<String, String> tokens = new HashMap<>();

    @BeforeEach
    void course() {
        course = SkillCourse.create(api, "stuck");
        org = course.org();
        client = Xapi.forOrganization(api, org, "1.0.3", "all");
    }

    @Test
    void threeWrongAnswersInARowListTheLearnerWithTheSkillAndTheReason() {
        enrol("struggling");
        answer("struggling", SkillCourse.FIRST, 0, Answer.WRONG, Answer.WRONG, Answer.WRONG);

        List<JsonNode> stuck = stuckLearners();
        assertThat(stuck).hasSize(1);
        JsonNode learner = stuck.get(0);
        assertThat(learner.get("displayName").asString()).isEqualTo("struggling");
        assertThat(learner.get("lastAnswerAt").asString()).isEqualTo(START.plusSeconds(120).toString());
        JsonNode skill = learner.get("skills").get(0);
        assertThat(skill.get("skillKey").asString()).isEqualTo(SkillCourse.FIRST);
        assertThat(skill.get("skillName").asString()).isEqualTo("Equivalent fractions");
        assertThat(skill.get("answers").asInt()).isEqualTo(3);
        assertThat(skill.get("known").asDouble()).isLessThan(0.3);
        assertThat(signals(skill)).containsExactly("wrong-answers");
        assertThat(skill.get("reason").asString()).isEqualTo("Last 3 answers wrong.");
    }

    @Test
    void staffSeeOneLearnersStuckSkillsAndTheNextStepsTheLearnerSees() {
        String strugglingToken = enrol("struggling");
        String steadyToken = enrol("steady");
        answer("struggling", SkillCourse.FIRST, 0, Answer.WRONG, Answer.WRONG, Answer.WRONG);
        answer("steady", SkillCourse.FIRST, 0, Answer.RIGHT);
        UUID struggling = UUID.fromString(stuckLearners().get(0).get("userId").asString());
        UUID steady = userId(steadyToken);

        Api.Response skills = api.get(path() + "/" + struggling, org.adminToken());
        assertThat(skills.status()).as("%s", skills).isEqualTo(200);
        assertThat(skills.json().get("skills")).hasSize(1);
        assertThat(skills.json().get("skills").get(0).get("reason").asString()).isEqualTo("Last 3 answers wrong.");
        assertThat(api.get(path() + "/" + steady, org.adminToken()).json().get("skills")).isEmpty();

        String nextPath = "/api/v1/courses/" + course.slug() + "/next";
        Api.Response theirs = api.get(nextPath + "/learners/" + struggling, org.adminToken());
        assertThat(theirs.status()).as("%s", theirs).isEqualTo(200);
        assertThat(theirs.json().get("steps").toString()).contains("wrong-answers")
                .isEqualTo(api.get(nextPath, strugglingToken).json().get("steps").toString());

        assertThat(api.get(path() + "/" + struggling, steadyToken).status()).as("a classmate").isEqualTo(403);
        assertThat(api.get(nextPath + "/learners/" + struggling, steadyToken).status()).isEqualTo(403);
        UUID outsider = userId(TestOrganization.signUp(api).adminToken());
        assertThat(api.get(path() + "/" + outsider, org.adminToken()).status()).as("not a member").isEqualTo(404);
        assertThat(api.get(nextPath + "/learners/" + outsider, org.adminToken()).status()).isEqualTo(404);
    }

    @Test
    void aRightAnswerAfterTheWrongOnesOrMasteryTakesTheLearnerOff() {
        enrol("recovering");
        enrol("master");
        answer("recovering", SkillCourse.FIRST, 0, Answer.WRONG, Answer.WRONG, Answer.WRONG);
        answer("master", SkillCourse.FIRST, 0, Answer.WRONG, Answer.WRONG, Answer.WRONG);
        assertThat(stuckLearners()).hasSize(2);

        answer("recovering", SkillCourse.FIRST, 3, Answer.RIGHT);
        // Ten answers in all: only mastery keeps this learner off the list (ten answers on a skill not
        // mastered are a sign of their own).
        answer("master", SkillCourse.FIRST, 3, Answer.RIGHT, Answer.RIGHT, Answer.RIGHT, Answer.RIGHT, Answer.RIGHT,
                Answer.RIGHT, Answer.RIGHT);

        assertThat(stuckLearners()).as("the signs read only the latest answers; a mastered skill is not stuck")
                .isEmpty();
    }

    @Test
    void hintsOnMostAnswersAndAnswersTooFastToBeWorkedOutAreSigns() {
        enrol("typical");
        enrol("hinted");
        enrol("rushing");
        // Learners typically take a minute on the practice; the median is taken over every timed answer.
        answer("typical", SkillCourse.FIRST, 0, Answer.slow(), Answer.slow(), Answer.slow(), Answer.slow(), Answer.slow(),
                Answer.slow());
        answer("hinted", SkillCourse.FIRST, 0, Answer.hinted(true), Answer.hinted(false), Answer.hinted(true));
        answer("rushing", SkillCourse.FIRST, 0, Answer.rushed(false), Answer.rushed(true));

        Map<String, JsonNode> stuck = byName(stuckLearners());
        assertThat(stuck.keySet()).containsExactlyInAnyOrder("hinted", "rushing");
        JsonNode hinted = stuck.get("hinted").get("skills").get(0);
        assertThat(signals(hinted)).containsExactly("heavy-hint-use");
        assertThat(hinted.get("reason").asString()).isEqualTo("Hints on 3 of the last 3 answers.");
        JsonNode rushing = stuck.get("rushing").get("skills").get(0);
        assertThat(signals(rushing)).containsExactly("rapid-guessing");
        assertThat(rushing.get("reason").asString())
                .isEqualTo("2 of the last 2 answers much faster than the question takes to work out.");
    }

    @Test
    void tenAnswersWithoutMasteringASkillAreASignOfTheirOwn() {
        enrol("spinning");
        // Never three wrong in a row and never mastered (P(known) stays between 0.15 and 0.66).
        answer("spinning", SkillCourse.FIRST, 0, Answer.WRONG, Answer.RIGHT, Answer.WRONG, Answer.RIGHT, Answer.WRONG,
                Answer.RIGHT, Answer.WRONG, Answer.RIGHT, Answer.WRONG);
        assertThat(stuckLearners()).as("nine answers").isEmpty();

        answer("spinning", SkillCourse.FIRST, 9, Answer.RIGHT);

        List<JsonNode> stuck = stuckLearners();
        assertThat(stuck).hasSize(1);
        JsonNode skill = stuck.get(0).get("skills").get(0);
        assertThat(signals(skill)).containsExactly("many-answers-without-mastery");
        assertThat(skill.get("reason").asString()).isEqualTo("10 answers on it and not mastered.");
    }

    @Test
    void aLearnerStuckOnTwoSkillsIsListedOnceWithTheLatestFirst() {
        enrol("twice");
        answer("twice", SkillCourse.FIRST, 0, Answer.WRONG, Answer.WRONG, Answer.WRONG);
        answer("twice", SkillCourse.SECOND, 10, Answer.WRONG, Answer.WRONG, Answer.WRONG, Answer.WRONG);

        List<JsonNode> stuck = stuckLearners();
        assertThat(stuck).hasSize(1);
        List<String> skills = new ArrayList<>();
        stuck.get(0).get("skills").forEach(skill -> skills.add(skill.get("skillKey").asString()));
        assertThat(skills).containsExactly(SkillCourse.SECOND, SkillCourse.FIRST);
        assertThat(stuck.get(0).get("skills").get(0).get("reason").asString()).isEqualTo("Last 4 answers wrong.");
        assertThat(stuck.get(0).get("lastAnswerAt").asString()).isEqualTo(START.plusSeconds(60 * 13).toString());
    }

    @Test
    void pagesWalkEveryStuckLearnerOnceTheMostRecentlyActiveFirst() {
        List<String> names = List.of("first", "second", "third", "fourth", "fifth");
        for (int i = 0; i < names.size(); i++) {
            enrol(names.get(i));
            answer(names.get(i), SkillCourse.FIRST, 10 * i, Answer.WRONG, Answer.WRONG, Answer.WRONG);
        }
        awaitEvidence(names.size() * 3);

        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get(path() + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), org.adminToken());
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.json().get("stuckCount").asInt()).isEqualTo(5);
            page.json().get("learners").forEach(learner -> walked.add(learner.get("displayName").asString()));
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(walked).containsExactly("fifth", "fourth", "third", "second", "first");
    }

    @Test
    void onlyTheCoursesStaffMayAskAndBadPagingIsRefusedByName() {
        String learnerToken = enrol("curious");
        org.newUser(api, "assistant");
        Courses.enrol(api, org.adminToken(), course.courseId(), org.email("assistant"), "TEACHING_ASSISTANT");

        assertThat(api.get(path(), api.signIn(org.email("assistant"), TestOrganization.PASSWORD)).status()).isEqualTo(200);
        assertThat(api.get(path(), learnerToken).status()).isEqualTo(403);
        assertThat(api.get(path(), null).status()).isEqualTo(401);
        assertThat(api.get(path(), TestOrganization.signUp(api).adminToken()).status()).as("another organization")
                .isEqualTo(404);
        Api.Response badCursor = api.get(path() + "?cursor=bm90LW91cnM", org.adminToken());
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.body()).contains("cursor");
        String outOfRange = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("stuck:99999999999999999:0:" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        Api.Response timeOutOfRange = api.get(path() + "?cursor=" + outOfRange, org.adminToken());
        assertThat(timeOutOfRange.status()).as("a cursor of this list's form with no instant in it").isEqualTo(400);
        assertThat(timeOutOfRange.body()).contains("cursor");
        Api.Response badLimit = api.get(path() + "?limit=0", org.adminToken());
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
    }

    /** One answer as an xAPI client reports it: right or wrong, and when it says, its time and hints. */
    record Answer(boolean correct, String duration, Integer hints) {

        static final Answer RIGHT = new Answer(true, null, null);
        static final Answer WRONG = new Answer(false, null, null);

        static Answer slow() {
            return new Answer(true, "PT60S", 0);
        }

        static Answer hinted(boolean correct) {
            return new Answer(correct, null, 2);
        }

        static Answer rushed(boolean correct) {
            return new Answer(correct, "PT2S", 0);
        }
    }

    private String enrol(String name) {
        String token = org.newUser(api, name);
        tokens.put(name, token);
        Courses.enrol(api, org.adminToken(), course.courseId(), org.email(name), "LEARNER");
        return token;
    }

    /** Posts the learner's answers on a skill's practice, a minute apart from {@code minute} minutes after START. */
    private void answer(String learner, String skill, int minute, Answer... answers) {
        String iri = course.activityIri(api, SkillCourse.practiceOf(skill));
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("success", answers[i].correct());
            if (answers[i].duration() != null) {
                result.put("duration", answers[i].duration());
            }
            if (answers[i].hints() != null) {
                result.put("extensions", Map.of(PathwiseExtensions.HINTS_USED, answers[i].hints()));
            }
            Map<String, Object> statement = new LinkedHashMap<>(SkillCourse.answer(org.email(learner), iri, true,
                    START.plusSeconds(60L * (minute + i))));
            statement.put("result", result);
            statements.add(statement);
        }
        Api.Response sent = client.post("/xapi/statements", statements);
        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        posted.merge(learner, answers.length, Integer::sum);
    }

    /** Waits until the learner model has taken in every answer posted, then reads the first page. */
    private List<JsonNode> stuckLearners() {
        awaitEvidence(posted.values().stream().mapToInt(Integer::intValue).sum());
        Api.Response page = api.get(path() + "?limit=100", org.adminToken());
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<JsonNode> learners = new ArrayList<>();
        page.json().get("learners").forEach(learners::add);
        assertThat(page.json().get("stuckCount").asInt()).isEqualTo(learners.size());
        return learners;
    }

    /** The learner model has taken in {@code answers} answers of the course (the heat map counts them per skill). */
    private void awaitEvidence(int answers) {
        await().atMost(Duration.ofSeconds(30)).until(() -> observations() == answers);
    }

    private int observations() {
        int total = 0;
        for (String learner : posted.keySet()) {
            Api.Response mine = api.get("/api/v1/courses/" + course.slug() + "/mastery", tokens.get(learner));
            for (JsonNode skill : mine.json().get("skills")) {
                total += skill.get("observations").asInt();
            }
        }
        return total;
    }

    private UUID userId(String token) {
        Api.Response me = api.get("/api/v1/me", token);
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        return UUID.fromString(me.json().get("user").get("id").asString());
    }

    private String path() {
        return "/api/v1/courses/" + course.slug() + "/stuck-learners";
    }

    private static List<String> signals(JsonNode skill) {
        List<String> signals = new ArrayList<>();
        skill.get("signals").forEach(s -> signals.add(s.asString()));
        return signals;
    }

    private static Map<String, JsonNode> byName(List<JsonNode> learners) {
        Map<String, JsonNode> byName = new HashMap<>();
        learners.forEach(learner -> byName.put(learner.get("displayName").asString(), learner));
        return byName;
    }
}
