package io.pathwise.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.TestOrganization;
import io.pathwise.support.Xapi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Statements resource over HTTP (xAPI Communication 2.1), each test named after the
 * requirement it checks. Every test works in a fresh organization, so tests never see each
 * other's statements.
 */
abstract class StatementFlows extends ApiTest {

    static final String ANSWERED = "http://adlnet.gov/expapi/verbs/answered";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    static final String QUIZ = "https://pathwise.test/activities/quiz-1";
    static final String EXTENSION = "https://pathwise.test/extensions/notes";

    TestOrganization org;
    Xapi xapi;

    @BeforeEach
    void organization() {
        org = TestOrganization.signUp(api);
        xapi = Xapi.forOrganization(api, org, "1.0.3", "all");
    }

    @Test
    void aPutStatementIsStoredWithTheLrsOwnPropertiesAndReturnedById() {
        UUID id = UUID.randomUUID();

        Api.Response put = xapi.put("/xapi/statements?statementId=" + id, Xapi.statement("ada@example.org", ANSWERED, QUIZ));

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        assertThat(put.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(put.header("X-Experience-API-Consistent-Through")).isNotNull();
        Api.Response got = xapi.get("/xapi/statements?statementId=" + id);
        assertThat(got.status()).as("%s", got).isEqualTo(200);
        JsonNode statement = got.json();
        assertThat(statement.get("id").asString()).isEqualTo(id.toString());
        assertThat(Instant.parse(statement.get("stored").asString())).isBeforeOrEqualTo(Instant.now());
        assertThat(statement.get("timestamp").asString()).isNotBlank();
        assertThat(statement.get("version").asString()).startsWith("1.0");
        assertThat(statement.get("authority").get("account").get("homePage").asString()).endsWith("/xapi/credentials");
        assertThat(got.header("Last-Modified")).isNotNull();
        assertThat(got.header("X-Experience-API-Consistent-Through")).isNotNull();
    }

    @Test
    void aPostedBatchIsStoredAndTheIdsComeBackInOrder() {
        UUID given = UUID.randomUUID();
        ArrayNode batch = Api.json().createArrayNode()
                .add(Xapi.statement(given, "ada@example.org", ANSWERED, QUIZ))
                .add(Xapi.statement("grace@example.org", PASSED, QUIZ));

        Api.Response posted = xapi.post("/xapi/statements", batch);

        assertThat(posted.status()).as("%s", posted).isEqualTo(200);
        assertThat(posted.json()).hasSize(2);
        assertThat(posted.json().get(0).asString()).isEqualTo(given.toString());
        UUID assigned = UUID.fromString(posted.json().get(1).asString());
        assertThat(xapi.get("/xapi/statements?statementId=" + assigned).status()).isEqualTo(200);
    }

    @Test
    void aBatchWithOneInvalidStatementStoresNothing() {
        UUID valid = UUID.randomUUID();
        ObjectNode invalid = Xapi.statement("ada@example.org", ANSWERED, QUIZ);
        invalid.remove("verb");

        Api.Response posted = xapi.post("/xapi/statements", Api.json().createArrayNode()
                .add(Xapi.statement(valid, "ada@example.org", ANSWERED, QUIZ)).add(invalid));

        assertThat(posted.status()).as("%s", posted).isEqualTo(400);
        assertThat(posted.body()).contains("[1].verb");
        assertThat(xapi.get("/xapi/statements?statementId=" + valid).status()).isEqualTo(404);
    }

    @Test
    void aStatementLargerThanTheLrsLimitIsRefusedWith413NamingItAndItsBatchStoresNothing() {
        UUID small = UUID.randomUUID();
        ObjectNode large = Xapi.statement("ada@example.org", ANSWERED, QUIZ);
        large.putObject("result").putObject("extensions").put(EXTENSION, "x".repeat(1_000_001));

        Api.Response posted = xapi.post("/xapi/statements", Api.json().createArrayNode()
                .add(Xapi.statement(small, "ada@example.org", ANSWERED, QUIZ)).add(large));

        assertThat(posted.status()).as("%s", posted).isEqualTo(413);
        assertThat(posted.body()).contains("[1]").contains("at most 1,000,000 characters");
        assertThat(xapi.get("/xapi/statements?statementId=" + small).status()).isEqualTo(404);
    }

    @Test
    void aStatementJustUnderTheLimitIsStoredThoughItsExtensionsGrowWhenAnnounced() {
        // The event announcing a statement carries its extensions as JSON text inside JSON, so each
        // quote is escaped once more: this statement of about 900,000 characters makes an event of
        // about 1,800,000, past the size of H2's registry column before migration V12_2.
        UUID id = UUID.randomUUID();
        ObjectNode statement = Xapi.statement(id, "ada@example.org", ANSWERED, QUIZ);
        statement.putObject("result").put("success", true);
        statement.putObject("context").putObject("extensions").put(EXTENSION, "\"".repeat(450_000));

        Api.Response put = xapi.put("/xapi/statements?statementId=" + id, statement);

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        Api.Response got = xapi.get("/xapi/statements?statementId=" + id);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("context").get("extensions").get(EXTENSION).asString()).hasSize(450_000);
    }

