package io.pathwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import io.pathwise.lrs.LrsApi;
import io.pathwise.mastery.tracing.MasteryTracker;
import io.pathwise.support.ModuleEvidence;
import io.pathwise.support.ModuleEvidence.Learner;
import io.pathwise.support.SkillCourse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * A write's evidence is taken in one transaction, but one statement the learner model cannot take
 * must not hold back the others, and the write is delivered again while the server runs, not only
 * at the next restart: the real tracker, made to fail on one statement (the fault is injected; the
 * registry, the retry job and the database are the application's), with retries a fraction of a
 * second apart instead of minutes.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleEvidence.class)
@TestPropertySource(properties = {"pathwise.events.retry.every=200ms", "pathwise.events.retry.first-delay=100ms",
        "pathwise.events.retry.max-delay=400ms", "pathwise.events.retry.max-attempts=2"})
class OneStatementTheModelCannotTakeTest {

    @Autowired
    LrsApi lrs;

    @Autowired
    MasteryApi mastery;

    @Autowired
    ModuleEvidence evidence;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @MockitoSpyBean
    MasteryTracker tracker;

    @Test
    void aFailureThatPassesIsTakenByTheNextDeliveryAndNothingIsCountedTwice() {
        Learner learner = evidence.learnerInNewCourse("r");
        List<ObjectNode> answers = evidence.statements(learner, SkillCourse.FIRST, true, false, true);
        UUID flaky = UUID.fromString(answers.get(1).get("id").asString());
        // Fails in the write's transaction and again in its own, so the delivery fails; then works.
        transactions.executeWithoutResult(status -> doThrow(new IllegalStateException("not now: " + flaky))
                .doThrow(new IllegalStateException("still not: " + flaky))
                .doCallRealMethod()
                .when(tracker).observe(argThat(observation -> observation.statementId().equals(flaky))));

        lrs.record(learner.tenantId(), answers);

        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner).observations() == 3);
        await().atMost(Duration.ofSeconds(20)).until(() -> publication(learner).status().equals("COMPLETED"));
        SkillMasteryView skill = skill(learner);
        assertThat(skill.observations()).as("the two taken at first are not taken again").isEqualTo(3);
        assertThat(skill.correct()).isEqualTo(2);
        assertThat(publication(learner).deliveries()).as("delivered once, then once again").isEqualTo(2);
    }

    @Test
    void theOtherStatementsAreTakenAndAFailureThatLastsIsTriedMaxAttemptsTimesMoreThenLeftToTheRestart()
            throws InterruptedException {
        Learner learner = evidence.learnerInNewCourse("s");
        List<ObjectNode> answers = evidence.statements(learner, SkillCourse.FIRST, true, false, true);
        UUID poison = UUID.fromString(answers.get(1).get("id").asString());
        transactions.executeWithoutResult(status -> doThrow(new IllegalStateException("cannot take " + poison))
                .when(tracker).observe(argThat(observation -> observation.statementId().equals(poison))));

        lrs.record(learner.tenantId(), answers);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Publication publication = publication(learner);
            return publication.deliveries() == 3 && publication.status().equals("FAILED");
        });
        Thread.sleep(1_500); // longer than the longest wait (400 ms) and several checks (200 ms)
        assertThat(publication(learner).deliveries()).as("1 delivery and max-attempts (2) retries").isEqualTo(3);
        assertThat(publication(learner).status()).isEqualTo("FAILED");
        assertThat(skill(learner).observations()).as("the other two statements, taken once").isEqualTo(2);
        assertThat(skill(learner).correct()).isEqualTo(2);
        // Stays incomplete: the next restart delivers it again.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND id = ?")
                .param(publication(learner).id()).query(Integer.class).single()).isEqualTo(1);
    }

    private SkillMasteryView skill(Learner learner) {
        return mastery.ofLearner(learner.course(), learner.userId()).stream()
                .filter(s -> s.skillKey().equals(SkillCourse.FIRST)).findFirst().orElseThrow();
    }

    private record Publication(UUID id, String status, int deliveries) {
    }

    /** The learner model's one publication of the learner's write. */
    private Publication publication(Learner learner) {
        return jdbc.sql("SELECT id, status, completion_attempts FROM event_publication "
                        + "WHERE listener_id LIKE '%EvidenceListener%' AND serialized_event LIKE ?")
                .param("%" + learner.userId() + "%")
                .query((rs, n) -> new Publication(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .single();
    }
}
