package io.pathwise.shared;

import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Courses;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.TestOrganization;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Input the API cannot use gets a 4xx {@code application/problem+json} that names the field and
 * the reason, and changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends ApiTest {

    /**
     * Over the default {@code pathwise.api.max-body-bytes} of 1 MB, and under Tomcat's
     * {@code max-swallow-size} of 2 MB, so the connection survives the early answer and the client
     * reads it (a much larger body makes Tomcat close the connection while the client still sends).
     */
    private static final int OVERSIZED = 1024 * 1024 + 1;

    private TestOrganization org;
    private UUID course;

    @BeforeAll
    void createCourse() {
        api = new Api(port);
        org = TestOrganization.signUp(api);
        course = Courses.importFractions(api, org.adminToken());
    }

    @Test
    void malformedJsonIsABadBody() {
        Api.Response response = postJson("/api/v1/credentials", "{\"label\": \"Widget\", \"scopes\": [");

        assertThat(assertFieldProblem(response, 400, "body")).contains("not valid JSON");
        assertThat(credentials()).isEmpty();
    }

    @Test
    void aMissingBodyIsABadBody() {
        assertFieldProblem(postJson("/api/v1/credentials", ""), 400, "body");
    }

    @Test
    void aNumberWhereAStatusNameBelongsNamesTheField() {
        Api.Response response = putJson(Courses.course(course) + "/status", "{\"status\": 5}");

        assertThat(assertFieldProblem(response, 400, "status")).contains("DRAFT", "PUBLISHED");
    }

    @Test
    void aNumberThatHappensToBeAnEnumPositionIsNotAStatus() {
        Api.Response response = putJson(Courses.course(course) + "/status", "{\"status\": 1}");

        assertFieldProblem(response, 400, "status");
        assertThat(api.get(Courses.course(course), org.adminToken()).json().get("course").get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void anUnknownStatusNamesTheField() {
        assertFieldProblem(putJson(Courses.course(course) + "/status", "{\"status\": \"ARCHIVED\"}"), 400, "status");
    }

    @Test
    void aMissingStatusNamesTheField() {
        assertFieldProblem(putJson(Courses.course(course) + "/status", "{\"status\": null}"), 400, "status");
    }

    @Test
    void anUnknownCourseRoleNamesTheField() {
        Api.Response response = postJson(Courses.members(course),
                "{\"email\": \"someone@" + org.slug() + ".test\", \"displayName\": \"Someone\", \"role\": \"HEADMASTER\"}");

        assertThat(assertFieldProblem(response, 400, "role")).contains("LEARNER");
        assertThat(api.get(Courses.members(course), org.adminToken()).json().get("items")).isEmpty();
    }

    @Test
    void aStringWhereAListBelongsNamesTheField() {
        Api.Response response = postJson("/api/v1/credentials", "{\"label\": \"Widget\", \"scopes\": \"all\"}");

        assertThat(assertFieldProblem(response, 400, "scopes")).contains("array");
        assertThat(credentials()).isEmpty();
    }

    @Test
    void aListWhereAStringBelongsNamesTheField() {
        Api.Response response = postJson("/api/v1/credentials", "{\"label\": [\"Widget\"], \"scopes\": [\"all\"]}");

        assertThat(assertFieldProblem(response, 400, "label")).contains("string");
    }

    @Test
    void aWrongTypeInsideAListNamesTheElement() {
        Api.Response response = postJson("/api/v1/credentials", "{\"label\": \"Widget\", \"scopes\": [\"all\", {}]}");

        assertFieldProblem(response, 400, "scopes[1]");
    }

    @Test
    void anUnknownFieldIsNamed() {
        Api.Response response = postJson("/api/v1/credentials",
                "{\"label\": \"Widget\", \"scopes\": [\"all\"], \"expires\": \"never\"}");

        assertThat(assertFieldProblem(response, 400, "expires")).contains("not a known field");
        assertThat(credentials()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        byte[] body = oversizedJson();

        Api.Response response = api.postRaw("/api/v1/credentials", org.adminToken(), "application/json", body, Map.of());

        assertThat(assertFieldProblem(response, 413, "body")).contains(String.valueOf(1024 * 1024));
        assertThat(credentials()).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffWith413() {
        byte[] body = oversizedJson();

        Api.Response response = api.send(api.request("/api/v1/credentials", org.adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertFieldProblem(response, 413, "body");
        assertThat(credentials()).isEmpty();
    }

    @Test
    void aMalformedIdInThePathNamesTheParameter() {
        assertThat(assertFieldProblem(api.get("/api/v1/courses/not-a-uuid", org.adminToken()), 400, "courseId"))
                .contains("UUID");
        assertFieldProblem(api.delete("/api/v1/credentials/42", org.adminToken()), 400, "credentialId");
    }

    @Test
    void aCursorThisApiDidNotIssueNamesTheCursor() {
        assertFieldProblem(api.get("/api/v1/courses?cursor=bm90LWEtY3Vyc29y", org.adminToken()), 400, "cursor");
        assertFieldProblem(api.get("/api/v1/users?cursor=%25%25%25", org.adminToken()), 400, "cursor");
    }

    @Test
    void aLimitOutOfRangeNamesTheLimit() {
        for (String limit : List.of("0", "101", "-1")) {
            assertThat(assertFieldProblem(api.get("/api/v1/courses?limit=" + limit, org.adminToken()), 400, "limit"))
                    .as("limit=%s", limit).contains("between 1 and 100");
        }
        assertFieldProblem(api.get("/api/v1/courses?limit=many", org.adminToken()), 400, "limit");
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() {
        Api.Response response = api.postRaw("/api/v1/credentials", org.adminToken(), "text/plain",
                "label=Widget".getBytes(StandardCharsets.UTF_8), Map.of());

        assertProblem(response, 415);
    }

    @Test
    void aWildcardContentTypeNamesTheHeader() {
        Api.Response anonymous = api.postRaw("/api/v1/auth/token", null, "*/*",
                "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        Api.Response signedIn = api.postRaw("/api/v1/credentials", org.adminToken(), "application/*",
                "{\"label\": \"Widget\", \"scopes\": [\"all\"]}".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(assertFieldProblem(anonymous, 400, "Content-Type")).contains("*/*");
        assertFieldProblem(signedIn, 400, "Content-Type");
        assertThat(credentials()).isEmpty();
    }

    @Test
    void aMultipartContentTypeWithoutABoundaryNamesTheHeaderOnEveryKindOfPath() {
        String noBoundary = "multipart/form-data";
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        List<Api.Response> responses = List.of(
                api.send("GET", "/api/v1/me", org.adminToken(), noBoundary, null),
                api.postRaw("/api/v1/auth/token", null, noBoundary, body, Map.of()),
                api.postRaw("/api/v1/tenants", null, noBoundary, body, Map.of()),
                api.send("GET", "/xapi/about", null, noBoundary, null),
                api.send("GET", "/sign-in", null, noBoundary, null));

        assertThat(responses).allSatisfy(response ->
                assertThat(assertFieldProblem(response, 400, "Content-Type")).contains("boundary"));
    }

    @Test
    void aContentTypeWithAnUnknownCharsetNamesTheHeader() {
        Api.Response response = api.postRaw("/api/v1/auth/token", null, "application/json; charset=no-such-charset",
                "{}".getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(assertFieldProblem(response, 415, "Content-Type")).contains("no-such-charset");
    }

    @Test
    void aQueryParameterThatIsNotUtf8NamesTheParameter() {
        // %ED%A0%80 would be the lone surrogate U+D800; %FF is never UTF-8.
        assertThat(assertFieldProblem(api.get("/api/v1/courses?limit=%ED%A0%80", org.adminToken()), 400, "limit"))
                .contains("UTF-8");
        assertFieldProblem(api.get("/api/v1/courses?cursor=%FF", org.adminToken()), 400, "cursor");
        assertFieldProblem(api.get("/api/v1/courses?%FF=1", org.adminToken()), 400, "query");
    }

    @Test
    void aMultipartUploadWithoutItsFilePartNamesThePart() {
        String boundary = "pathwise-test-boundary";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary
                + "--\r\n").getBytes(StandardCharsets.UTF_8);

        Api.Response response = api.postRaw("/api/v1/course-packages?dryRun=true", org.adminToken(),
                "multipart/form-data; boundary=" + boundary, body, Map.of());

        assertThat(assertFieldProblem(response, 400, "file")).contains("required");
    }

    @Test
    void aMultipartBodyThatCannotBeParsedNamesTheBody() {
        String boundary = "pathwise-test-boundary";
        byte[] partWithoutHeaders = ("--" + boundary + "\r\n\r\nx\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cutShort = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.zip\"\r\n\r\nPK")
                .getBytes(StandardCharsets.UTF_8);

        Api.Response noHeaders = api.postRaw("/api/v1/course-packages?dryRun=true", org.adminToken(),
                "multipart/form-data; boundary=" + boundary, partWithoutHeaders, Map.of());
        Api.Response truncated = api.postRaw("/api/v1/course-packages?dryRun=true", org.adminToken(),
                "multipart/form-data; boundary=" + boundary, cutShort, Map.of());

        assertThat(assertFieldProblem(noHeaders, 400, "body")).contains("multipart");
        assertFieldProblem(truncated, 400, "body");
        // The upload page, which needs a signed-in session: PageAccessTest#anUploadWhoseMultipartBodyCannotBeParsed...
    }

    @Test
    void aTrueOrFalseFieldTakesOnlyTrueOrFalse() {
        for (String value : List.of("-1", "1", "\"true\"", "0.5", "1" + "0".repeat(400))) {
            Api.Response response = api.send("PUT", "/api/v1/courses/fractions/study-partners/opt-in", org.adminToken(),
                    "application/json", ("{\"optedIn\": " + value + "}").getBytes(StandardCharsets.UTF_8));

            assertThat(assertFieldProblem(response, 400, "optedIn")).as(value).contains("true or false");
        }
    }

    @Test
    void anUnsupportedMethodIsAProblem() {
        Api.Response response = api.delete("/api/v1/courses", org.adminToken());

        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void anUnknownApiPathIsAProblem() {
        assertProblem(api.get("/api/v1/no-such-thing", org.adminToken()), 404);
    }

    private byte[] oversizedJson() {
        char[] padding = new char[OVERSIZED];
        Arrays.fill(padding, 'x');
        return ("{\"label\": \"" + new String(padding) + "\", \"scopes\": [\"all\"]}").getBytes(StandardCharsets.UTF_8);
    }

    private Api.Response postJson(String path, String json) {
        return api.postRaw(path, org.adminToken(), "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private Api.Response putJson(String path, String json) {
        return api.send("PUT", path, org.adminToken(), "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> credentials() {
        return api.get("/api/v1/credentials", org.adminToken()).json().get("items").valueStream()
                .map(c -> c.get("id").asString()).toList();
    }
}