    @Test
    void anActivityWhoseIriIsLongerThan4000CharactersKeepsItsDefinition() {
        String iri = "https://pathwise.test/activities/" + "a".repeat(5_000);
        ObjectNode statement = Xapi.statement("ada@example.org", ANSWERED, iri);
        ((ObjectNode) statement.get("object")).putObject("definition").putObject("name").put("en-US", "Long address");

        Api.Response posted = xapi.post("/xapi/statements", statement);

        assertThat(posted.status()).as("%s", posted).isEqualTo(200);
        Api.Response activity = xapi.get("/xapi/activities?activityId=" + iri);
        assertThat(activity.status()).as("%s", activity).isEqualTo(200);
        assertThat(activity.json().get("definition").get("name").get("en-US").asString()).isEqualTo("Long address");
    }

    @Test
    void aBatchOfMoreIdsThanH2TakesParametersInOneQueryIsCheckedAgainstTheStatementsStored() {
        // H2 takes at most 100,000 parameters in a statement. Looking up a batch's ids as
        // (tenant, id) pairs needed two per statement, so a batch of more than 50,000 answered 500
        // (exactly 50,000 failed one query later, on the voiding look-up). Here the look-up must
        // find the one id stored already with other content, which refuses the batch before
        // anything is written: storing 50,000 statements takes half a minute.
        int size = 50_001;
        UUID stored = UUID.randomUUID();
        assertThat(xapi.put("/xapi/statements?statementId=" + stored, Xapi.statement("ada@example.org", ANSWERED, QUIZ))
                .status()).isEqualTo(204);
        String one = "{\"actor\":{\"mbox\":\"mailto:ada@example.org\"},\"verb\":{\"id\":\"" + PASSED
                + "\"},\"object\":{\"id\":\"" + QUIZ + "\"}}";
        String conflicting = "{\"id\":\"" + stored + "\"," + one.substring(1);

        Api.Response posted = xapi.post("/xapi/statements",
                "[" + String.join(",", Collections.nCopies(size - 1, one)) + "," + conflicting + "]");

        assertThat(posted.status()).as("%s", posted).isEqualTo(409);
        assertThat(Xapi.ids(xapi.query("verb", PASSED, "limit", "1").json())).isEmpty();
    }

    @Test
    void aScoreNoDoubleCanHoldIsRefusedWith400NamingItsFieldAndNothingIsStored() {
        // Scores are announced to the rest of Pathwise as doubles. A raw score of 1e309 was stored
        // and read back as the string "Infinity"; a 400-digit one answered 500.
        String huge = "1" + "0".repeat(400);
        for (String property : List.of("raw", "min", "max")) {
            for (String number : List.of("1e309", "-1e309", huge, "-" + huge)) {
                Api.Response posted = xapi.post("/xapi/statements",
                        withResult(ANSWERED, "{\"score\":{\"" + property + "\":" + number + "}}"));

                assertThat(posted.status()).as("%s %s: %s", property, number, posted).isEqualTo(400);
                assertThat(posted.body()).contains("result.score." + property).contains("finite number");
            }
        }
        Api.Response scaled = xapi.post("/xapi/statements", withResult(ANSWERED, "{\"score\":{\"scaled\":" + huge + "}}"));
        assertThat(scaled.status()).as("%s", scaled).isEqualTo(400);
        assertThat(scaled.body()).contains("result.score.scaled");
        Api.Response inSubStatement = xapi.post("/xapi/statements", withSubStatementResult("{\"score\":{\"raw\":1e309}}"));
        assertThat(inSubStatement.status()).as("%s", inSubStatement).isEqualTo(400);
        assertThat(inSubStatement.body()).contains("object.result.score.raw").contains("finite number");
        assertThat(Xapi.ids(xapi.query("activity", QUIZ, "related_activities", "true").json())).isEmpty();
    }

