package io.pathwise.lrs;

import static io.pathwise.lrs.XapiDocumentsClient.V1;
import static io.pathwise.lrs.XapiDocumentsClient.V2;
import static io.pathwise.lrs.XapiDocumentsClient.agent;
import static io.pathwise.lrs.XapiDocumentsClient.params;
import static io.pathwise.lrs.XapiDocumentsClient.utf8;
import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.lrs.XapiDocumentsClient.Credential;
import io.pathwise.lrs.XapiDocumentsClient.Response;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.Problems;
import io.pathwise.support.TestOrganization;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The State, Activity Profile and Agent Profile resources (xAPI Communication 2.2, 2.3, 2.6, 2.7 and
 * 3.1) in both xAPI versions. Each test uses an activity and an agent of its own.
 */
abstract class XapiDocumentFlows extends ApiTest {

    static final String STATE = "/xapi/activities/state";
    static final String ACTIVITY_PROFILE = "/xapi/activities/profile";
    static final String AGENT_PROFILE = "/xapi/agents/profile";
    private static final String JSON = "application/json";

    @Autowired
    JdbcClient jdbc;

    private XapiDocumentsClient v1;
    private XapiDocumentsClient v2;
    private String activity;
    private String agent;

    @BeforeEach
    void client() {
        v1 = new XapiDocumentsClient(api, XapiDocumentsClient.sharedCredential(api), V1);
        v2 = v1.version(V2);
        activity = "http://example.com/activities/" + UUID.randomUUID();
        agent = agent(UUID.randomUUID() + "@example.com");
    }

    // --- storing and reading -------------------------------------------------------------------

