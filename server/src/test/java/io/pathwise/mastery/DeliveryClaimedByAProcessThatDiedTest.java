package io.pathwise.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import io.pathwise.lrs.LrsApi;
import io.pathwise.mastery.tracing.MasteryTracker;
import io.pathwise.support.ModuleEvidence;
import io.pathwise.support.ModuleEvidence.Learner;
import io.pathwise.support.SkillCourse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * A delivery the registry claimed ({@code RESUBMITTED}) in a process that then died is delivered
 * again while the server runs: the registry never claims such a publication itself, so before the
 * claim timeout existed it stayed undelivered through every restart. The claim is written as a
 * process killed during its restart's deliveries leaves it; the registry, the retry job, the
 * listener and the database are the application's.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleEvidence.class)
@TestPropertySource(properties = {"pathwise.events.retry.every=200ms", "pathwise.events.retry.first-delay=1h",
        "pathwise.events.retry.max-delay=1h", "pathwise.events.retry.claim-timeout=1s"})
class DeliveryClaimedByAProcessThatDiedTest {

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
    void anUnfinishedClaimOlderThanTheTimeoutIsDeliveredAgainAndTheEvidenceIsTakenOnce() {
        Learner learner = evidence.learnerInNewCourse("d");
        List<ObjectNode> answers = evidence.statements(learner, SkillCourse.FIRST, true, false, true);
        UUID blocked = UUID.fromString(answers.get(1).get("id").asString());
        transactions.executeWithoutResult(status -> doThrow(new IllegalStateException("not now: " + blocked))
                .when(tracker).observe(argThat(observation -> observation.statementId().equals(blocked))));
        lrs.record(learner.tenantId(), answers);
        // The first delivery failed; with first-delay 1h the retry job alone would not try it again now.
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(status(learner)));
        transactions.executeWithoutResult(status -> doCallRealMethod().when(tracker).observe(any()));

        // Claimed for another delivery five hours ago by a process that died before finishing it.
        jdbc.sql("UPDATE event_publication SET status = 'RESUBMITTED', completion_attempts = 2, "
                        + "last_resubmission_date = ? WHERE listener_id LIKE '%EvidenceListener%' AND serialized_event LIKE ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(5), "%" + learner.userId() + "%")
                .update();

        await().atMost(Duration.ofSeconds(20)).until(() -> "COMPLETED".equals(status(learner)));
        SkillMasteryView skill = mastery.ofLearner(learner.course(), learner.userId()).stream()
                .filter(s -> s.skillKey().equals(SkillCourse.FIRST)).findFirst().orElseThrow();
        assertThat(skill.observations()).as("the blocked statement is taken, the others not again").isEqualTo(3);
        assertThat(skill.correct()).isEqualTo(2);
    }

    /** The status of the learner model's one publication of the learner's write. */
    private String status(Learner learner) {
        return jdbc.sql("SELECT status FROM event_publication WHERE listener_id LIKE '%EvidenceListener%' "
                        + "AND serialized_event LIKE ?")
                .param("%" + learner.userId() + "%")
                .query(String.class).single();
    }
}
