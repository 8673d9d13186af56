package io.pathwise.lrs;

import static io.pathwise.lrs.XapiDocumentFlows.assertAgentProblem;
import static io.pathwise.lrs.XapiDocumentsClient.V1;
import static io.pathwise.lrs.XapiDocumentsClient.V2;
import static io.pathwise.lrs.XapiDocumentsClient.params;
import static io.pathwise.lrs.XapiDocumentsClient.utf8;
import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiDocumentsClient.Response;
import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.TestOrganization;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Activities resource (xAPI Communication 2.5) and the Agents resource (2.4). */
abstract class XapiActivitiesAndAgentsFlows extends ApiTest {

    private static final String ACTIVITIES = "/xapi/activities";
    private static final String AGENTS = "/xapi/agents";

    private XapiDocumentsClient v1;
    private XapiDocumentsClient v2;
    private String activity;
    private String email;

    @BeforeEach
    void client() {
        v1 = new XapiDocumentsClient(api, XapiDocumentsClient.sharedCredential(api), V1);
        v2 = v1.version(V2);
        activity = "http://example.com/activities/" + UUID.randomUUID();
        email = UUID.randomUUID() + "@example.com";
    }

    @Test
    void theActivitiesResourceReturnsTheActivityWithTheDefinitionAStatementGaveIt() {
        String definition = "{\"type\":\"http://adlnet.gov/expapi/activities/meeting\","
                + "\"name\":{\"en-US\":\"example meeting\"},\"moreInfo\":\"http://example.com/meetings/1\"}";
        record(v1, "{\"mbox\":\"mailto:" + email + "\"}",
                "{\"objectType\":\"Activity\",\"id\":\"" + activity + "\",\"definition\":" + definition + "}");

        Response got = v1.get(ACTIVITIES, params("activityId", activity));

        assertThat(got.status()).as("%s", got).isEqualTo(200);
        assertThat(got.header("Content-Type")).startsWith("application/json");
        assertThat(got.header("ETag")).matches("\"[0-9a-f]{40}\"");
        assertThat(got.json()).isEqualTo(Api.json().readTree("{\"objectType\":\"Activity\",\"id\":\"" + activity
                + "\",\"definition\":" + definition + "}"));
    }

    @Test
    void aLaterDefinitionAddsItsLanguagesToTheCanonicalDefinition() {
        record(v2, "{\"mbox\":\"mailto:" + email + "\"}", "{\"objectType\":\"Activity\",\"id\":\"" + activity
                + "\",\"definition\":{\"name\":{\"en-US\":\"meeting\"}}}");
        record(v2, "{\"mbox\":\"mailto:" + email + "\"}", "{\"objectType\":\"Activity\",\"id\":\"" + activity
                + "\",\"definition\":{\"name\":{\"fr-FR\":\"réunion\"}}}");

        Response got = v2.get(ACTIVITIES, params("activityId", activity));

        assertThat(got.json().get("definition").get("name")).isEqualTo(
                Api.json().readTree("{\"en-US\":\"meeting\",\"fr-FR\":\"réunion\"}"));
    }