    @Test
    void aPutDocumentIsReturnedByGetWithItsContentTypeAQuotedSha1EtagAndLastModified() {
        byte[] document = utf8("{\"progress\":0.5}");
        Instant before = Instant.now().minusSeconds(1);

        Response put = v1.put(STATE, state("bookmark"), JSON, document);

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        assertThat(put.header("ETag")).isEqualTo(quotedSha1(document));
        Response got = v1.get(STATE, state("bookmark"));
        assertThat(got.status()).as("%s", got).isEqualTo(200);
        assertThat(got.body()).isEqualTo(document);
        assertThat(got.header("Content-Type")).isEqualTo(JSON);
        assertThat(got.header("ETag")).matches("\"[0-9a-f]{40}\"").isEqualTo(quotedSha1(document));
        assertThat(lastModified(got)).isBetween(before.truncatedTo(ChronoUnit.SECONDS),
                Instant.now().plusSeconds(1));
        assertThat(got.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    }

    @Test
    void binaryContentRoundTripsByteForByteWithItsContentType() {
        byte[] document = new byte[4096];
        new Random(7).nextBytes(document);
        for (int b = 0; b < 256; b++) {
            document[b] = (byte) b;
        }

        assertThat(v2.put(STATE, state("picture"), "image/png", document).status()).isEqualTo(204);
        assertThat(v2.put(AGENT_PROFILE, agentProfile("raw"), null, document, Map.of("If-None-Match", "*")).status())
                .isEqualTo(204);

        Response picture = v2.get(STATE, state("picture"));
        assertThat(picture.body()).isEqualTo(document);
        assertThat(picture.header("Content-Type")).isEqualTo("image/png");
        assertThat(picture.header("ETag")).isEqualTo(quotedSha1(document));
        Response raw = v2.get(AGENT_PROFILE, agentProfile("raw"));
        assertThat(raw.body()).isEqualTo(document);
        assertThat(raw.header("Content-Type")).as("no Content-Type is kept as opaque bytes")
                .isEqualTo("application/octet-stream");
    }

    @Test
    void formEncodedDocumentsAreStoredAsDocumentsAndNotReadAsParameters() {
        String form = "application/x-www-form-urlencoded";

        assertThat(v1.post(STATE, state("counter"), form, utf8("1")).status()).isEqualTo(204);
        assertThat(v1.put(STATE, state("pairs"), form, utf8("a=b&c=d")).status()).isEqualTo(204);
        assertThat(v1.put(STATE, state("percent"), form, utf8("100% sure")).status()).as("not URL encoding")
                .isEqualTo(204);

        assertThat(v1.get(STATE, state("counter")).text()).isEqualTo("1");
        Response pairs = v1.get(STATE, state("pairs"));
        assertThat(pairs.text()).isEqualTo("a=b&c=d");
        assertThat(pairs.header("Content-Type")).startsWith(form);
        assertThat(v1.get(STATE, state("percent")).text()).isEqualTo("100% sure");
    }

    @Test
    void theAgentIsMatchedByItsIdentifierWhateverElseTheParameterSays() {
        String email = UUID.randomUUID() + "@example.com";
        String named = "{\"name\":\"Ada\",\"mbox\":\"mailto:" + email + "\"}";
        v1.put(STATE, params("activityId", activity, "agent", named, "stateId", "s"), JSON, utf8("{\"a\":1}"));

        Response got = v1.get(STATE, params("activityId", activity, "agent", agent(email), "stateId", "s"));

        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void headAnswersWithTheHeadersOfGetAndNoBody() {
        v1.put(STATE, state("s"), JSON, utf8("{\"a\":1}"));
        Response got = v1.get(STATE, state("s"));

        Response head = v1.head(STATE, state("s"));

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(got.header("ETag"));
        assertThat(head.header("Last-Modified")).isEqualTo(got.header("Last-Modified"));
    }

    @Test
    void aDocumentThatDoesNotExistIs404() {
        assertProblem(v1.get(STATE, state("nothing")).api(), 404);
        assertProblem(v1.get(ACTIVITY_PROFILE, activityProfile("nothing")).api(), 404);
        assertProblem(v1.get(AGENT_PROFILE, agentProfile("nothing")).api(), 404);
    }

    @Test
    void deleteRemovesTheDocumentAndAnswers204AlsoWhenItIsAlreadyGone() {
        v1.put(STATE, state("s"), JSON, utf8("{}"));

        assertThat(v1.delete(STATE, state("s")).status()).isEqualTo(204);
        assertProblem(v1.get(STATE, state("s")).api(), 404);
        assertThat(v1.delete(STATE, state("s")).status()).isEqualTo(204);
        assertThat(v1.delete(ACTIVITY_PROFILE, activityProfile("never")).status()).isEqualTo(204);
    }

    // --- POST and merging ------------------------------------------------------------------------

    @Test
    void postToAMissingDocumentStoresItAsAPutWould() {
        byte[] document = utf8("plain words");

        assertThat(v1.post(ACTIVITY_PROFILE, activityProfile("p"), "text/plain", document).status()).isEqualTo(204);

        Response got = v1.get(ACTIVITY_PROFILE, activityProfile("p"));
        assertThat(got.body()).isEqualTo(document);
        assertThat(got.header("Content-Type")).startsWith("text/plain");
    }

    @Test
    void postMergesJsonDocumentsPropertyByPropertyReplacingNestedObjectsWhole() {
        v1.put(STATE, state("s"), JSON, utf8("{\"x\":\"foo\",\"y\":\"bar\",\"car\":{\"make\":\"Ford\",\"model\":\"Escape\"}}"));

        Response post = v1.post(STATE, state("s"), JSON, utf8("{\"x\":\"bash\",\"z\":\"faz\",\"car\":{\"make\":\"Dodge\"}}"));

        assertThat(post.status()).as("%s", post).isEqualTo(204);
        JsonNode merged = v1.get(STATE, state("s")).json();
        assertThat(merged.get("x").asString()).isEqualTo("bash");
        assertThat(merged.get("y").asString()).isEqualTo("bar");
        assertThat(merged.get("z").asString()).isEqualTo("faz");
        assertThat(merged.get("car").size()).as("only top-level properties merge").isEqualTo(1);
        assertThat(merged.get("car").get("make").asString()).isEqualTo("Dodge");
        assertThat(post.header("ETag")).isEqualTo(v1.get(STATE, state("s")).header("ETag"));
    }

    @Test
    void postOfAnythingButAJsonObjectOntoAJsonDocumentIsRefusedWith400AndChangesNothing() {
        byte[] original = utf8("{\"car\":\"Honda\"}");
        v1.put(STATE, state("s"), JSON, original);

        assertFieldProblem(v1.post(STATE, state("s"), "text/plain", utf8("abc")).api(), 400, "Content-Type");
        assertFieldProblem(v1.post(STATE, state("s"), "application/octet-stream", utf8("abcdefg")).api(), 400,
                "Content-Type");
        assertFieldProblem(v1.post(STATE, state("s"), JSON, utf8("[1,2]")).api(), 400, "body");
        assertFieldProblem(v1.post(STATE, state("s"), JSON, utf8("{\"a\":1}{")).api(), 400, "body");
        assertFieldProblem(v1.post(STATE, state("s"), JSON, utf8("{\"a\":1,\"a\":2}")).api(), 400, "body");

        assertThat(v1.get(STATE, state("s")).body()).isEqualTo(original);
    }

    @Test
    void postOfJsonOntoADocumentThatIsNotJsonIsRefusedWith400AndChangesNothing() {
        byte[] original = utf8("/ asdf / undefined");
        v2.put(AGENT_PROFILE, agentProfile("p"), "application/octet-stream", original, Map.of("If-None-Match", "*"));

        assertFieldProblem(v2.post(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{\"a\":1}")).api(), 400, "body");

        assertThat(v2.get(AGENT_PROFILE, agentProfile("p")).body()).isEqualTo(original);
    }

    @Test
    void aMergeKeepsEveryNumberOfBothDocumentsAsSent() {
        // Merging read numbers as doubles: 1e309 was stored back as the string "Infinity", 1e-400
        // as 0.0 and 0.1000000000000000000001 as 0.1.
        v1.put(STATE, state("s"), JSON, utf8("{\"big\":1e309,\"tiny\":1e-400}"));

        assertThat(v1.post(STATE, state("s"), JSON, utf8("{\"precise\":0.1000000000000000000001}")).status())
                .isEqualTo(204);

        assertThat(v1.get(STATE, state("s")).text()).isEqualTo("{\"big\":1E+309,\"tiny\":1E-400,\"precise\":0.1000000000000000000001}");
        assertFieldProblem(v1.post(STATE, state("s"), JSON, utf8("{\"huge\":1e2147483648}")).api(), 400, "body");
    }

    // --- lists, since, registration --------------------------------------------------------------

    @Test
    void getWithoutStateIdListsTheIdsAndSinceKeepsOnlyDocumentsWrittenAfterIt() throws Exception {
        v1.put(STATE, state("early"), JSON, utf8("{}"));
        Thread.sleep(30);
        Instant since = Instant.now();
        Thread.sleep(30);
        v1.put(STATE, state("late"), JSON, utf8("{}"));
        Response late = v1.get(STATE, state("late"));

        Response all = v1.get(STATE, context());
        Response recent = v1.get(STATE, with(context(), "since", since.toString()));

        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all)).containsExactly("early", "late");
        assertThat(all.header("ETag")).isEqualTo(quotedSha1(all.body()));
        assertThat(all.header("Last-Modified")).as("the newest document's").isEqualTo(late.header("Last-Modified"));
        assertThat(ids(recent)).containsExactly("late");
        assertThat(ids(v1.get(STATE, with(context(), "since", Instant.now().plusSeconds(60).toString())))).isEmpty();
    }