    @Test
    void numbersInExtensionsAreStoredAsSentEvenWhereNoDoubleCanHoldThem() {
        // Extension values are stored as sent (xAPI Data 4.1). Read as doubles, 1e309 was stored
        // as the string "Infinity", 1e-400 as 0 and 0.1000000000000000000001 as 0.1, and sending
        // the same statement again answered 500.
        String numbers = "[1e309, -1e309, 1e-400, 0.1000000000000000000001, 1" + "0".repeat(400) + "]";
        String extensions = "{\"extensions\":{\"" + EXTENSION + "\":" + numbers + "}}";
        String statement = withSubStatementResult(extensions);
        statement = statement.substring(0, statement.length() - 1) + ",\"context\":" + extensions + "}";
        UUID id = UUID.randomUUID();

        Api.Response put = xapi.put("/xapi/statements?statementId=" + id, statement);

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        List<Object> sent = decimals(EXACT.readTree(numbers));
        for (String format : List.of("exact", "canonical")) {
            JsonNode stored = EXACT.readTree(xapi.get("/xapi/statements?format=" + format + "&statementId=" + id).body());
            assertThat(decimals(stored.get("context").get("extensions").get(EXTENSION))).as(format).isEqualTo(sent);
            assertThat(decimals(stored.get("object").get("result").get("extensions").get(EXTENSION))).as(format)
                    .isEqualTo(sent);
        }
        Api.Response again = xapi.put("/xapi/statements?statementId=" + id, statement);
        assertThat(again.status()).as("the same statement again: %s", again).isEqualTo(204);
    }

    @Test
    void aNumberWhoseExponentNoDecimalCanHoldIsRefusedWith400() {
        // Exact decimals have an exponent of at most 2,147,483,647; as a double this was Infinity,
        // stored as the string "Infinity".
        Api.Response posted = xapi.post("/xapi/statements",
                withResult(ANSWERED, "{\"extensions\":{\"" + EXTENSION + "\":1e2147483648}}"));

        assertThat(posted.status()).as("%s", posted).isEqualTo(400);
        assertThat(posted.body()).contains("body").contains("exponent");
    }

