package io.pathwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.catalog.ActivitySummary;
import io.pathwise.catalog.CatalogApi;
import io.pathwise.catalog.CourseOutline;
import io.pathwise.catalog.CourseStatus;
import io.pathwise.catalog.CourseSummary;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.identity.CourseRole;
import io.pathwise.identity.EnrolmentRequest;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import io.pathwise.support.SkillCourse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The learner model fed by the LRS: answers recorded as statements move a learner's mastery of the
 * skills their activity assesses; enough right answers master the skill, wrong ones hold it back,
 * and voiding the statements takes the mastery back out.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class MasteryModuleTest {

    private static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";

    @Autowired
    IdentityApi identity;

    @Autowired
    CatalogApi catalog;

    @Autowired
    LrsApi lrs;

    @Autowired
    MasteryApi mastery;

    @Autowired
    JsonMapper json;

    @Test
    void rightAnswersMasterTheSkillAndItIsAnnounced(Scenario scenario) {
        Learner learner = learner();

        scenario.stimulate(() -> answer(learner, SkillCourse.FIRST, true, true, true))
                .andWaitForEventOfType(SkillMastered.class)
                .matching(event -> learner.userId().equals(event.userId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.skillKey()).isEqualTo(SkillCourse.FIRST);
                    assertThat(event.known()).isGreaterThanOrEqualTo(mastery.threshold());
                });
        SkillMasteryView first = skill(learner, SkillCourse.FIRST);
        assertThat(first.mastered()).isTrue();
        assertThat(first.observations()).isEqualTo(3);
        assertThat(first.correct()).isEqualTo(3);
        assertThat(skill(learner, SkillCourse.SECOND).observations()).isZero();
    }

    @Test
    void wrongAnswersHoldTheSkillBack() {
        Learner learner = learner();

        answer(learner, SkillCourse.FIRST, true, false, true, false, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).observations() == 5);
        SkillMasteryView first = skill(learner, SkillCourse.FIRST);
        assertThat(first.mastered()).isFalse();
        assertThat(first.known()).isLessThan(mastery.threshold());
        assertThat(first.correct()).isEqualTo(2);
    }

    @Test
    void voidingTheAnswersTakesTheMasteryBack(Scenario scenario) {
        Learner learner = learner();
        List<UUID> right = answer(learner, SkillCourse.FIRST, true, true, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).mastered());

        scenario.stimulate(() -> voidStatements(learner, right))
                .andWaitForEventOfType(MasteryChanged.class)
                .matching(event -> learner.userId().equals(event.userId()) && event.after() < mastery.threshold())
                .toArrive();
        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).observations() == 0);
        SkillMasteryView first = skill(learner, SkillCourse.FIRST);
        assertThat(first.mastered()).isFalse();
        assertThat(first.masteredAt()).isNull();
        assertThat(first.known()).isEqualTo(mastery.parameters(learner.course()).get(0).prior());
    }

    @Test
    void aRedeliveredStatementCountsOnce() {
        Learner learner = learner();
        List<ObjectNode> statements = statements(learner, SkillCourse.FIRST, true);

        lrs.record(learner.tenantId(), statements);
        lrs.record(learner.tenantId(), statements);
        answer(learner, SkillCourse.FIRST, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).observations() == 2);
        assertThat(skill(learner, SkillCourse.FIRST).correct()).isEqualTo(1);
    }

    @Test
    void aRefitLearnsTheSkillsParametersFromTheEvidenceAndRecomputesEveryEstimate() {
        Learner first = learner();
        List<UUID> learners = new ArrayList<>(List.of(first.userId()));
        for (int i = 1; i < 20; i++) {
            UserView user = identity.createUser(first.tenantId(), "learner" + i + "@" + first.userId() + ".test", "Learner " + i,
                    "long-enough-password", false);
            learners.add(user.id());
        }
        for (int i = 0; i < learners.size(); i++) {
            Learner learner = new Learner(first.tenantId(), learners.get(i), first.course());
            // Mostly wrong, then right: evidence that learning happens along the way.
            answer(learner, SkillCourse.FIRST, i % 3 == 0, false, true, true);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> learners.stream().allMatch(id ->
                skill(new Learner(first.tenantId(), id, first.course()), SkillCourse.FIRST).observations() == 4));

        RefitReport report = mastery.refit(first.course());

        assertThat(report.skillsFitted()).isEqualTo(1);
        assertThat(report.estimatesRecomputed()).isEqualTo(20);
        FittedSkillView fitted = mastery.parameters(first.course()).stream()
                .filter(p -> p.skillKey().equals(SkillCourse.FIRST)).findFirst().orElseThrow();
        assertThat(fitted.fitted()).isTrue();
        assertThat(fitted.observations()).isEqualTo(80);
        assertThat(fitted.learners()).isEqualTo(20);
        assertThat(fitted.guess()).isLessThan(0.5);
        assertThat(fitted.slip()).isLessThan(0.5);
        assertThat(mastery.parameters(first.course()).stream().filter(p -> !p.skillKey().equals(SkillCourse.FIRST)))
                .allMatch(p -> !p.fitted());
    }

    private record Learner(UUID tenantId, UUID userId, CourseSummary course) {
    }

    private Learner learner() {
        String slug = "m-" + UUID.randomUUID().toString().substring(0, 8);
        TenantView tenant = identity.ensureTenant(slug, "Mastery test " + slug);
        Map<String, byte[]> files = new LinkedHashMap<>();
        SkillCourse.files("chain").forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        UUID courseId = catalog.importPackageAsSystem(tenant.id(), PackageFiles.of(files)).course().id();
        UserView user = identity.createUser(tenant.id(), "learner@" + slug + ".test", "Learner", "long-enough-password", false);
        identity.enrol(tenant.id(), courseId, new EnrolmentRequest(user.email(), "Learner", CourseRole.LEARNER));
        CourseSummary course = catalog.setStatus(catalog.courseForSystem(tenant.id(), courseId).orElseThrow(),
                CourseStatus.PUBLISHED);
        return new Learner(tenant.id(), user.id(), course);
    }

    /** Records one statement per answer, in order, about the practice activity of the skill. */
    private List<UUID> answer(Learner learner, String skill, boolean... correct) {
        return lrs.record(learner.tenantId(), statements(learner, skill, correct));
    }

    private List<ObjectNode> statements(Learner learner, String skill, boolean... correct) {
        String iri = iriOf(learner.course(), SkillCourse.practiceOf(skill));
        List<ObjectNode> statements = new ArrayList<>();
        long base = System.currentTimeMillis();
        for (int i = 0; i < correct.length; i++) {
            ObjectNode statement = json.createObjectNode();
            statement.put("id", UUID.randomUUID().toString());
            statement.set("actor", lrs.userAgent(learner.userId(), "Learner"));
            statement.putObject("verb").put("id", ANSWERED);
            statement.putObject("object").put("objectType", "Activity").put("id", iri);
            statement.putObject("result").put("success", correct[i]);
            statement.put("timestamp", java.time.Instant.ofEpochMilli(base + i * 1000L).toString());
            statements.add(statement);
        }
        return statements;
    }

    private void voidStatements(Learner learner, List<UUID> ids) {
        List<ObjectNode> voiding = new ArrayList<>();
        for (UUID id : ids) {
            ObjectNode statement = json.createObjectNode();
            statement.set("actor", lrs.userAgent(learner.userId(), "Learner"));
            statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/voided");
            statement.putObject("object").put("objectType", "StatementRef").put("id", id.toString());
            voiding.add(statement);
        }
        lrs.record(learner.tenantId(), voiding);
    }

    private String iriOf(CourseSummary course, String activityKey) {
        CourseOutline outline = catalog.outline(course);
        return outline.units().stream().flatMap(u -> u.activities().stream()).filter(a -> a.key().equals(activityKey))
                .map(ActivitySummary::iri).findFirst().orElseThrow();
    }

    private SkillMasteryView skill(Learner learner, String key) {
        return mastery.ofLearner(learner.course(), learner.userId()).stream().filter(s -> s.skillKey().equals(key))
                .findFirst().orElseThrow();
    }
}
