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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * A write's evidence is taken in one transaction, but one statement the learner model cannot take
 * must not hold back the others: the real tracker, made to fail on one statement (the fault is
 * injected; nothing else is replaced).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(ModuleEvidence.class)
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
    void theOtherStatementsOfTheWriteAreTakenAndItsEventStaysIncomplete() {
        Learner learner = evidence.learnerInNewCourse("f");
        List<ObjectNode> answers = evidence.statements(learner, SkillCourse.FIRST, true, false, true);
        UUID poison = UUID.fromString(answers.get(1).get("id").asString());
        // Stubbed inside a transaction: the tracker's transactional proxy demands one around every call.
        transactions.executeWithoutResult(status -> doThrow(new IllegalStateException("cannot take " + poison))
                .when(tracker).observe(argThat(observation -> observation.statementId().equals(poison))));

        lrs.record(learner.tenantId(), answers);

        await().atMost(Duration.ofSeconds(20)).until(() -> skill(learner).observations() == 2);
        assertThat(skill(learner).correct()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(20)).until(() -> failedPublicationsOf(learner) == 1);
    }

    private SkillMasteryView skill(Learner learner) {
        return mastery.ofLearner(learner.course(), learner.userId()).stream()
                .filter(s -> s.skillKey().equals(SkillCourse.FIRST)).findFirst().orElseThrow();
    }

    /** The learner model's publications of the learner's statements that ended in failure, so are delivered again. */
    private int failedPublicationsOf(Learner learner) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%EvidenceListener%' "
                        + "AND serialized_event LIKE ? AND completion_date IS NULL AND status = 'FAILED'")
                .param("%" + learner.userId() + "%").query(Integer.class).single();
    }
}
