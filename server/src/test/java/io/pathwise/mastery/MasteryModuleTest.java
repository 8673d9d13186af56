package io.pathwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.pathwise.lrs.LrsApi;
import io.pathwise.support.ModuleEvidence;
import io.pathwise.support.ModuleEvidence.Learner;
import io.pathwise.support.SkillCourse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.node.ObjectNode;

/**
 * The learner model fed by the LRS: answers recorded as statements move a learner's mastery of the
 * skills their activity assesses; enough right answers master the skill, wrong ones hold it back,
 * and voiding the statements takes the mastery back out.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleEvidence.class)
class MasteryModuleTest {

    @Autowired
    LrsApi lrs;

    @Autowired
    MasteryApi mastery;

    @Autowired
    ModuleEvidence evidence;

    @Autowired
    JdbcClient jdbc;

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

        scenario.stimulate(() -> evidence.voidStatements(learner, right))
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
    void theLearnersStandingHoldsTheSkillsWithEvidenceAsTheFullViewShowsThem() {
        Learner learner = learner();
        answer(learner, SkillCourse.FIRST, true, true, true);
        answer(learner, SkillCourse.SECOND, false, true);
        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.SECOND).observations() == 2
                && skill(learner, SkillCourse.FIRST).observations() == 3);

        LearnerMasteryView standing = mastery.learner(learner.course(), learner.userId());

        assertThat(standing.traced()).containsExactlyInAnyOrder(
                traced(skill(learner, SkillCourse.FIRST)), traced(skill(learner, SkillCourse.SECOND)));
        assertThat(standing.traced()).allMatch(s -> !s.skillKey().equals(SkillCourse.THIRD));
        assertThat(standing.dueReviews()).isEqualTo(mastery.dueReviews(learner.course(), learner.userId()));
    }

    private static LearnerMasteryView.Traced traced(SkillMasteryView view) {
        return new LearnerMasteryView.Traced(view.skillKey(), view.known(), view.observations());
    }

    @Test
    void aWriteWithoutEvidenceIsNotDeliveredToTheLearnerModelAndAWriteWithSomeIsDeliveredOnce() {
        Learner learner = learner();
        ObjectNode experienced = notEvidence(learner);
        UUID notEvidence = UUID.fromString(experienced.get("id").asString());
        ObjectNode alongside = notEvidence(learner);
        List<ObjectNode> answer = evidence.statements(learner, SkillCourse.FIRST, true);
        UUID evidenceId = UUID.fromString(answer.get(0).get("id").asString());

        lrs.record(learner.tenantId(), List.of(experienced));
        lrs.record(learner.tenantId(), List.of(alongside, answer.get(0)));

        // The registry's rows are written with the statements, so they can be counted at once.
        assertThat(publicationsFor(notEvidence)).as("the write without a result").isZero();
        assertThat(publicationsFor(evidenceId)).as("the write with an answer").isEqualTo(1);
        assertThat(publicationsFor(UUID.fromString(alongside.get("id").asString())))
                .as("the same write, by its other statement").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).observations() == 1);
    }

    /** A statement that cannot be evidence: no result. */
    private ObjectNode notEvidence(Learner learner) {
        ObjectNode experienced = evidence.statements(learner, SkillCourse.FIRST, true).get(0);
        experienced.remove("result");
        experienced.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/experienced");
        return experienced;
    }

    /** The learner model's publications of the statement in the Event Publication Registry, complete or not. */
    private int publicationsFor(UUID statementId) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%EvidenceListener%' "
                        + "AND serialized_event LIKE ?")
                .param("%" + statementId + "%").query(Integer.class).single();
    }

    @Test
    void oneWriteOfSeveralLearnersAndSkillsInAnyOrderMovesEachEstimateAsTheAnswersOneByOneDo() {
        Learner ada = learner();
        List<Learner> classmates = evidence.classmates(ada, 2);
        Learner bea = classmates.get(0);
        Learner oneByOne = classmates.get(1);
        List<ObjectNode> write = new ArrayList<>();
        write.addAll(evidence.statements(ada, SkillCourse.FIRST, true, false, true, true));
        write.addAll(evidence.statements(ada, SkillCourse.SECOND, false, false));
        write.addAll(evidence.statements(bea, SkillCourse.FIRST, true, true, true));
        Collections.reverse(write); // newest first: the model must still take each learner's answers in time order

        lrs.record(ada.tenantId(), write);
        for (ObjectNode statement : evidence.statements(oneByOne, SkillCourse.FIRST, true, false, true, true)) {
            lrs.record(oneByOne.tenantId(), List.of(statement));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> skill(ada, SkillCourse.FIRST).observations() == 4
                && skill(ada, SkillCourse.SECOND).observations() == 2 && skill(bea, SkillCourse.FIRST).observations() == 3
                && skill(oneByOne, SkillCourse.FIRST).observations() == 4);
        assertThat(skill(ada, SkillCourse.FIRST).known()).isCloseTo(skill(oneByOne, SkillCourse.FIRST).known(), within(1e-12));
        assertThat(skill(ada, SkillCourse.FIRST).correct()).isEqualTo(3);
        assertThat(skill(ada, SkillCourse.SECOND).correct()).isZero();
        assertThat(skill(bea, SkillCourse.FIRST).mastered()).isTrue();
        assertThat(skill(bea, SkillCourse.SECOND).observations()).isZero();
    }

    @Test
    void aStatementVoidedBeforeItArrivesIsNoEvidence() {
        Learner learner = learner();
        List<ObjectNode> answers = evidence.statements(learner, SkillCourse.FIRST, true, false);
        UUID right = UUID.fromString(answers.get(0).get("id").asString());
        evidence.voidStatements(learner, List.of(right)); // xAPI lets a voiding come before its target

        lrs.record(learner.tenantId(), answers);

        // One write, one transaction: once the wrong answer counts, the voided one was passed over.
        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).observations() >= 1);
        assertThat(skill(learner, SkillCourse.FIRST).observations()).isEqualTo(1);
        assertThat(skill(learner, SkillCourse.FIRST).correct()).isZero();
    }

    @Test
    void aRedeliveredStatementCountsOnce() {
        Learner learner = learner();
        List<ObjectNode> statements = evidence.statements(learner, SkillCourse.FIRST, true);

        lrs.record(learner.tenantId(), statements);
        lrs.record(learner.tenantId(), statements);
        answer(learner, SkillCourse.FIRST, false);

        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner, SkillCourse.FIRST).observations() == 2);
        assertThat(skill(learner, SkillCourse.FIRST).correct()).isEqualTo(1);
    }

    @Test
    void aRefitLearnsTheSkillsParametersFromTheEvidenceAndRecomputesEveryEstimate() {
        Learner first = learner();
        List<Learner> learners = new ArrayList<>(List.of(first));
        learners.addAll(evidence.classmates(first, 19));
        for (int i = 0; i < learners.size(); i++) {
            // Mostly wrong, then right: evidence that learning happens along the way.
            answer(learners.get(i), SkillCourse.FIRST, i % 3 == 0, false, true, true);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> learners.stream().allMatch(learner ->
                skill(learner, SkillCourse.FIRST).observations() == 4));
        assertThat(mastery.parameters(first.course())).as("read before the refit").noneMatch(FittedSkillView::fitted);

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

    private Learner learner() {
        return evidence.learnerInNewCourse("m");
    }

    private List<UUID> answer(Learner learner, String skill, boolean... correct) {
        return evidence.answer(learner, skill, correct);
    }

    private SkillMasteryView skill(Learner learner, String key) {
        return mastery.ofLearner(learner.course(), learner.userId()).stream().filter(s -> s.skillKey().equals(key))
                .findFirst().orElseThrow();
    }
}