    @Test
    void sinceWithAnUnescapedPlusInItsOffsetIsStillATimestamp() {
        v1.put(STATE, state("s"), JSON, utf8("{}"));

        Response listed = v1.send("GET", STATE + "?" + XapiDocumentsClient.query(context())
                + "&since=2000-01-01T00:00:00.000+00:00", null, null, null, Map.of());

        assertThat(ids(listed)).containsExactly("s");
    }

    @Test
    void aRegistrationKeepsItsOwnStatesAndListsAndDeletesWithoutOneCoverEveryRegistration() {
        String registration = UUID.randomUUID().toString();
        v1.put(STATE, state("s"), JSON, utf8("{\"without\":true}"));
        v1.put(STATE, with(state("s"), "registration", registration), JSON, utf8("{\"with\":true}"));
        v1.put(STATE, with(state("only-registered"), "registration", registration), JSON, utf8("{}"));
        String otherActivity = activity + "/other";
        v1.put(STATE, params("activityId", otherActivity, "agent", agent, "stateId", "s"), JSON, utf8("{}"));

        assertThat(v1.get(STATE, state("s")).json().has("without")).isTrue();
        assertThat(v1.get(STATE, with(state("s"), "registration", registration)).json().has("with")).isTrue();
        assertThat(ids(v1.get(STATE, with(context(), "registration", registration))))
                .containsExactlyInAnyOrder("s", "only-registered");
        assertThat(ids(v1.get(STATE, context()))).as("each id once").containsExactlyInAnyOrder("s", "only-registered");

        assertThat(v1.delete(STATE, with(context(), "registration", registration)).status()).isEqualTo(204);
        assertThat(ids(v1.get(STATE, context()))).containsExactly("s");
        assertThat(v1.delete(STATE, context()).status()).isEqualTo(204);
        assertThat(ids(v1.get(STATE, context()))).isEmpty();
        assertThat(v1.get(STATE, params("activityId", otherActivity, "agent", agent, "stateId", "s")).status())
                .as("another activity's state").isEqualTo(200);
    }

