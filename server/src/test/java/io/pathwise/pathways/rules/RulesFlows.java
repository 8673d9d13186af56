package io.pathwise.pathways.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.mastery.MasteryChanged;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.Courses;
import io.pathwise.support.PackageZips;
import io.pathwise.support.Problems;
import io.pathwise.support.RulesCourse;
import io.pathwise.support.TestOrganization;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Instructor rules over HTTP: a bad rule refuses the import with its file and line; evidence that
 * makes a rule's conditions hold fires it once for the learner, raising an alert for the course's
 * staff (not its learners), putting the recommended activity first in the learner's next steps,
 * and unlocking a unit whose activities the next steps skipped until then.
 */
abstract class RulesFlows extends ApiTest {

    @Autowired
    RuleTriggers triggers;

    TestOrganization org;
    String slug;
    UUID courseId;
    String instructorToken;

    @BeforeEach
    void course() {
        org = TestOrganization.signUp(api);
        slug = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        courseId = RulesCourse.publishIn(api, org, slug);
        instructorToken = org.newUser(api, "instructor");
        Courses.enrol(api, org.adminToken(), courseId, org.email("instructor"), "INSTRUCTOR");
    }

    @Test
    void aPackageWithABadRuleIsRefusedWithTheRulesFileAndLineAndNothingIsStored() {
        Map<String, String> files = RulesCourse.files(slug);
        files.put("pathways/rules.yaml", RulesCourse.RULES.replace("- mastery: equivalent\n        at-least",
                "- mastery: equivalnt\n        at-least"));

        List<Problems.Error> errors = Problems.assertProblem(api.postZip(Courses.PACKAGES, org.adminToken(),
                PackageZips.zip(files)), 422);

        assertThat(errors).containsExactly(new Problems.Error("pathways/rules.yaml",
                "'equivalnt' is not a skill of the course (skills.yaml)", 14));
        assertThat(exportedRules()).isEqualTo(RulesCourse.RULES);

        String other = "rules-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> newCourse = RulesCourse.files(other);
        newCourse.put("pathways/rules.yaml", "rules:\n  - id: empty\n    when: []\n    then: [{unlock: basics}]\n");
        assertThat(Problems.assertProblem(api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(newCourse)), 422))
                .containsExactly(new Problems.Error("pathways/rules.yaml", "'when' must list at least one condition", 3));
        assertThat(api.get("/api/v1/courses/" + other + "/next", org.adminToken()).status()).isEqualTo(404);
    }

    @Test
    void aStrugglingLearnerRaisesOneAlertForStaffAndSeesTheRecommendedActivitiesFirst() {
        Learner learner = enrol("struggling");

        answer(learner, "equivalent", false);

        await().atMost(Duration.ofSeconds(30)).until(() -> alertsOf(learner, RulesCourse.STRUGGLING).size() == 1);
        JsonNode alert = alertsOf(learner, RulesCourse.STRUGGLING).get(0);
        assertThat(alert.get("message").asString()).isEqualTo("struggling is struggling with equivalent fractions");
        assertThat(alert.get("learnerName").asString()).isEqualTo("struggling");
        Problems.assertProblem(api.get("/api/v1/courses/" + slug + "/alerts", learner.token()), 403);

        await().atMost(Duration.ofSeconds(30)).until(() -> steps(learner).get(0).get("kind").asString().equals("rule"));
        List<JsonNode> steps = steps(learner);
        assertThat(steps.get(0).get("activityKey").asString()).isEqualTo("lesson-equivalent");
        assertThat(steps.get(0).get("reason").asString())
                .isEqualTo("Read the lesson on equivalent fractions again before more practice.");
        assertThat(steps.get(0).get("skillKey").asString()).isEqualTo("equivalent");
        assertThat(steps.get(1).get("kind").asString()).isEqualTo("rule");
        assertThat(steps.get(1).get("activityKey").asString()).isEqualTo("practice-equivalent");
        assertThat(steps.get(1).get("reason").asString()).isEqualTo(Action.Recommend.DEFAULT_REASON);

        answer(learner, "equivalent", false);
        await().atMost(Duration.ofSeconds(30)).until(() -> mastery(learner, "equivalent").get("observations").asInt() == 2);
        assertThat(ruleSteps(learner)).as("the practice was done after the rule fired").containsExactly("lesson-equivalent");

        answer(learner, "equivalent", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> ruleSteps(learner).isEmpty());
        assertThat(mastery(learner, "equivalent").get("known").asDouble()).as("no longer struggling").isGreaterThan(0.2);
        assertThat(alertsOf(learner, RulesCourse.STRUGGLING)).as("the rule fired once").hasSize(1);
    }

    @Test
    void alertsAreListedNewestFirstByPage() {
        Learner first = enrol("first");
        answer(first, "equivalent", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsOf(first, RulesCourse.WELCOME).size() == 1);
        Learner second = enrol("second");
        answer(second, "equivalent", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> alertsOf(second, RulesCourse.WELCOME).size() == 1);

        Api.Response page = api.get("/api/v1/courses/" + slug + "/alerts?limit=1", instructorToken);
        assertThat(page.json().get("items").get(0).get("learnerId").asString()).isEqualTo(second.id().toString());
        Api.Response next = api.get("/api/v1/courses/" + slug + "/alerts?limit=1&cursor="
                + page.json().get("nextCursor").asString(), instructorToken);
        assertThat(next.json().get("items").get(0).get("learnerId").asString()).isEqualTo(first.id().toString());
        assertThat(next.json().get("items").get(0).get("message").asString()).isEqualTo("first has started the course");
        JsonNode last = next.json().get("nextCursor");
        assertThat(last == null || last.isNull()).as("no page after the last").isTrue();
    }

    @Test
    void aUnitARuleUnlocksStaysLockedAndOutOfTheNextStepsUntilTheRuleFires() {
        Learner learner = enrol("ready");

        assertThat(units(learner.token(), "/unit-locks")).singleElement().satisfies(unit -> {
            assertThat(unit.get("unitKey").asString()).isEqualTo(RulesCourse.LOCKED_UNIT);
            assertThat(unit.get("locked").asBoolean()).isTrue();
        });
        assertThat(steps(learner)).as("decimals is ready, but its unit is locked")
                .noneMatch(step -> step.get("skillKey").asString().equals("decimals"));
        String ofLearner = "/unit-locks/learners/" + learner.id();
        assertThat(units(instructorToken, ofLearner).get(0).get("locked").asBoolean()).isTrue();
        Problems.assertProblem(api.get("/api/v1/courses/" + slug + ofLearner, learner.token()), 403);

        answer(learner, "equivalent", true, true, true);

        await().atMost(Duration.ofSeconds(30)).until(() -> !units(learner.token(), "/unit-locks").get(0).get("locked")
                .asBoolean());
        JsonNode unlocked = units(instructorToken, ofLearner).get(0);
        assertThat(unlocked.get("unlockedBy").asString()).isEqualTo(RulesCourse.READY);
        assertThat(steps(learner)).anyMatch(step -> step.get("skillKey").asString().equals("decimals"));
    }

    @Test
    void importingThePackageWithoutItsRulesOpensTheLockedUnitAtOnce() {
        Learner learner = enrol("reimported");
        assertThat(units(learner.token(), "/unit-locks")).as("read once, and kept for this revision").hasSize(1);
        assertThat(steps(learner)).noneMatch(step -> step.get("skillKey").asString().equals("decimals"));

        Map<String, String> withoutRules = new LinkedHashMap<>(RulesCourse.files(slug));
        assertThat(withoutRules.remove(RulesReader.FILE)).isNotNull();
        Api.Response reimported = api.postZip(Courses.PACKAGES, org.adminToken(), PackageZips.zip(withoutRules));
        assertThat(reimported.status()).as("re-import: %s", reimported).isIn(200, 201);

        assertThat(units(learner.token(), "/unit-locks")).isEmpty();
        assertThat(steps(learner)).anyMatch(step -> step.get("skillKey").asString().equals("decimals"));
    }

    @Test
    void aRuleFiresOnceHoweverOftenAndHoweverConcurrentlyItsLearnerIsEvaluated() throws Exception {
        Learner learner = enrol("twice");
        Instant now = Instant.now();

        List<List<String>> fired = Concurrently.run(2, n -> triggers.evaluateNow(org.tenantId(), courseId, learner.id(), now));
        MasteryChanged changed = new MasteryChanged(org.tenantId(), courseId, "equivalent", "account:test|" + learner.id(),
                learner.id(), 0.3, 0.3, false, now);
        triggers.handle(changed);
        triggers.handle(changed);

        assertThat(fired.stream().flatMap(List::stream).toList()).as("fired by one of the two evaluations")
                .containsExactly(RulesCourse.WELCOME);
        assertThat(alertsOf(learner, RulesCourse.WELCOME)).hasSize(1);
    }

    @Test
    void aFailedQuizFiresTheRuleOnItsScore() {
        Learner learner = enrol("quiz-taker");
        Api.Response attempt = api.post("/api/v1/courses/" + slug + "/quizzes/" + RulesCourse.QUIZ + "/attempts",
                learner.token(), Map.of());
        assertThat(attempt.status()).as("%s", attempt).isEqualTo(201);

        Api.Response submitted = api.post("/api/v1/attempts/" + attempt.json().get("id").asString() + "/submission",
                learner.token(), Map.of("idempotencyKey", "rules-quiz-1", "answers",
                        Map.of("half", Map.of("choice", "b"), "third", Map.of("choice", "b"))));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> alertsOf(learner, RulesCourse.FAILED_CHECK).size() == 1);
        assertThat(alertsOf(learner, RulesCourse.FAILED_CHECK).get(0).get("message").asString())
                .isEqualTo("quiz-taker failed the equivalence check");
    }

    private record Learner(UUID id, String token, String email) {
    }

    private Learner enrol(String name) {
        String token = org.newUser(api, name);
        UUID id = UUID.fromString(Courses.enrol(api, org.adminToken(), courseId, org.email(name), "LEARNER").get("userId")
                .asString());
        return new Learner(id, token, org.email(name));
    }

    private void answer(Learner learner, String skill, boolean... correct) {
        RulesCourse.answer(api, org, courseId, learner.email(), skill, correct);
    }

    private List<JsonNode> alertsOf(Learner learner, String rule) {
        Api.Response alerts = api.get("/api/v1/courses/" + slug + "/alerts?limit=100", instructorToken);
        assertThat(alerts.status()).as("%s", alerts).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        alerts.json().get("items").forEach(alert -> {
            if (alert.get("learnerId").asString().equals(learner.id().toString())
                    && alert.get("ruleId").asString().equals(rule)) {
                found.add(alert);
            }
        });
        return found;
    }

    private List<JsonNode> steps(Learner learner) {
        Api.Response next = api.get("/api/v1/courses/" + slug + "/next", learner.token());
        assertThat(next.status()).as("%s", next).isEqualTo(200);
        List<JsonNode> steps = new ArrayList<>();
        next.json().get("steps").forEach(steps::add);
        return steps;
    }

    private List<String> ruleSteps(Learner learner) {
        return steps(learner).stream().filter(step -> step.get("kind").asString().equals("rule"))
                .map(step -> step.get("activityKey").asString()).toList();
    }

    private JsonNode mastery(Learner learner, String key) {
        for (JsonNode skill : api.get("/api/v1/courses/" + slug + "/mastery", learner.token()).json().get("skills")) {
            if (skill.get("skillKey").asString().equals(key)) {
                return skill;
            }
        }
        throw new AssertionError("no skill " + key);
    }

    private List<JsonNode> units(String token, String path) {
        Api.Response response = api.get("/api/v1/courses/" + slug + path, token);
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        List<JsonNode> units = new ArrayList<>();
        response.json().get("units").forEach(units::add);
        return units;
    }

    private String exportedRules() {
        HttpResponse<byte[]> zip = api.download(Courses.course(courseId) + "/package", org.adminToken());
        assertThat(zip.statusCode()).isEqualTo(200);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().endsWith("pathways/rules.yaml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("the export has no pathways/rules.yaml");
    }
}
