package io.pathwise.identity;

import static io.pathwise.support.Problems.assertFieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.TestOrganization;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Inviting people into an organization and their one-time activation link. */
abstract class InvitationFlows extends ApiTest {

    @Test
    void anInvitedPersonCannotSignInBeforeActivating() {
        TestOrganization org = TestOrganization.signUp(api);

        JsonNode invited = invite(org, "invitee");

        assertThat(invited.get("user").get("active").asBoolean()).isFalse();
        assertThat(invited.get("user").get("tenantId").asString()).isEqualTo(org.tenantId().toString());
        assertThat(signIn(org.email("invitee")).status()).isEqualTo(401);
    }

    @Test
    void theActivationLinkSetsThePasswordOnceOnly() {
        TestOrganization org = TestOrganization.signUp(api);
        String token = tokenOf(invite(org, "invitee"));

        Api.Response activated = activate(token, TestOrganization.PASSWORD);

        assertThat(activated.status()).as("%s", activated).isEqualTo(200);
        assertThat(activated.json().get("active").asBoolean()).isTrue();
        assertThat(signIn(org.email("invitee")).status()).isEqualTo(200);
        assertThat(assertFieldProblem(activate(token, "another-long-password"), 400, "token")).contains("used");
        assertThat(signIn(org.email("invitee")).status()).as("the first password still holds").isEqualTo(200);
    }

    @Test
    void aTooShortPasswordIsRefusedWithoutUsingUpTheLink() {
        TestOrganization org = TestOrganization.signUp(api);
        String token = tokenOf(invite(org, "invitee"));

        assertFieldProblem(activate(token, "short"), 400, "password");

        assertThat(activate(token, TestOrganization.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void refusesAnInvitationForAnAddressThatHasAnAccountInTheOrganizationWhateverItsLetterCase() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response response = api.post("/api/v1/users", org.adminToken(),
                Map.of("email", org.adminEmail().toUpperCase(Locale.ROOT), "displayName", "Someone"));

        assertThat(assertFieldProblem(response, 422, "email")).contains("already has an account");
    }

    @Test
    void invitesAnAddressThatHasAnAccountInAnotherOrganizationAsAnAccountOfItsOwn() {
        TestOrganization org = TestOrganization.signUp(api);
        TestOrganization other = TestOrganization.signUp(api);

        Api.Response response = api.post("/api/v1/users", org.adminToken(),
                Map.of("email", other.adminEmail(), "displayName", "Someone"));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(response.json().get("activationPath").asString()).startsWith("/activate?token=");
        assertThat(api.get("/api/v1/users", other.adminToken()).body()).doesNotContain("Someone");
    }

    @Test
    void concurrentInvitationsOfOneAddressCreateOneAccount() throws Exception {
        TestOrganization org = TestOrganization.signUp(api);
        String email = org.email("twice");

        List<Api.Response> responses = Concurrently.run(6,
                n -> api.post("/api/v1/users", org.adminToken(), Map.of("email", email, "displayName", "Twice " + n)));

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(r -> r.status() != 201).allSatisfy(r -> assertThat(r.status()).as("%s", r).isIn(409, 422));
    }

    @Test
    void listsTheOrganizationsUsersOnlyToItsAdministrator() {
        TestOrganization org = TestOrganization.signUp(api);
        TestOrganization other = TestOrganization.signUp(api);
        invite(org, "invitee");

        JsonNode users = api.get("/api/v1/users", org.adminToken()).json().get("items");

        assertThat(users.valueStream().map(u -> u.get("email").asString()))
                .containsExactlyInAnyOrder(org.adminEmail(), org.email("invitee"));
        assertThat(api.get("/api/v1/users", other.adminToken()).body()).doesNotContain(org.slug());
    }

    private JsonNode invite(TestOrganization org, String localPart) {
        Api.Response response = api.post("/api/v1/users", org.adminToken(),
                Map.of("email", org.email(localPart), "displayName", "Invited " + localPart));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json();
    }

    private static String tokenOf(JsonNode invited) {
        String path = invited.get("activationPath").asString();
        assertThat(path).startsWith("/activate?token=");
        return URLDecoder.decode(path.substring("/activate?token=".length()), StandardCharsets.UTF_8);
    }

    private Api.Response activate(String token, String password) {
        return api.post("/api/v1/auth/activate", null, Map.of("token", token, "password", password));
    }

    private Api.Response signIn(String email) {
        return api.post("/api/v1/auth/token", null, Map.of("email", email, "password", TestOrganization.PASSWORD));
    }
}