    @Test
    void profileListsHoldTheProfileIdsOfTheActivityOrAgent() {
        v2.put(ACTIVITY_PROFILE, activityProfile("a1"), JSON, utf8("{}"));
        v2.post(ACTIVITY_PROFILE, activityProfile("a2"), JSON, utf8("{}"));
        v2.put(AGENT_PROFILE, agentProfile("g1"), JSON, utf8("{}"));

        assertThat(ids(v2.get(ACTIVITY_PROFILE, params("activityId", activity)))).containsExactly("a1", "a2");
        assertThat(ids(v2.get(AGENT_PROFILE, params("agent", agent)))).containsExactly("g1");
        assertThat(ids(v2.get(AGENT_PROFILE, params("agent", agent, "since", Instant.now().plusSeconds(60).toString()))))
                .isEmpty();
    }

    @Test
    void sinceBesideADocumentIdIsIgnoredInXapi103AndRefusedWith400InXapi2() {
        v1.put(STATE, state("s"), JSON, utf8("{\"a\":1}"));
        String since = Instant.now().minusSeconds(60).toString();

        assertThat(v1.get(STATE, with(state("s"), "since", since)).status()).isEqualTo(200);
        assertFieldProblem(v2.get(STATE, with(state("s"), "since", since)).api(), 400, "since");
        assertFieldProblem(v2.get(ACTIVITY_PROFILE, with(activityProfile("p"), "since", since)).api(), 400, "since");
    }

    // --- parameters ------------------------------------------------------------------------------

    @Test
    void missingRequiredParametersAreAllNamedInA400() {
        List<Problems.Error> errors = assertProblem(v1.put(STATE, Map.of(), JSON, utf8("{}")).api(), 400);
        assertThat(errors).extracting(Problems.Error::field).containsExactly("activityId", "agent", "stateId");

        assertFieldProblem(v1.get(STATE, params("activityId", activity)).api(), 400, "agent");
        assertFieldProblem(v1.delete(STATE, params("agent", agent)).api(), 400, "activityId");
        assertFieldProblem(v2.put(ACTIVITY_PROFILE, params("activityId", activity), JSON, utf8("{}")).api(), 400,
                "profileId");
        assertFieldProblem(v2.delete(ACTIVITY_PROFILE, params("activityId", activity)).api(), 400, "profileId");
        assertFieldProblem(v2.post(AGENT_PROFILE, params("profileId", "p"), JSON, utf8("{}")).api(), 400, "agent");
        assertFieldProblem(v2.get(AGENT_PROFILE, Map.of()).api(), 400, "agent");
    }

    @Test
    void unknownParametersParametersInTheWrongCaseAndRepeatedOnesAreRefusedWith400() {
        assertFieldProblem(v1.get(STATE, with(context(), "StateId", "s")).api(), 400, "StateId");
        assertFieldProblem(v1.put(STATE, with(state("s"), "since", Instant.now().toString()), JSON, utf8("{}")).api(),
                400, "since");
        assertFieldProblem(v1.delete(STATE, with(context(), "since", Instant.now().toString())).api(), 400, "since");
        assertFieldProblem(v2.put(ACTIVITY_PROFILE, with(activityProfile("p"), "agent", agent), JSON, utf8("{}"),
                Map.of("If-None-Match", "*")).api(), 400, "agent");
        assertFieldProblem(v2.get(AGENT_PROFILE, with(agentProfile("p"), "foo", "bar")).api(), 400, "foo");
        assertFieldProblem(v1.send("GET", STATE + "?" + XapiDocumentsClient.query(state("a")) + "&stateId=b",
                null, null, null, Map.of()).api(), 400, "stateId");
    }

    @Test
    void anAgentParameterThatIsNotAnIdentifiedAgentAsJsonIsRefusedWith400() {
        for (String bad : List.of("not JSON", "1", "true", "[]", "{\"key\":\"value\"}", "{\"mbox\":5}",
                "{\"name\":\"Rick James\"}", "{\"objectType\":\"Person\",\"mbox\":\"mailto:a@example.com\"}")) {
            assertAgentProblem(v1.get(STATE, params("activityId", activity, "agent", bad, "stateId", "s")));
            assertAgentProblem(v2.get(AGENT_PROFILE, params("agent", bad)));
        }
    }

