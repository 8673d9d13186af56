package io.pathwise.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.TenantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
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

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventSerializer serializer;

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
                .andWaitForEventOfType(StatementsRecorded.class)
                .matching(recorded -> recorded.tenantId().equals(tenant.id()))
                .toArriveAndVerify(recorded -> {
                    assertThat(recorded.statements()).hasSize(1);
                    StatementRecorded event = recorded.statements().get(0);
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
    void announcesAWriteInEventsOfAtMostTwoHundredStatementsEachStatementOnceInOrder(AssertablePublishedEvents events) {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        List<ObjectNode> statements = new ArrayList<>();
        for (int i = 0; i < 2 * StatementsRecorded.MAX_STATEMENTS + 50; i++) {
            statements.add(statement(learner).put("id", UUID.randomUUID().toString()));
        }

        List<UUID> stored = lrs.record(tenant.id(), statements);

        List<StatementsRecorded> announced = announced(events, tenant);
        assertThat(announced).extracting(recorded -> recorded.statements().size())
                .containsExactly(StatementsRecorded.MAX_STATEMENTS, StatementsRecorded.MAX_STATEMENTS, 50);
        assertThat(announced.stream().flatMap(recorded -> recorded.statements().stream()).map(StatementRecorded::statementId))
                .containsExactlyElementsOf(stored);
    }

    @Test
    void aWriteOfLargeStatementsIsAnnouncedInEventsOfAboutAQuarterMegabyteSoThatItsEventsFitTheRegistry(
            AssertablePublishedEvents events) {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        String essay = "x".repeat(30_000);
        List<ObjectNode> statements = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // 1.8 MB in all: as one event, more than H2's column of 1,000,000 characters
            ObjectNode statement = statement(learner).put("id", UUID.randomUUID().toString());
            statement.putObject("result").put("response", essay);
            statements.add(statement);
        }

        List<UUID> stored = lrs.record(tenant.id(), statements);

        List<StatementsRecorded> announced = announced(events, tenant);
        assertThat(announced).hasSizeGreaterThan(1)
                .allSatisfy(recorded -> assertThat(recorded.statements()).hasSizeLessThanOrEqualTo(8));
        assertThat(announced.stream().flatMap(recorded -> recorded.statements().stream()).map(StatementRecorded::statementId))
                .containsExactlyElementsOf(stored);
    }

    @Test
    void anEventReadBackFromTheRegistryIsTheEventThatWasPublished(AssertablePublishedEvents events) {
        TenantView tenant = tenant();
        ObjectNode statement = statement(UUID.randomUUID());
        statement.putObject("result").put("success", true).put("duration", "PT1M30S").put("response", "b")
                .putObject("extensions").put("https://pathwise.test/x/hints", 2);
        statement.putObject("context").put("registration", UUID.randomUUID().toString())
                .putObject("extensions").putArray("https://pathwise.test/x/skills").add("fractions");
        lrs.record(tenant.id(), List.of(statement));
        StatementsRecorded published = announced(events, tenant).get(0);

        // What the Event Publication Registry stores, and reads back to deliver again after a restart.
        Object read = serializer.deserialize(serializer.serialize(published), StatementsRecorded.class);

        assertThat(read).isEqualTo(published);
    }

    @Test
    void aWriteOfStatementsAlreadyStoredAnnouncesNothingAgain(AssertablePublishedEvents events) {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        ObjectNode first = statement(learner).put("id", UUID.randomUUID().toString());
        lrs.record(tenant.id(), List.of(first));
        ObjectNode second = statement(learner).put("id", UUID.randomUUID().toString());

        lrs.record(tenant.id(), List.of(first, second));

        assertThat(announced(events, tenant).stream()
                .map(recorded -> recorded.statements().stream().map(StatementRecorded::statementId).toList()))
                .containsExactly(List.of(UUID.fromString(first.get("id").asString())),
                        List.of(UUID.fromString(second.get("id").asString())));
    }

    @Test
    void announcesVoidingSoThatWhatWasLearnedCanBeTakenBack(Scenario scenario) {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        UUID target = lrs.record(tenant.id(), List.of(statement(learner))).get(0);
        ObjectNode voiding = voiding(learner, target);

        scenario.stimulate(() -> lrs.record(tenant.id(), List.of(voiding)))
                .andWaitForEventOfType(StatementVoided.class)
                .matching(event -> event.tenantId().equals(tenant.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.voidedStatementId()).isEqualTo(target);
                    assertThat(lrs.userOf(event.actor())).contains(learner);
                });
    }

    @Test
    void aStatementHeldAgainstVoidingIsVoidedOnlyOnceTheHolderCommits() throws Exception {
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        UUID target = lrs.record(tenant.id(), List.of(statement(learner))).get(0);
        ObjectNode voiding = voiding(learner, target);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Set<UUID>> holder = threads.submit(() -> transactions.execute(status -> {
                Set<UUID> voided = lrs.lockAgainstVoiding(tenant.id(), List.of(target));
                held.countDown();
                awaitQuietly(release);
                return voided;
            }));
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

            Future<List<UUID>> voidingWrite = threads.submit(() -> lrs.record(tenant.id(), List.of(voiding)));

            Thread.sleep(500);
            assertThat(voidingWrite).as("the voiding waits for the holder").isNotDone();
            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).as("not voided while held").isEmpty();
            voidingWrite.get(10, TimeUnit.SECONDS);
            Set<UUID> afterwards = transactions.execute(status -> lrs.lockAgainstVoiding(tenant.id(), List.of(target)));
            assertThat(afterwards).as("voided once the holder committed").containsExactly(target);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anyNumberOfStatementsCanBeHeldAgainstVoidingAtOnce() {
        // On H2 the ids went to one query as (tenant, id) pairs: 50,000 ids passed its limit of
        // 100,000 parameters and failed.
        TenantView tenant = tenant();
        UUID learner = UUID.randomUUID();
        UUID kept = lrs.record(tenant.id(), List.of(statement(learner))).get(0);
        UUID target = lrs.record(tenant.id(), List.of(statement(learner))).get(0);
        lrs.record(tenant.id(), List.of(voiding(learner, target)));
        List<UUID> ids = new ArrayList<>(List.of(kept));
        for (int i = 0; i < 50_000; i++) {
            ids.add(UUID.randomUUID());
        }
        ids.add(target);

        Set<UUID> voided = transactions.execute(status -> lrs.lockAgainstVoiding(tenant.id(), ids));

        assertThat(voided).containsExactly(target);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<StatementsRecorded> announced(AssertablePublishedEvents events, TenantView tenant) {
        List<StatementsRecorded> announced = new ArrayList<>();
        events.ofType(StatementsRecorded.class).matching(recorded -> recorded.tenantId().equals(tenant.id()))
                .forEach(announced::add);
        return announced;
    }

    private ObjectNode voiding(UUID learner, UUID target) {
        ObjectNode voiding = statement(learner);
        voiding.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/voided");
        voiding.putObject("object").put("objectType", "StatementRef").put("id", target.toString());
        return voiding;
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