    @Test
    void aDifferentStatementWithAnIdAlreadyStoredIsRefusedWith409AndTheSameOneIsAccepted() {
        UUID id = UUID.randomUUID();
        assertThat(xapi.put("/xapi/statements?statementId=" + id, Xapi.statement("ada@example.org", ANSWERED, QUIZ)).status())
                .isEqualTo(204);

        Api.Response same = xapi.put("/xapi/statements?statementId=" + id, Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        Api.Response different = xapi.put("/xapi/statements?statementId=" + id, Xapi.statement("ada@example.org", PASSED, QUIZ));
        Api.Response differentByPost = xapi.post("/xapi/statements", Xapi.statement(id, "ada@example.org", PASSED, QUIZ));

        assertThat(same.status()).as("%s", same).isEqualTo(204);
        assertThat(different.status()).as("%s", different).isEqualTo(409);
        assertThat(differentByPost.status()).as("%s", differentByPost).isEqualTo(409);
        assertThat(xapi.get("/xapi/statements?statementId=" + id).json().get("verb").get("id").asString()).isEqualTo(ANSWERED);
    }

    @Test
    void concurrentPutsOfOneIdStoreExactlyOneStatement() throws Exception {
        UUID id = UUID.randomUUID();

        List<Api.Response> responses = Concurrently.run(8, i ->
                xapi.put("/xapi/statements?statementId=" + id, Xapi.statement("ada@example.org", ANSWERED, QUIZ)));

        assertThat(responses).extracting(Api.Response::status).containsOnly(204);
        JsonNode page = xapi.query("verb", ANSWERED).json();
        assertThat(Xapi.ids(page)).containsExactly(id.toString());
    }

    @Test
    void theStatementIdParameterAndTheStatementsOwnIdMustAgree() {
        Api.Response put = xapi.put("/xapi/statements?statementId=" + UUID.randomUUID(),
                Xapi.statement(UUID.randomUUID(), "ada@example.org", ANSWERED, QUIZ));

        assertThat(put.status()).isEqualTo(400);
        assertThat(put.body()).contains("statementId");
    }

    @Test
    void aVoidedStatementIsOnlyReturnedThroughVoidedStatementIdAndItsVoidingStatementStillMatchesItsFilters() {
        UUID target = UUID.randomUUID();
        xapi.put("/xapi/statements?statementId=" + target, Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        ObjectNode voiding = Xapi.statement("ada@example.org", VOIDED, QUIZ);
        voiding.putObject("object").put("objectType", "StatementRef").put("id", target.toString());

        Api.Response voided = xapi.post("/xapi/statements", voiding);

        assertThat(voided.status()).as("%s", voided).isEqualTo(200);
        String voidingId = voided.json().get(0).asString();
        assertThat(xapi.get("/xapi/statements?statementId=" + target).status()).isEqualTo(404);
        assertThat(xapi.get("/xapi/statements?voidedStatementId=" + target).status()).isEqualTo(200);
        assertThat(xapi.get("/xapi/statements?voidedStatementId=" + voidingId).status()).isEqualTo(404);
        assertThat(Xapi.ids(xapi.query("activity", QUIZ).json())).containsExactly(voidingId);
    }

    @Test
    void aVoidingStatementCannotBeVoided() {
        UUID target = UUID.randomUUID();
        xapi.put("/xapi/statements?statementId=" + target, Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        ObjectNode voiding = Xapi.statement("ada@example.org", VOIDED, QUIZ);
        voiding.putObject("object").put("objectType", "StatementRef").put("id", target.toString());
        String voidingId = xapi.post("/xapi/statements", voiding).json().get(0).asString();
        ObjectNode voidTheVoiding = Xapi.statement("ada@example.org", VOIDED, QUIZ);
        voidTheVoiding.putObject("object").put("objectType", "StatementRef").put("id", voidingId);

        Api.Response refused = xapi.post("/xapi/statements", voidTheVoiding);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).contains("voiding statement cannot be voided");
    }

    @Test
    void queriesFilterByAgentVerbActivityAndRegistration() {
        UUID registration = UUID.randomUUID();
        ObjectNode withRegistration = Xapi.statement("ada@example.org", PASSED, QUIZ);
        withRegistration.putObject("context").put("registration", registration.toString());
        String adaPassed = postOne(withRegistration);
        String adaAnswered = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        String graceAnswered = postOne(Xapi.statement("grace@example.org", ANSWERED, QUIZ + "/other"));

        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:ada@example.org\"}").json()))
                .containsExactly(adaAnswered, adaPassed);
        assertThat(Xapi.ids(xapi.query("verb", ANSWERED).json())).containsExactly(graceAnswered, adaAnswered);
        assertThat(Xapi.ids(xapi.query("activity", QUIZ + "/other").json())).containsExactly(graceAnswered);
        assertThat(Xapi.ids(xapi.query("registration", registration.toString()).json())).containsExactly(adaPassed);
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:ada@example.org\"}", "verb", ANSWERED,
                "activity", QUIZ).json())).containsExactly(adaAnswered);
        assertThat(Xapi.ids(xapi.query("verb", ANSWERED, "ascending", "true").json()))
                .containsExactly(adaAnswered, graceAnswered);
    }

    @Test
    void aStatementReferringToAMatchMatchesTooAndSoDoesOneReferringToThatRecursively() {
        String answered = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        String confirmed = postOne(referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", answered));
        String commented = postOne(referring("linus@example.org", "http://adlnet.gov/expapi/verbs/commented", confirmed));
        String unrelated = postOne(Xapi.statement("ada@example.org", PASSED, QUIZ + "/other"));
        postOne(referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", unrelated));

        assertThat(Xapi.ids(xapi.query("activity", QUIZ).json())).containsExactly(commented, confirmed, answered);
        assertThat(Xapi.ids(xapi.query("verb", ANSWERED).json())).containsExactly(commented, confirmed, answered);
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:ada@example.org\"}", "verb", ANSWERED,
                "activity", QUIZ, "ascending", "true").json())).containsExactly(answered, confirmed, commented);
        JsonNode first = xapi.query("activity", QUIZ, "limit", "2").json();
        assertThat(Xapi.ids(first)).containsExactly(commented, confirmed);
        assertThat(Xapi.ids(xapi.get(first.get("more").asString()).json())).containsExactly(answered);
    }

    @Test
    void timeFiltersApplyToTheReferringStatementNotToTheStatementItRefersTo() throws Exception {
        String answered = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        String answeredStored = xapi.get("/xapi/statements?statementId=" + answered).json().get("stored").asString();
        Thread.sleep(5);
        String confirmed = postOne(referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", answered));

        assertThat(Xapi.ids(xapi.query("activity", QUIZ, "since", answeredStored).json())).containsExactly(confirmed);
        assertThat(Xapi.ids(xapi.query("activity", QUIZ, "until", answeredStored).json())).containsExactly(answered);
    }

    @Test
    void theAgentFilterMatchesTheAgentAsActorAsObjectAndAsMemberOfAGroupInOneOrderedPagedList() {
        String asActor = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        ObjectNode asObjectStatement = Xapi.statement("grace@example.org", "http://adlnet.gov/expapi/verbs/mentored", QUIZ);
        asObjectStatement.putObject("object").put("objectType", "Agent").put("mbox", "mailto:ada@example.org");
        String asObject = postOne(asObjectStatement);
        ObjectNode byGroup = Xapi.statement("ada@example.org", ANSWERED, QUIZ);
        ObjectNode group = byGroup.putObject("actor").put("objectType", "Group").put("name", "Team Ada");
        ArrayNode members = group.putArray("member");
        members.addObject().put("mbox", "mailto:ada@example.org");
        members.addObject().put("mbox", "mailto:grace@example.org");
        String asMember = postOne(byGroup);
        String asActorAgain = postOne(Xapi.statement("ada@example.org", PASSED, QUIZ));
        postOne(Xapi.statement("linus@example.org", ANSWERED, QUIZ));

        String ada = "{\"mbox\":\"mailto:ada@example.org\"}";
        JsonNode first = xapi.query("agent", ada, "limit", "3").json();
        assertThat(Xapi.ids(first)).containsExactly(asActorAgain, asMember, asObject);
        assertThat(Xapi.ids(xapi.get(first.get("more").asString()).json())).containsExactly(asActor);
        assertThat(Xapi.ids(xapi.query("agent", ada, "verb", ANSWERED, "activity", QUIZ).json()))
                .containsExactly(asMember, asActor);
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:grace@example.org\"}").json()))
                .containsExactly(asMember, asObject);
    }

    private static ObjectNode referring(String actor, String verb, String targetId) {
        ObjectNode statement = Xapi.statement(actor, verb, QUIZ);
        statement.putObject("object").put("objectType", "StatementRef").put("id", targetId);
        return statement;
    }

    /** Ada's answer to an item, with the quiz as its parent activity and a teacher as instructor: both only in its context. */
    private static ObjectNode itemOfQuizTaughtByTeacher() {
        ObjectNode inCourse = Xapi.statement("ada@example.org", ANSWERED, QUIZ + "/item-1");
        inCourse.putObject("context").putObject("contextActivities").putObject("parent").put("id", QUIZ);
        ((ObjectNode) inCourse.get("context")).putObject("instructor").put("mbox", "mailto:teacher@example.org");
        return inCourse;
    }

    @Test
    void relatedActivitiesAndRelatedAgentsWidenTheFiltersToContextAndAuthority() {
        String id = postOne(itemOfQuizTaughtByTeacher());

        assertThat(Xapi.ids(xapi.query("activity", QUIZ).json())).isEmpty();
        assertThat(Xapi.ids(xapi.query("activity", QUIZ, "related_activities", "true").json())).containsExactly(id);
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:teacher@example.org\"}").json())).isEmpty();
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:teacher@example.org\"}", "related_agents", "true")
                .json())).containsExactly(id);
        JsonNode stored = xapi.get("/xapi/statements?statementId=" + id).json();
        assertThat(stored.get("context").get("contextActivities").get("parent").isArray())
                .as("a single context activity comes back as an array").isTrue();
    }

    @Test
    void aStatementReferringToOneThatMentionsTheFilteredAgentOrActivityElsewhereMatchesWithTheRelatedFlags() {
        String answered = postOne(itemOfQuizTaughtByTeacher());
        String confirmed = postOne(referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", answered));
        String elsewhere = postOne(Xapi.statement("linus@example.org", ANSWERED, QUIZ + "/item-2"));
        postOne(referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", elsewhere));

        assertThat(Xapi.ids(xapi.query("activity", QUIZ).json())).isEmpty();
        assertThat(Xapi.ids(xapi.query("activity", QUIZ, "related_activities", "true").json()))
                .containsExactly(confirmed, answered);
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:teacher@example.org\"}", "related_agents", "true")
                .json())).containsExactly(confirmed, answered);
        assertThat(Xapi.ids(xapi.query("agent", "{\"mbox\":\"mailto:teacher@example.org\"}", "related_agents", "true",
                "activity", QUIZ, "related_activities", "true", "ascending", "true").json()))
                .containsExactly(answered, confirmed);
    }

    @Test
    void sinceAndUntilFilterByStoredTime() throws Exception {
        String first = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        String firstStored = xapi.get("/xapi/statements?statementId=" + first).json().get("stored").asString();
        Thread.sleep(5);
        String second = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));

        assertThat(Xapi.ids(xapi.query("since", firstStored).json())).containsExactly(second);
        assertThat(Xapi.ids(xapi.query("until", firstStored).json())).containsExactly(first);
    }

    @Test
    void moreLinksPageThroughAQueryAndStayStableWhileNewStatementsArrive() {
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ)));
        }
        JsonNode first = xapi.query("verb", ANSWERED, "limit", "2").json();
        postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        JsonNode second = xapi.get(first.get("more").asString()).json();
        JsonNode third = xapi.get(second.get("more").asString()).json();

        assertThat(Xapi.ids(first)).containsExactly(posted.get(4), posted.get(3));
        assertThat(Xapi.ids(second)).containsExactly(posted.get(2), posted.get(1));
        assertThat(Xapi.ids(third)).containsExactly(posted.get(0));
        assertThat(third.get("more").asString()).isEmpty();
    }

    @Test
    void statementsNeverCrossTenants() {
        String id = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        Xapi otherTenant = Xapi.forOrganization(api, TestOrganization.signUp(api), "1.0.3", "all");

        assertThat(otherTenant.get("/xapi/statements?statementId=" + id).status()).isEqualTo(404);
        assertThat(Xapi.ids(otherTenant.query("verb", ANSWERED).json())).isEmpty();
        assertThat(otherTenant.put("/xapi/statements?statementId=" + id, Xapi.statement("grace@example.org", PASSED, QUIZ))
                .status()).as("the same id is free in another tenant's LRS").isEqualTo(204);
    }

    @Test
    void everyRequestButAboutNeedsTheVersionHeaderAndASupportedVersion() {
        Api.Response missing = xapi.withVersion(null).query("verb", ANSWERED);
        Api.Response unsupported = xapi.withVersion("0.95").query("verb", ANSWERED);
        Api.Response about = new Xapi(api, null, null, null).get("/xapi/about");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("X-Experience-API-Version");
        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(about.status()).isEqualTo(200);
        assertThat(about.json().get("version").valueStream().map(JsonNode::asString)).contains("1.0.3", "2.0.0");
        assertThat(xapi.withVersion("2.0.0").query("verb", ANSWERED).header("X-Experience-API-Version")).isEqualTo("2.0.0");
    }

    @Test
    void aRequestWithoutAValidCredentialIsRefusedWith401() {
        Api.Response anonymous = new Xapi(api, null, null, "1.0.3").query("verb", ANSWERED);
        Api.Response wrongSecret = new Xapi(api, "demo-xapi-key", "not-the-secret", "1.0.3").query("verb", ANSWERED);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(wrongSecret.status()).isEqualTo(401);
    }

    @Test
    void statementsCannotBeDeletedOnlyVoided() {
        Xapi anonymous = new Xapi(api, null, null, "1.0.3");

        assertThat(anonymous.send("DELETE", "/xapi/statements", null, null, Map.of()).status()).isEqualTo(405);
        assertThat(xapi.send("DELETE", "/xapi/statements", null, null, Map.of()).status()).isEqualTo(405);
    }

    @Test
    void scopesLimitWhatACredentialMayDo() {
        Xapi writeOnly = Xapi.forOrganization(api, org, "1.0.3", "statements/write");
        Xapi readMine = Xapi.forOrganization(api, org, "1.0.3", "statements/write", "statements/read/mine");
        String othersStatement = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        String mine = readMine.post("/xapi/statements", Xapi.statement("grace@example.org", ANSWERED, QUIZ))
                .json().get(0).asString();

        assertThat(writeOnly.query("verb", ANSWERED).status()).isEqualTo(403);
        assertThat(Xapi.ids(readMine.query("verb", ANSWERED).json())).containsExactly(mine);
        assertThat(readMine.get("/xapi/statements?statementId=" + othersStatement).status()).isEqualTo(404);
        assertThat(Xapi.forOrganization(api, org, "1.0.3", "statements/read")
                .post("/xapi/statements", Xapi.statement("ada@example.org", ANSWERED, QUIZ)).status()).isEqualTo(403);
    }

    @Test
    void aCredentialThatReadsOnlyItsOwnStatementsLearnsNothingOfOthersThroughItsStatementRefs() {
        Xapi readMine = Xapi.forOrganization(api, org, "1.0.3", "statements/write", "statements/read/mine");
        String othersStatement = postOne(Xapi.statement("ada@example.org", ANSWERED, QUIZ));
        String myReference = readMine.post("/xapi/statements",
                referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", othersStatement))
                .json().get(0).asString();
        String myAnswer = readMine.post("/xapi/statements", Xapi.statement("grace@example.org", PASSED, QUIZ + "/mine"))
                .json().get(0).asString();
        String myReferenceToMine = readMine.post("/xapi/statements",
                referring("grace@example.org", "http://adlnet.gov/expapi/verbs/confirmed", myAnswer))
                .json().get(0).asString();

        assertThat(Xapi.ids(readMine.query("agent", "{\"mbox\":\"mailto:ada@example.org\"}").json()))
                .as("the other statement's actor must not be confirmed by its own reference to it").isEmpty();
        assertThat(Xapi.ids(readMine.query("verb", ANSWERED).json())).isEmpty();
        assertThat(Xapi.ids(readMine.query("activity", QUIZ + "/mine").json()))
                .as("references to its own statements still match").containsExactly(myReferenceToMine, myAnswer);
        assertThat(Xapi.ids(xapi.query("verb", ANSWERED).json())).as("a credential reading everything sees the chain")
                .contains(myReference, othersStatement);
    }

    @Test
    void unknownOrMalformedQueryParametersAreRefusedWithTheirName() {
        assertThat(xapi.query("colour", "red").body()).contains("colour");
        assertThat(xapi.query("limit", "-1").status()).isEqualTo(400);
        assertThat(xapi.query("since", "yesterday").body()).contains("since");
        assertThat(xapi.query("agent", "{\"name\":\"no identifier\"}").status()).isEqualTo(400);
        assertThat(xapi.query("statementId", UUID.randomUUID().toString(), "verb", ANSWERED).status()).isEqualTo(400);
        assertThat(xapi.query("format", "pretty").status()).isEqualTo(400);
    }

    @Test
    void bodiesThatAreNotStatementsAreRefusedWith400() {
        assertThat(xapi.post("/xapi/statements", "{not json").status()).isEqualTo(400);
        assertThat(xapi.send("POST", "/xapi/statements", "text/plain", "{}".getBytes(), Map.of()).status()).isEqualTo(400);
        assertThat(xapi.post("/xapi/statements", "{\"actor\":{\"mbox\":\"mailto:a@b.c\"},\"actor\":{\"mbox\":\"mailto:d@e.f\"}}")
                .status()).as("a property given twice").isEqualTo(400);
    }

    @Test
    void anAttachmentSentInMultipartMixedIsStoredOnceAndReturnedWithAttachmentsTrue() throws Exception {
        byte[] payload = "certificate of completion".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha2 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(payload));
        ObjectNode statement = Xapi.statement("ada@example.org", PASSED, QUIZ);
        ObjectNode attachment = statement.putArray("attachments").addObject();
        attachment.put("usageType", "http://id.tincanapi.com/attachment/certificate_of_completion");
        attachment.putObject("display").put("en-US", "Certificate");
        attachment.put("contentType", "text/plain").put("length", payload.length).put("sha2", sha2);
        String boundary = "xapi-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n").getBytes());
        body.writeBytes(Api.json().writeValueAsBytes(statement));
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n"
                + "X-Experience-API-Hash: " + sha2 + "\r\n\r\n").getBytes());
        body.writeBytes(payload);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());

        Api.Response posted = xapi.send("POST", "/xapi/statements", "multipart/mixed; boundary=" + boundary,
                body.toByteArray(), Map.of());

        assertThat(posted.status()).as("%s", posted).isEqualTo(200);
        String id = posted.json().get(0).asString();
        Api.Response withAttachments = xapi.get("/xapi/statements?attachments=true&statementId=" + id);
        assertThat(withAttachments.status()).isEqualTo(200);
        assertThat(withAttachments.header("Content-Type")).startsWith("multipart/mixed");
        assertThat(withAttachments.body()).contains("certificate of completion").contains("X-Experience-API-Hash");
        assertThat(xapi.get("/xapi/statements?statementId=" + id).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void anAttachmentWithoutFileUrlMustArriveWithItsPart() {
        ObjectNode statement = Xapi.statement("ada@example.org", PASSED, QUIZ);
        ObjectNode attachment = statement.putArray("attachments").addObject();
        attachment.put("usageType", "http://id.tincanapi.com/attachment/certificate_of_completion");
        attachment.putObject("display").put("en-US", "Certificate");
        attachment.put("contentType", "text/plain").put("length", 3).put("sha2", "0".repeat(64));

        Api.Response refused = xapi.post("/xapi/statements", statement);

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).contains("attachments[0]");
    }

    @Test
    void theIdsFormatKeepsOnlyIdentifiersAndCanonicalKeepsOneLanguage() {
        ObjectNode statement = Xapi.statement("ada@example.org", PASSED, QUIZ);
        ((ObjectNode) statement.get("actor")).put("name", "Ada");
        ((ObjectNode) statement.get("verb").get("display")).put("fr-FR", "réussi");
        String id = postOne(statement);

        JsonNode ids = xapi.get("/xapi/statements?format=ids&statementId=" + id).json();
        JsonNode canonical = xapi.get("/xapi/statements?format=canonical&statementId=" + id,
                Map.of("Accept-Language", "fr-FR")).json();

        assertThat(ids.get("actor").has("name")).isFalse();
        assertThat(ids.get("verb").has("display")).isFalse();
        assertThat(canonical.get("verb").get("display").propertyNames()).containsExactly("fr-FR");
    }

    /** Floating-point numbers read as exact decimals, as the LRS reads them. */
    private static final JsonMapper EXACT = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** A statement's JSON text with this result, written by hand: a JsonNode cannot hold every number. */
    private static String withResult(String verb, String result) {
        return "{\"actor\":{\"mbox\":\"mailto:ada@example.org\"},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"" + QUIZ + "\"},\"result\":" + result + "}";
    }

    /** A statement's JSON text whose object is a SubStatement with this result. */
    private static String withSubStatementResult(String result) {
        return "{\"actor\":{\"mbox\":\"mailto:grace@example.org\"},\"verb\":{\"id\":\"" + PASSED + "\"},"
                + "\"object\":{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:ada@example.org\"},"
                + "\"verb\":{\"id\":\"" + ANSWERED + "\"},\"object\":{\"id\":\"" + QUIZ + "\"},\"result\":" + result + "}}";
    }

    /** Each element's exact value (any other node as it is), so 1E+309 and 1e309 compare equal. */
    private static List<Object> decimals(JsonNode array) {
        return array.valueStream().<Object>map(n -> n.isNumber() ? n.decimalValue().stripTrailingZeros() : n).toList();
    }

    String postOne(ObjectNode statement) {
        Api.Response posted = xapi.post("/xapi/statements", statement);
        assertThat(posted.status()).as("%s", posted).isEqualTo(200);
        return posted.json().get(0).asString();
    }
}