    @Test
    void inXapi2AnIdentifiedGroupHasStateAndProfilesButInXapi103TheAgentMustBeAnAgent() {
        String group = "{\"objectType\":\"Group\",\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.com\"}";
        Map<String, String> groupState = params("activityId", activity, "agent", group, "stateId", "team");

        assertThat(v2.put(STATE, groupState, JSON, utf8("{}")).status()).isEqualTo(204);
        assertThat(v2.put(AGENT_PROFILE, params("agent", group, "profileId", "p"), JSON, utf8("{}")).status())
                .isEqualTo(204);
        assertAgentProblem(v1.get(STATE, groupState));
        assertAgentProblem(v1.get(AGENT_PROFILE, params("agent", group)));
        String anonymous = "{\"objectType\":\"Group\",\"member\":[" + agent + "]}";
        assertAgentProblem(v2.get(STATE, params("activityId", activity, "agent", anonymous)));
    }

    @Test
    void activityIdMustBeAnAbsoluteIri() {
        for (String bad : List.of("1", "true", "undefined", "{\"key\":\"value\"}", "relative/path", "http://a b")) {
            assertFieldProblem(v1.put(STATE, params("activityId", bad, "agent", agent, "stateId", "s"), JSON,
                    utf8("{}")).api(), 400, "activityId");
            assertFieldProblem(v1.get(ACTIVITY_PROFILE, params("activityId", bad)).api(), 400, "activityId");
        }
    }

    @Test
    void registrationMustBeAUuidAndSinceATimestampAndIdsNotEmpty() {
        for (String bad : List.of("1", "true", "not UUID", "0000-00")) {
            assertFieldProblem(v1.get(STATE, with(state("s"), "registration", bad)).api(), 400, "registration");
        }
        for (String bad : List.of("1", "true", "not a timestamp", "2024-01-01T00:00:00")) {
            assertFieldProblem(v1.get(STATE, with(context(), "since", bad)).api(), 400, "since");
        }
        assertFieldProblem(v1.put(STATE, state(""), JSON, utf8("{}")).api(), 400, "stateId");
    }

