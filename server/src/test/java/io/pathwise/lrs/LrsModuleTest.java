package io.pathwise.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import java.util.List;
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
 * The LRS module with identity beneath it: what it announces when Pathwise records evidence
 * through {@link LrsApi}, the road every internal producer takes.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
class LrsModuleTest {

    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String QUIZ = "https://pathwise.test/activities/module-quiz";

    @Autowired
    LrsApi lrs;

    @Autowired
    IdentityApi identity;

    @Autowired
    JsonMapper json;

    @Test
    void announcesEachStoredStatementWithItsValues(Scenario scenario) {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        UUID registration = UUID.randomUUID();
        ObjectNode statement = statement(learner);
        statement.putObject("result").put("success", true).put("duration", "PT1M30S").putObject("score").put("scaled", 0.8);
        statement.putObject("context").put("registration", registration.toString())
                .putObject("contextActivities").putObject("parent").put("id", "https://pathwise.test/courses/fractions");

        scenario.stimulate(() -> lrs.record(tenant.id(), List.of(statement)))
                .andWaitForEventOfType(StatementRecorded.class)
                .matching(event -> event.tenantId().equals(tenant.id()))
                .toArriveAndVerify(event -> {
                    assertThat(lrs.userOf(event.actor())).contains(learner);
                    assertThat(event.verb()).isEqualTo(PASSED);
                    assertThat(event.objectId()).isEqualTo(QUIZ);
                    assertThat(event.objectType()).isEqualTo("Activity");
                    assertThat(event.result().scaled()).isEqualTo(0.8);
                    assertThat(event.result().success()).isTrue();
                    assertThat(event.result().duration()).hasSeconds(90);
                    assertThat(event.registration()).isEqualTo(registration);
                    assertThat(event.contextActivities()).containsExactly("https://pathwise.test/courses/fractions");
                    assertThat(event.stored()).isNotNull();
                });
    }

    @Test
    void announcesVoidingSoThatWhatWasLearnedCanBeTakenBack(Scenario scenario) {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        UUID target = lrs.record(tenant.id(), List.of(statement(learner))).get(0);
        ObjectNode voiding = statement(learner);
        voiding.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/voided");
        voiding.putObject("object").put("objectType", "StatementRef").put("id", target.toString());

        scenario.stimulate(() -> lrs.record(tenant.id(), List.of(voiding)))
                .andWaitForEventOfType(StatementVoided.class)
                .matching(event -> event.tenantId().equals(tenant.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.voidedStatementId()).isEqualTo(target);
                    assertThat(lrs.userOf(event.actor())).contains(learner);
                });
    }

    private TenantView tenant() {
        return identity.ensureTenant("lrs-" + UUID.randomUUID().toString().substring(0, 8), "LRS test");
    }

    private ObjectNode statement(UUID learner) {
        ObjectNode statement = json.createObjectNode();
        statement.set("actor", lrs.userAgent(learner, "Lea Learner"));
        statement.putObject("verb").put("id", PASSED).putObject("display").put("en-US", "passed");
        statement.putObject("object").put("objectType", "Activity").put("id", QUIZ);
        return statement;
    }
}