    @Test
    void anActivityNothingDefinedIsStillReturnedAsAnActivityWithItsId() {
        Response got = v2.get(ACTIVITIES, params("activityId", activity));

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json()).isEqualTo(Api.json().readTree(
                "{\"objectType\":\"Activity\",\"id\":\"" + activity + "\"}"));
    }

    @Test
    void anActivityDefinedInAnotherTenantIsNotDefinedHere() {
        record(v1, "{\"mbox\":\"mailto:" + email + "\"}", "{\"id\":\"" + activity
                + "\",\"definition\":{\"name\":{\"en-US\":\"secret\"}}}");
        XapiDocumentsClient stranger = v1.as(XapiDocumentsClient.newCredential(api,
                TestOrganization.signUp(api).adminToken(), "all"));

        assertThat(stranger.get(ACTIVITIES, params("activityId", activity)).json().has("definition")).isFalse();
    }

    @Test
    void theActivitiesResourceNeedsOneAbsoluteActivityIdAndNothingElse() {
        assertFieldProblem(v1.get(ACTIVITIES, Map.of()).api(), 400, "activityId");
        assertFieldProblem(v1.get(ACTIVITIES, params("activityId", "true")).api(), 400, "activityId");
        assertFieldProblem(v1.get(ACTIVITIES, params("activityId", activity, "agent", "{}")).api(), 400, "agent");
    }

    @Test
    void theAgentsResourceReturnsAPersonWithTheAgentsIdentifierAndTheNameOfItsLatestStatement() {
        record(v1, "{\"name\":\"Ada Lovelace\",\"mbox\":\"mailto:" + email + "\"}", "{\"id\":\"" + activity + "\"}");

        Response got = v1.get(AGENTS, params("agent", "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + email + "\"}"));

        assertThat(got.status()).as("%s", got).isEqualTo(200);
        assertThat(got.header("ETag")).matches("\"[0-9a-f]{40}\"");
        assertThat(got.json()).isEqualTo(Api.json().readTree("{\"objectType\":\"Person\",\"name\":[\"Ada Lovelace\"],"
                + "\"mbox\":[\"mailto:" + email + "\"]}"));
    }

    @Test
    void anAgentTheLrsHasNeverSeenStillGetsAPersonWithWhatTheRequestSaid() {
        String account = "{\"name\":\"Rick James\",\"account\":{\"homePage\":\"http://www.example.com/agentId/1\","
                + "\"name\":\"" + UUID.randomUUID() + "\"}}";

        Response got = v2.get(AGENTS, params("agent", account));

        assertThat(got.status()).isEqualTo(200);
        JsonNode person = got.json();
        assertThat(person.get("objectType").asString()).isEqualTo("Person");
        assertThat(person.get("name").get(0).asString()).isEqualTo("Rick James");
        assertThat(person.get("account").get(0)).isEqualTo(Api.json().readTree(account).get("account"));
        assertThat(person.has("mbox")).isFalse();
    }

    @Test
    void theAgentsResourceRefusesAGroupAndAnAgentWithoutIdentifierWith400() {
        assertFieldProblem(v1.get(AGENTS, Map.of()).api(), 400, "agent");
        assertAgentProblem(v1.get(AGENTS, params("agent", "{\"name\":\"Rick James\",\"objectType\":\"Agent\"}")));
        assertAgentProblem(v2.get(AGENTS, params("agent",
                "{\"objectType\":\"Group\",\"mbox\":\"mailto:" + email + "\"}")));
        assertAgentProblem(v1.get(AGENTS, params("agent", "not JSON")));
    }

    @Test
    void theActivitiesAndAgentsResourcesNeedAScopeThatReadsStatementsOrProfiles() {
        String admin = TestOrganization.signUp(api).adminToken();
        XapiDocumentsClient writer = v1.as(XapiDocumentsClient.newCredential(api, admin, "statements/write", "state"));
        XapiDocumentsClient profile = v1.as(XapiDocumentsClient.newCredential(api, admin, "profile"));
        XapiDocumentsClient reader = v1.as(XapiDocumentsClient.newCredential(api, admin, "statements/read"));
        Map<String, String> agent = params("agent", "{\"mbox\":\"mailto:" + email + "\"}");

        assertProblem(writer.get(ACTIVITIES, params("activityId", activity)).api(), 403);
        assertProblem(writer.get(AGENTS, agent).api(), 403);
        assertThat(profile.get(ACTIVITIES, params("activityId", activity)).status()).isEqualTo(200);
        assertThat(profile.get(AGENTS, agent).status()).isEqualTo(200);
        assertThat(reader.get(ACTIVITIES, params("activityId", activity)).status()).isEqualTo(200);
        assertThat(reader.get(AGENTS, agent).status()).isEqualTo(200);
    }

    @Test
    void headOnTheActivitiesAndAgentsResourcesAnswersWithoutABody() {
        Response activityHead = v1.head(ACTIVITIES, params("activityId", activity));
        Response agentHead = v1.head(AGENTS, params("agent", "{\"mbox\":\"mailto:" + email + "\"}"));

        assertThat(activityHead.status()).isEqualTo(200);
        assertThat(activityHead.body()).isEmpty();
        assertThat(activityHead.header("ETag")).isNotNull();
        assertThat(agentHead.status()).isEqualTo(200);
        assertThat(agentHead.body()).isEmpty();
    }

    /** Stores a statement through the Statements resource, as a client with scope all (which may define). */
    private static void record(XapiDocumentsClient client, String actor, String object) {
        String statement = "{\"actor\":" + actor + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\","
                + "\"display\":{\"en-US\":\"experienced\"}},\"object\":" + object + "}";
        Response stored = client.post("/xapi/statements", Map.of(), "application/json", utf8(statement));
        assertThat(stored.status()).as("storing %s: %s", statement, stored).isEqualTo(200);
    }
}
