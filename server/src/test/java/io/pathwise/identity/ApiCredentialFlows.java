package io.pathwise.identity;

import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Problems;
import io.pathwise.support.TestOrganization;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Key-and-secret credentials that tenant admins create for machine clients. */
abstract class ApiCredentialFlows extends ApiTest {

    private static final String CREDENTIALS = "/api/v1/credentials";

    @Test
    void showsTheSecretOnlyWhenTheCredentialIsCreated() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response created = create(org.adminToken(), "Quiz widget", List.of("statements/write", "state"));

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        JsonNode credential = created.json().get("credential");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(credential.get("key").asString()).isNotBlank().isNotEqualTo(secret);
        assertThat(credential.get("scopes").valueStream().map(JsonNode::asString))
                .containsExactly("statements/write", "state");

        Api.Response listed = api.get(CREDENTIALS, org.adminToken());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("items")).hasSize(1);
        JsonNode item = listed.json().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(credential.get("id").asString());
        assertThat(item.get("key").asString()).isEqualTo(credential.get("key").asString());
        assertThat(item.has("secret")).isFalse();
        assertThat(listed.body()).doesNotContain(secret);
    }

    @Test
    void aRevokedCredentialStaysListedWithItsRevocationTime() {
        TestOrganization org = TestOrganization.signUp(api);
        String id = create(org.adminToken(), "Old script", List.of("all")).json().get("credential").get("id").asString();

        assertThat(api.delete(CREDENTIALS + "/" + id, org.adminToken()).status()).isEqualTo(204);

        JsonNode item = api.get(CREDENTIALS, org.adminToken()).json().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("revokedAt").isNull()).isFalse();
        assertThat(api.delete(CREDENTIALS + "/" + id, org.adminToken()).status()).as("revoking again").isEqualTo(204);
    }

    @Test
    void onlyTheOrganizationsAdministratorsManageCredentials() {
        TestOrganization org = TestOrganization.signUp(api);
        String id = create(org.adminToken(), "Admin's", List.of("all")).json().get("credential").get("id").asString();
        String member = org.newUser(api, "member");

        assertProblem(create(member, "Mine", List.of("all")), 403);
        assertProblem(api.get(CREDENTIALS, member), 403);
        assertProblem(api.delete(CREDENTIALS + "/" + id, member), 403);
        assertThat(api.get(CREDENTIALS, org.adminToken()).json().get("items")).hasSize(1);
    }

    @Test
    void anotherOrganizationCannotSeeOrRevokeTheCredential() {
        TestOrganization org = TestOrganization.signUp(api);
        TestOrganization other = TestOrganization.signUp(api);
        String id = create(org.adminToken(), "Ours", List.of("all")).json().get("credential").get("id").asString();

        assertProblem(api.delete(CREDENTIALS + "/" + id, other.adminToken()), 404);

        assertThat(api.get(CREDENTIALS, other.adminToken()).json().get("items")).isEmpty();
        assertThat(api.get(CREDENTIALS, org.adminToken()).json().get("items").get(0).get("revokedAt").isNull()).isTrue();
    }

    @Test
    void revokingAnUnknownCredentialIsNotFound() {
        TestOrganization org = TestOrganization.signUp(api);

        assertProblem(api.delete(CREDENTIALS + "/" + UUID.randomUUID(), org.adminToken()), 404);
    }

    @Test
    void rejectsACredentialWithoutALabelOrWithUnknownScopes() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response response = api.post(CREDENTIALS, org.adminToken(),
                Map.of("label", "", "scopes", List.of("all", "everything")));

        assertThat(assertProblem(response, 422)).extracting(Problems.Error::field)
                .containsExactlyInAnyOrder("label", "scopes[1]");
        assertThat(api.get(CREDENTIALS, org.adminToken()).json().get("items")).isEmpty();
    }

    @Test
    void rejectsANullScopeNamingIt() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response response = api.postRaw(CREDENTIALS, org.adminToken(), "application/json",
                "{\"label\": \"Widget\", \"scopes\": [\"all\", null]}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of());

        assertThat(assertFieldProblem(response, 422, "scopes[1]")).contains("must be one of");
        assertThat(api.get(CREDENTIALS, org.adminToken()).json().get("items")).isEmpty();
    }

    @Test
    void rejectsALabelMadeOfControlCharacters() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response response = create(org.adminToken(), "\u0007\u0000", List.of("all"));

        assertThat(assertFieldProblem(response, 422, "label")).contains("control characters");
        assertThat(api.get(CREDENTIALS, org.adminToken()).json().get("items")).isEmpty();
    }

    private Api.Response create(String token, String label, List<String> scopes) {
        return api.post(CREDENTIALS, token, Map.of("label", label, "scopes", scopes));
    }
}
