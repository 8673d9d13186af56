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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Alternate Request Syntax of xAPI 1.0.3 (Communication 1.3): {@code POST ...?method=PUT} with
 * the headers, parameters and content as form fields, as Internet Explorer's cross-domain requests
 * had to send them; and its refusal in xAPI 2.0, which removed it.
 */
abstract class XapiAlternateSyntaxFlows extends ApiTest {

    private static final String STATE = "/xapi/activities/state";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Leaves out the headers the test client would otherwise send: the form carries them. */
    private static final Map<String, String> NO_HEADERS = new HashMap<>();

    static {
        NO_HEADERS.put("Authorization", null);
        NO_HEADERS.put("X-Experience-API-Version", null);
    }

    private Credential credential;
    private XapiDocumentsClient v1;
    private String activity;
    private String agent;

    @BeforeEach
    void client() {
        credential = XapiDocumentsClient.sharedCredential(api);
        v1 = new XapiDocumentsClient(api, credential, V1);
        activity = "http://example.com/activities/" + UUID.randomUUID();
        agent = agent(UUID.randomUUID() + "@example.com");
    }

    @Test
    void aFormPostWithMethodPutStoresTheContentFieldWithTheHeadersTheFormCarries() {
        Map<String, String> form = headerFields(V1);
        form.putAll(state("bookmark"));
        form.put("Content-Type", "application/json");
        form.put("content", "{\"page\":7,\"note\":\"héllo\"}");

        Response put = alternate("PUT", STATE, form, NO_HEADERS);

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        assertThat(put.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        Response got = v1.get(STATE, state("bookmark"));
        assertThat(got.text()).isEqualTo("{\"page\":7,\"note\":\"héllo\"}");
        assertThat(got.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aFormPostWithMethodGetReadsAndListsDocuments() {
        v1.put(STATE, state("s"), "text/plain", utf8("some text"));
        Map<String, String> one = headerFields(V1);
        one.putAll(state("s"));
        Map<String, String> list = headerFields(V1);
        list.putAll(params("activityId", activity, "agent", agent));

        Response got = alternate("GET", STATE, one, NO_HEADERS);
        Response listed = alternate("GET", STATE, list, NO_HEADERS);

        assertThat(got.status()).as("%s", got).isEqualTo(200);
        assertThat(got.text()).isEqualTo("some text");
        assertThat(got.header("ETag")).isNotNull();
        assertThat(listed.json().get(0).asString()).isEqualTo("s");
    }

    @Test
    void ifMatchAndIfNoneMatchFormFieldsAreConditionsLikeTheHeaders() {
        v1.put(STATE, state("s"), "application/json", utf8("{\"v\":1}"));
        Map<String, String> stale = headerFields(V1);
        stale.putAll(state("s"));
        stale.put("If-Match", "\"1111111111111111111111111111111111111111\"");
        stale.put("content", "{\"v\":2}");
        Map<String, String> create = headerFields(V1);
        create.putAll(state("s"));
        create.put("If-None-Match", "*");
        create.put("content", "{\"v\":3}");

        assertProblem(alternate("PUT", STATE, stale, NO_HEADERS).api(), 412);
        assertProblem(alternate("POST", STATE, create, NO_HEADERS).api(), 412);
        stale.remove("content");
        assertProblem(alternate("DELETE", STATE, stale, NO_HEADERS).api(), 412);

        assertThat(v1.get(STATE, state("s")).text()).isEqualTo("{\"v\":1}");
    }

    @Test
    void aFormPostWithMethodPutStoresAStatementWhoseContentIsJsonWithoutSayingSo() {
        String id = UUID.randomUUID().toString();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statementId", id);
        form.put("content", "{\"actor\":{\"mbox\":\"mailto:alt@example.com\"},\"verb\":{\"id\":"
                + "\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":\"" + activity + "\"}}");

        Response put = alternate("PUT", "/xapi/statements", form, Map.of());
        Response query = alternate("GET", "/xapi/statements", params("statementId", id), Map.of());

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        assertThat(query.status()).as("%s", query).isEqualTo(200);
        assertThat(query.json().get("id").asString()).isEqualTo(id);
    }

    @Test
    void aHeaderSentAsAHeaderWinsOverTheSameFormField() {
        Map<String, String> form = new LinkedHashMap<>(state("s"));
        form.put("X-Experience-API-Version", "0.8");
        form.put("Authorization", new Credential("nobody", "nothing").basic());
        form.put("content", "{}");

        Response put = alternate("PUT", STATE, form, Map.of());

        assertThat(put.status()).as("%s", put).isEqualTo(204);
        assertThat(put.header("X-Experience-API-Version")).isEqualTo("1.0.3");
    }

    @Test
    void theFormsAuthorizationIsWhatAuthenticatesTheRequest() {
        Map<String, String> form = headerFields(V1);
        form.put("Authorization", new Credential(credential.key(), "wrong secret").basic());
        form.putAll(state("s"));

        Response got = alternate("GET", STATE, form, NO_HEADERS);

        assertProblem(got.api(), 401);
    }

    @Test
    void queryParametersBesidesMethodAreRefusedWith400() {
        Map<String, String> form = new LinkedHashMap<>(state("s"));
        form.put("content", "{}");

        Response put = v1.post(STATE + "?method=PUT&stateId=s", null, FORM,
                utf8(XapiDocumentsClient.query(form)));

        assertFieldProblem(put.api(), 400, "stateId");
    }

    @Test
    void theMethodParameterOnARequestThatIsNotPostIsRefusedWith400() {
        assertFieldProblem(v1.get(STATE + "?method=POST", null).api(), 400, "method");
        assertFieldProblem(v1.put(STATE + "?method=POST", null, FORM, utf8("content=x")).api(), 400, "method");
    }

    @Test
    void anUnknownMethodIsRefusedWith400() {
        assertFieldProblem(alternate("PATCH", STATE, state("s"), Map.of()).api(), 400, "method");
    }

    @Test
    void aPutOrPostWithoutContentOrWithABodyThatIsNotAFormIsRefusedWith400() {
        assertFieldProblem(alternate("PUT", STATE, state("s"), Map.of()).api(), 400, "content");
        assertFieldProblem(v1.post(STATE + "?method=PUT", null, null, null).api(), 400, "content");
        assertFieldProblem(v1.post(STATE + "?method=PUT", null, FORM,
                utf8("{\"stateId\":\"s\",\"content\":\"{}\"}")).api(), 400, "content");
        assertFieldProblem(v1.post(STATE + "?method=PUT", null, "application/json", utf8("{}")).api(), 400,
                "Content-Type");
    }

    @Test
    void inXapi2TheAlternateRequestSyntaxIsRefusedWith400() {
        Map<String, String> form = new LinkedHashMap<>(state("s"));
        form.put("content", "{}");
        Map<String, String> versionInForm = headerFields(V2);
        versionInForm.putAll(form);

        Response byHeader = alternate("PUT", STATE, form, Map.of("X-Experience-API-Version", V2));
        Response byField = alternate("PUT", STATE, versionInForm, NO_HEADERS);
        Response statements = v1.version(V2).post("/xapi/statements?method=GET", null, "application/json", null);

        for (Response refused : new Response[] {byHeader, byField, statements}) {
            assertFieldProblem(refused.api(), 400, "method");
            assertThat(refused.header("X-Experience-API-Version")).isEqualTo("2.0.0");
        }
        assertProblem(v1.version(V2).get(STATE, state("s")).api(), 404);
    }

    /** {@code POST path?method=...} with the fields as a form body, and the client's own headers unless overridden. */
    private Response alternate(String method, String path, Map<String, String> form, Map<String, String> headers) {
        return v1.send("POST", path + "?method=" + method, null, FORM, utf8(XapiDocumentsClient.query(form)), headers);
    }

    /** The Authorization and version header fields of a form. */
    private Map<String, String> headerFields(String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Authorization", credential.basic());
        fields.put("X-Experience-API-Version", version);
        return fields;
    }

    private Map<String, String> state(String stateId) {
        return params("activityId", activity, "agent", agent, "stateId", stateId);
    }
}
