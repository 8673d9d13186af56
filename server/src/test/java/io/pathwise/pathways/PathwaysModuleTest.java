package io.pathwise.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.pathwise.mastery.FittedSkillView;
import io.pathwise.mastery.MasteryApi;
import io.pathwise.mastery.MasteryChanged;
import io.pathwise.mastery.SkillMastered;
import io.pathwise.mastery.SkillMasteryView;
import io.pathwise.support.ModuleEvidence;
import io.pathwise.support.ModuleEvidence.Learner;
import io.pathwise.support.SkillCourse;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * The whole adaptive loop inside the application, from evidence to advice: answers recorded in
 * the LRS move the learner model, mastering a skill is announced and moves the recommendation to
 * the skill of the graph that builds on it, wrong answers keep it where it is, and voiding the
 * answers takes both the mastery and the recommendation back.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleEvidence.class)
class PathwaysModuleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    ModuleEvidence evidence;

    @Autowired
    MasteryApi mastery;

    @Autowired
    PathwaysApi pathways;

    @Autowired
    JdbcClient jdbc;

    @Test
    void masteringASkillMovesTheRecommendationOnAndVoidingTheAnswersMovesItBack(Scenario scenario) {
        Learner learner = evidence.learnerInNewCourse("p");
        assertThat(first(learner).skillKey()).isEqualTo(SkillCourse.FIRST);

        List<UUID> right = new ArrayList<>();
        scenario.stimulate(() -> right.addAll(evidence.answer(learner, SkillCourse.FIRST, true, true, true)))
                .andWaitForEventOfType(SkillMastered.class)
                .matching(event -> learner.userId().equals(event.userId()))
                .toArriveAndVerify(event -> assertThat(event.skillKey()).isEqualTo(SkillCourse.FIRST));
        await().atMost(PATIENCE).until(() -> first(learner).skillKey().equals(SkillCourse.SECOND));
        NextStep next = first(learner);
        assertThat(next.kind()).isEqualTo("learn");
        assertThat(next.reason()).contains("Equivalent fractions", "Adding unlike fractions");
        assertThat(pathways.next(learner.course(), learner.userId()))
                .noneMatch(step -> step.skillKey().equals(SkillCourse.THIRD));

        scenario.stimulate(() -> evidence.voidStatements(learner, right))
                .andWaitForEventOfType(MasteryChanged.class)
                .matching(event -> learner.userId().equals(event.userId()) && event.after() < mastery.threshold())
                .toArrive();
        await().atMost(PATIENCE).until(() -> first(learner).skillKey().equals(SkillCourse.FIRST));
        assertThat(skill(learner, SkillCourse.FIRST).mastered()).isFalse();
        assertThat(pathways.next(learner.course(), learner.userId()))
                .noneMatch(step -> step.skillKey().equals(SkillCourse.SECOND));
    }

    @Test
    void wrongAnswersKeepTheRecommendationOnTheSkill() {
        Learner learner = evidence.learnerInNewCourse("p");

        evidence.answer(learner, SkillCourse.FIRST, true, false, false, false);

        await().atMost(PATIENCE).until(() -> skill(learner, SkillCourse.FIRST).observations() == 4);
        assertThat(skill(learner, SkillCourse.FIRST).mastered()).isFalse();
        List<NextStep> steps = pathways.next(learner.course(), learner.userId());
        assertThat(steps.get(0).skillKey()).isEqualTo(SkillCourse.FIRST);
        assertThat(steps.get(0).signals()).as("three wrong in a row").containsExactly("wrong-answers");
        assertThat(steps).noneMatch(step -> step.skillKey().equals(SkillCourse.SECOND));
        assertThat(steps.get(0).reason()).isNotBlank();
    }

    @Test
    void masteryChangesInACourseWithoutRulesAreNotDeliveredToTheRules() {
        Learner learner = evidence.learnerInNewCourse("p");

        evidence.answer(learner, SkillCourse.FIRST, true, false);

        await().atMost(PATIENCE).until(() -> skill(learner, SkillCourse.FIRST).observations() == 2);
        // The changes were published in the learner model's transactions, which have committed.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%RuleTriggers%' "
                        + "AND serialized_event LIKE ?")
                .param("%" + learner.course().id() + "%").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%EvidenceListener%' "
                        + "AND serialized_event LIKE ?")
                .param("%" + learner.userId() + "%").query(Integer.class).single())
                .as("the learner model's own publication of the same answers, found by the same kind of query")
                .isEqualTo(1);
    }

    @Test
    void aLearnerWithoutEvidenceIsAdvisedWithTheParametersARefitGaveTheSkill() {
        Learner newcomer = evidence.learnerInNewCourse("p");
        NextStep before = first(newcomer);
        List<Learner> classmates = evidence.classmates(newcomer, 20);
        for (int i = 0; i < classmates.size(); i++) {
            evidence.answer(classmates.get(i), SkillCourse.FIRST, i % 3 == 0, false, true, true);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> classmates.stream()
                .allMatch(classmate -> skill(classmate, SkillCourse.FIRST).observations() == 4));

        mastery.refit(newcomer.course());

        FittedSkillView fitted = mastery.parameters(newcomer.course()).stream()
                .filter(p -> p.skillKey().equals(SkillCourse.FIRST)).findFirst().orElseThrow();
        assertThat(fitted.fitted()).isTrue();
        NextStep after = first(newcomer);
        assertThat(after.skillKey()).isEqualTo(before.skillKey()).isEqualTo(SkillCourse.FIRST);
        assertThat(after.expectedSuccess()).as("the skill's fitted prior, guess and slip, not the defaults")
                .isNotCloseTo(before.expectedSuccess(), within(1e-6));
    }

    private NextStep first(Learner learner) {
        List<NextStep> steps = pathways.next(learner.course(), learner.userId());
        assertThat(steps).as("next steps").isNotEmpty();
        return steps.get(0);
    }

    private SkillMasteryView skill(Learner learner, String key) {
        return mastery.ofLearner(learner.course(), learner.userId()).stream().filter(s -> s.skillKey().equals(key))
                .findFirst().orElseThrow();
    }
}