    @Test
    void aDocumentIdWithACharacterNoDatabaseStoresIsRefusedWith400NamingItAndNothingIsStored() {
        assertThat(assertFieldProblem(v1.post(STATE, state("a\u0000"), JSON, utf8("{}")).api(), 400, "stateId"))
                .contains("U+0000");
        assertFieldProblem(v1.put(STATE, state("a\u0007"), JSON, utf8("{}")).api(), 400, "stateId");
        assertFieldProblem(v1.post(ACTIVITY_PROFILE, params("activityId", activity, "profileId", "p\u0000"), JSON,
                utf8("{}")).api(), 400, "profileId");
        assertFieldProblem(v1.put(AGENT_PROFILE, params("agent", agent, "profileId", "p\u0001"), JSON, utf8("{}")).api(),
                400, "profileId");
        assertThat(v1.get(STATE, context()).json()).as("no state was stored").isEmpty();
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIsRefusedWith400() {
        assertFieldProblem(v1.put(STATE, state("s"), "garbage", utf8("x")).api(), 400, "Content-Type");
    }

    @Test
    void aWildcardContentTypeIsRefusedWith400OnEveryDocumentResourceAndNothingIsStored() {
        // A wildcard was stored, and every later GET of the document answered 500: no response
        // can carry */* or text/* as its Content-Type.
        Map<String, String> create = Map.of("If-None-Match", "*");
        byte[] document = utf8("{\"a\":1}");
        for (String wildcard : List.of("*/*", "text/*", "application/*+json")) {
            assertFieldProblem(v1.put(STATE, state("wild"), wildcard, document).api(), 400, "Content-Type");
            assertFieldProblem(v1.post(STATE, state("wild"), wildcard, document).api(), 400, "Content-Type");
            assertFieldProblem(v1.put(ACTIVITY_PROFILE, activityProfile("wild"), wildcard, document, create).api(), 400,
                    "Content-Type");
            assertFieldProblem(v1.put(AGENT_PROFILE, agentProfile("wild"), wildcard, document, create).api(), 400,
                    "Content-Type");
        }
        assertProblem(v1.get(STATE, state("wild")).api(), 404);
        assertProblem(v1.get(ACTIVITY_PROFILE, activityProfile("wild")).api(), 404);
        assertProblem(v1.get(AGENT_PROFILE, agentProfile("wild")).api(), 404);
    }

    @Test
    void aDocumentStoredWithAContentTypeNoResponseCanCarryIsServedAsOpaqueBytes() {
        // Documents stored before wildcards were refused still hold them; each read answered 500.
        byte[] document = utf8("{\"a\":1}");
        for (String stored : List.of("*/*", "text/*", "not a media type")) {
            String stateId = "stored-" + UUID.randomUUID();
            v1.put(STATE, state(stateId), JSON, document);
            jdbc.sql("UPDATE xapi_document SET content_type = ? WHERE doc_id = ?").params(stored, stateId).update();

            Response got = v1.get(STATE, state(stateId));

            assertThat(got.status()).as("%s: %s", stored, got).isEqualTo(200);
            assertThat(got.header("Content-Type")).isEqualTo("application/octet-stream");
            assertThat(got.body()).isEqualTo(document);
        }
    }

    // --- concurrency -----------------------------------------------------------------------------

    @Test
    void ifMatchWithAStaleEtagIsRefusedWith412AndChangesNothing() {
        byte[] original = utf8("{\"name\":\"original\"}");
        v2.put(AGENT_PROFILE, agentProfile("p"), JSON, original, Map.of("If-None-Match", "*"));
        Map<String, String> stale = Map.of("If-Match", "\"1111111111111111111111111111111111111111\"");

        assertProblem(v2.put(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{}"), stale).api(), 412);
        assertProblem(v2.post(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{\"b\":1}"), stale).api(), 412);
        assertProblem(v2.delete(AGENT_PROFILE, agentProfile("p"), Map.of("If-Match", "1234")).api(), 412);
        assertProblem(v1.put(STATE, state("s"), JSON, utf8("{}"), stale).api(), 412);

        assertThat(v2.get(AGENT_PROFILE, agentProfile("p")).body()).isEqualTo(original);
    }

    @Test
    void ifMatchWithTheCurrentEtagChangesTheDocumentQuotedOrNot() {
        v2.put(ACTIVITY_PROFILE, activityProfile("p"), JSON, utf8("{\"v\":1}"), Map.of("If-None-Match", "*"));
        String etag = v2.get(ACTIVITY_PROFILE, activityProfile("p")).header("ETag");

        Response replaced = v2.put(ACTIVITY_PROFILE, activityProfile("p"), JSON, utf8("{\"v\":2}"),
                Map.of("If-Match", etag));
        Response merged = v2.post(ACTIVITY_PROFILE, activityProfile("p"), JSON, utf8("{\"w\":3}"),
                Map.of("If-Match", replaced.header("ETag").replace("\"", "").toUpperCase()));

        assertThat(replaced.status()).isEqualTo(204);
        assertThat(replaced.header("ETag")).isNotEqualTo(etag);
        assertThat(merged.status()).as("%s", merged).isEqualTo(204);
        assertThat(v2.get(ACTIVITY_PROFILE, activityProfile("p")).text()).isEqualTo("{\"v\":2,\"w\":3}");
        assertThat(v2.delete(ACTIVITY_PROFILE, activityProfile("p"), Map.of("If-Match", merged.header("ETag"))).status())
                .isEqualTo(204);
    }

    @Test
    void ifNoneMatchStarRefusesToReplaceAnExistingDocumentWith412() {
        v1.put(STATE, state("s"), JSON, utf8("{\"a\":1}"));
        Map<String, String> create = Map.of("If-None-Match", "*");

        assertProblem(v1.put(STATE, state("s"), JSON, utf8("{}"), create).api(), 412);
        assertProblem(v1.post(STATE, state("s"), JSON, utf8("{\"b\":2}"), create).api(), 412);

        assertThat(v1.get(STATE, state("s")).text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void ifMatchOnADocumentThatDoesNotExistIsRefusedWith412() {
        Map<String, String> anything = Map.of("If-Match", "*");

        assertProblem(v2.put(STATE, state("s"), JSON, utf8("{}"), anything).api(), 412);
        assertProblem(v2.delete(STATE, state("s"), anything).api(), 412);
        assertProblem(v2.get(STATE, state("s")).api(), 404);
    }

    @Test
    void aPutOfAnExistingProfileWithoutIfMatchOrIfNoneMatchIsRefusedWith409() {
        for (String version : List.of(V1, V2)) {
            XapiDocumentsClient client = v1.version(version);
            String id = "p-" + version;
            client.post(ACTIVITY_PROFILE, activityProfile(id), JSON, utf8("{\"kept\":true}"));
            client.post(AGENT_PROFILE, agentProfile(id), JSON, utf8("{\"kept\":true}"));

            Response activityPut = client.put(ACTIVITY_PROFILE, activityProfile(id), JSON, utf8("{}"));
            Response agentPut = client.put(AGENT_PROFILE, agentProfile(id), JSON, utf8("{}"));

            assertProblem(activityPut.api(), 409);
            assertThat(activityPut.json().get("detail").asString()).as("tells the client what to do").contains("If-Match");
            assertProblem(agentPut.api(), 409);
            assertThat(client.get(ACTIVITY_PROFILE, activityProfile(id)).text()).isEqualTo("{\"kept\":true}");
            assertThat(client.get(AGENT_PROFILE, agentProfile(id)).text()).isEqualTo("{\"kept\":true}");
        }
    }

    @Test
    void inXapi103APutOfANewProfileWithoutIfMatchOrIfNoneMatchIsRefusedWith400() {
        assertFieldProblem(v1.put(ACTIVITY_PROFILE, activityProfile("new"), JSON, utf8("{}")).api(), 400, "If-Match");
        assertFieldProblem(v1.put(AGENT_PROFILE, agentProfile("new"), JSON, utf8("{}")).api(), 400, "If-Match");
        assertProblem(v1.get(ACTIVITY_PROFILE, activityProfile("new")).api(), 404);

        assertThat(v1.put(ACTIVITY_PROFILE, activityProfile("new"), JSON, utf8("{}"), Map.of("If-None-Match", "*"))
                .status()).isEqualTo(204);
    }

    @Test
    void inXapi2APutOfANewProfileWithoutConcurrencyHeadersStoresIt() {
        assertThat(v2.put(ACTIVITY_PROFILE, activityProfile("new"), JSON, utf8("{}")).status()).isEqualTo(204);
        assertThat(v2.put(AGENT_PROFILE, agentProfile("new"), JSON, utf8("{}")).status()).isEqualTo(204);
    }

    @Test
    void inXapi103AStatePutReplacesTheDocumentWithoutConcurrencyHeaders() {
        v1.put(STATE, state("s"), JSON, utf8("{\"v\":1}"));

        assertThat(v1.put(STATE, state("s"), JSON, utf8("{\"v\":2}")).status()).isEqualTo(204);

        assertThat(v1.get(STATE, state("s")).text()).isEqualTo("{\"v\":2}");
    }

    @Test
    void inXapi2AStatePutOverAnExistingDocumentWithoutConcurrencyHeadersIsRefusedWith409() {
        assertThat(v2.put(STATE, state("s"), JSON, utf8("{\"v\":1}")).status()).isEqualTo(204);

        assertProblem(v2.put(STATE, state("s"), JSON, utf8("{\"v\":2}")).api(), 409);
        assertThat(v2.post(STATE, state("s"), JSON, utf8("{\"w\":2}")).status()).as("POST merges as before")
                .isEqualTo(204);

        assertThat(v2.get(STATE, state("s")).text()).isEqualTo("{\"v\":1,\"w\":2}");
    }

    @Test
    void concurrentPostsToOneNewDocumentAllMergeIntoOneDocument() throws Exception {
        int writers = 8;

        List<Response> posts = Concurrently.run(writers, n ->
                v1.post(STATE, state("shared"), JSON, utf8("{\"writer" + n + "\":" + n + "}")));

        assertThat(posts).extracting(Response::status).containsOnly(204);
        JsonNode merged = v1.get(STATE, state("shared")).json();
        for (int n = 0; n < writers; n++) {
            assertThat(merged.get("writer" + n).asInt()).as("writer %d's property", n).isEqualTo(n);
        }
        assertThat(ids(v1.get(STATE, context()))).containsExactly("shared");
    }

    @Test
    void concurrentCreatesWithIfNoneMatchStarStoreTheDocumentOnce() throws Exception {
        List<Response> puts = Concurrently.run(8, n -> v2.put(ACTIVITY_PROFILE, activityProfile("once"), JSON,
                utf8("{\"writer\":" + n + "}"), Map.of("If-None-Match", "*")));

        assertThat(puts).extracting(Response::status).containsOnly(204, 412);
        assertThat(puts).filteredOn(response -> response.status() == 204).hasSize(1);
        int winner = puts.indexOf(puts.stream().filter(response -> response.status() == 204).findFirst().orElseThrow());
        assertThat(v2.get(ACTIVITY_PROFILE, activityProfile("once")).json().get("writer").asInt()).isEqualTo(winner);
    }

    // --- scopes and tenants ----------------------------------------------------------------------

    @Test
    void aDocumentStoredWithOneTenantsCredentialIsInvisibleToAnotherTenant() {
        Credential other = XapiDocumentsClient.newCredential(api, TestOrganization.signUp(api).adminToken(), "all");
        XapiDocumentsClient stranger = v2.as(other);
        v2.put(STATE, state("s"), JSON, utf8("{\"mine\":true}"));
        v2.put(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{\"mine\":true}"));

        assertProblem(stranger.get(STATE, state("s")).api(), 404);
        assertThat(ids(stranger.get(STATE, context()))).isEmpty();
        assertThat(ids(stranger.get(AGENT_PROFILE, params("agent", agent)))).isEmpty();
        assertThat(stranger.put(STATE, state("s"), JSON, utf8("{\"theirs\":true}")).status())
                .as("the same address is a different document in another tenant").isEqualTo(204);
        assertThat(stranger.delete(STATE, context()).status()).isEqualTo(204);

        assertThat(v2.get(STATE, state("s")).text()).isEqualTo("{\"mine\":true}");
        assertThat(v2.get(AGENT_PROFILE, agentProfile("p")).text()).isEqualTo("{\"mine\":true}");
    }

    @Test
    void stateNeedsTheStateScopeAndProfilesTheProfileScope() {
        String admin = TestOrganization.signUp(api).adminToken();
        XapiDocumentsClient statements = v1.as(XapiDocumentsClient.newCredential(api, admin, "statements/write",
                "statements/read"));
        XapiDocumentsClient state = v1.as(XapiDocumentsClient.newCredential(api, admin, "state"));
        XapiDocumentsClient profile = v1.as(XapiDocumentsClient.newCredential(api, admin, "profile"));
        Map<String, String> create = Map.of("If-None-Match", "*");

        assertProblem(statements.put(STATE, state("s"), JSON, utf8("{}")).api(), 403);
        assertProblem(statements.get(STATE, context()).api(), 403);
        assertProblem(statements.post(ACTIVITY_PROFILE, activityProfile("p"), JSON, utf8("{}")).api(), 403);
        assertProblem(statements.get(AGENT_PROFILE, params("agent", agent)).api(), 403);

        assertThat(state.put(STATE, state("s"), JSON, utf8("{}")).status()).isEqualTo(204);
        assertThat(state.get(STATE, state("s")).status()).isEqualTo(200);
        assertProblem(state.put(ACTIVITY_PROFILE, activityProfile("p"), JSON, utf8("{}"), create).api(), 403);
        assertProblem(state.get(AGENT_PROFILE, params("agent", agent)).api(), 403);

        assertThat(profile.put(ACTIVITY_PROFILE, activityProfile("p"), JSON, utf8("{}"), create).status())
                .isEqualTo(204);
        assertThat(profile.put(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{}"), create).status()).isEqualTo(204);
        assertThat(profile.get(ACTIVITY_PROFILE, activityProfile("p")).status()).isEqualTo(200);
        assertProblem(profile.delete(STATE, state("s")).api(), 403);
        assertProblem(profile.get(STATE, state("s")).api(), 403);
    }

    @Test
    void allReadReadsEveryKindOfDocumentButChangesNone() {
        String admin = TestOrganization.signUp(api).adminToken();
        XapiDocumentsClient writer = v1.as(XapiDocumentsClient.newCredential(api, admin, "all"));
        XapiDocumentsClient reader = v1.as(XapiDocumentsClient.newCredential(api, admin, "all/read"));
        writer.put(STATE, state("s"), JSON, utf8("{}"));
        writer.put(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{}"), Map.of("If-None-Match", "*"));

        assertThat(reader.get(STATE, state("s")).status()).isEqualTo(200);
        assertThat(reader.get(AGENT_PROFILE, agentProfile("p")).status()).isEqualTo(200);
        assertThat(ids(reader.get(ACTIVITY_PROFILE, params("activityId", activity)))).isEmpty();
        assertProblem(reader.put(STATE, state("s"), JSON, utf8("{}")).api(), 403);
        assertProblem(reader.post(AGENT_PROFILE, agentProfile("p"), JSON, utf8("{}")).api(), 403);
        assertProblem(reader.delete(STATE, context()).api(), 403);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Map<String, String> context() {
        return params("activityId", activity, "agent", agent);
    }

    private Map<String, String> state(String stateId) {
        return params("activityId", activity, "agent", agent, "stateId", stateId);
    }

    private Map<String, String> activityProfile(String profileId) {
        return params("activityId", activity, "profileId", profileId);
    }

    private Map<String, String> agentProfile(String profileId) {
        return params("agent", agent, "profileId", profileId);
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return more;
    }

    /** A 400 about the agent parameter (or a property of it, depending on how the Agent is checked). */
    static void assertAgentProblem(Response response) {
        assertThat(assertProblem(response.api(), 400)).as("errors of %s", response)
                .anyMatch(error -> error.field().startsWith("agent"));
    }

    private static List<String> ids(Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.json().valueStream().map(JsonNode::asString).toList();
    }

    private static String quotedSha1(byte[] content) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant lastModified(Response response) {
        return ZonedDateTime.parse(response.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }
}
