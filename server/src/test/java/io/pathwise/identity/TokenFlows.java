package io.pathwise.identity;

import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.TestOrganization;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Bearer tokens and rotating refresh tokens ({@code /api/v1/auth/token} and {@code /refresh}). */
abstract class TokenFlows extends ApiTest {

    @Autowired
    SecretKey tokenSigningKey;

    @Test
    void issuesAShortLivedBearerTokenThatSignsRequestsIn() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response response = api.post("/api/v1/auth/token", null,
                Map.of("email", org.adminEmail(), "password", TestOrganization.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        JsonNode pair = response.json();
        assertThat(pair.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expires_in").asLong()).isBetween(60L, 3600L);
        assertThat(pair.get("refresh_token").asString()).hasSizeGreaterThanOrEqualTo(43);
        Api.Response me = api.get("/api/v1/me", pair.get("access_token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("user").get("email").asString()).isEqualTo(org.adminEmail());
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownAddressAlike() {
        TestOrganization org = TestOrganization.signUp(api);

        Api.Response wrongPassword = api.post("/api/v1/auth/token", null,
                Map.of("email", org.adminEmail(), "password", "not-the-password"));
        Api.Response unknown = api.post("/api/v1/auth/token", null,
                Map.of("email", "nobody@" + org.slug() + ".test", "password", TestOrganization.PASSWORD));

        assertProblem(wrongPassword, 401);
        assertProblem(unknown, 401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrongPassword.json().get("detail"));
    }

    @Test
    void anAddressWithAccountsInTwoOrganizationsSignsInToTheOneItsPasswordOpens() {
        TestOrganization first = TestOrganization.signUp(api);
        TestOrganization second = TestOrganization.signUp(api);
        String address = first.adminEmail();
        activate(invite(second, address), "second-organization-password");

        assertThat(tenantOf(signIn(address, TestOrganization.PASSWORD, null))).isEqualTo(first.slug());
        assertThat(tenantOf(signIn(address, "second-organization-password", null))).isEqualTo(second.slug());
        assertProblem(signIn(address, "neither-password", null), 401);
    }

    @Test
    void aPasswordThatOpensAccountsInTwoOrganizationsMustNameOne() {
        TestOrganization first = TestOrganization.signUp(api);
        TestOrganization second = TestOrganization.signUp(api);
        String address = first.adminEmail();
        activate(invite(second, address), TestOrganization.PASSWORD);

        Api.Response unnamed = signIn(address, TestOrganization.PASSWORD, null);

        assertThat(assertFieldProblem(unnamed, 400, "organization")).contains("more than one organization");
        assertThat(tenantOf(signIn(address, TestOrganization.PASSWORD, second.slug()))).isEqualTo(second.slug());
        assertThat(tenantOf(signIn(address, TestOrganization.PASSWORD, first.slug()))).isEqualTo(first.slug());
        assertProblem(signIn(address, TestOrganization.PASSWORD, "no-such-" + first.slug()), 401);
        // Naming an organization where the address has no account is a failed sign-in like any other.
        assertProblem(signIn(address, TestOrganization.PASSWORD, TestOrganization.signUp(api).slug()), 401);
    }

    @Test
    void anInvitedAccountWithoutAPasswordYetDoesNotStandInTheWay() {
        TestOrganization first = TestOrganization.signUp(api);
        TestOrganization second = TestOrganization.signUp(api);
        invite(second, first.adminEmail());

        assertThat(tenantOf(signIn(first.adminEmail(), TestOrganization.PASSWORD, null))).isEqualTo(first.slug());
    }

    private Api.Response signIn(String email, String password, String organization) {
        Map<String, String> request = new HashMap<>(Map.of("email", email, "password", password));
        if (organization != null) {
            request.put("organization", organization);
        }
        return api.post("/api/v1/auth/token", null, request);
    }

    private String tenantOf(Api.Response signedIn) {
        assertThat(signedIn.status()).as("%s", signedIn).isEqualTo(200);
        return api.get("/api/v1/me", signedIn.json().get("access_token").asString()).json().get("tenant").get("slug")
                .asString();
    }

    /** Invites the address into the organization; returns the activation token. */
    private String invite(TestOrganization org, String email) {
        Api.Response invited = api.post("/api/v1/users", org.adminToken(), Map.of("email", email, "displayName", "Invited"));
        assertThat(invited.status()).as("%s", invited).isEqualTo(201);
        return URLDecoder.decode(invited.json().get("activationPath").asString().replace("/activate?token=", ""),
                StandardCharsets.UTF_8);
    }

    private void activate(String token, String password) {
        Api.Response activated = api.post("/api/v1/auth/activate", null, Map.of("token", token, "password", password));
        assertThat(activated.status()).as("%s", activated).isEqualTo(200);
    }

    @Test
    void refusesABearerTokenWhoseSignatureWasTamperedWith() {
        TestOrganization org = TestOrganization.signUp(api);
        String token = org.adminToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertProblem(api.get("/api/v1/me", forged), 401);
    }

    @Test
    void refusesABearerTokenTenSecondsPastItsExpiry() throws Exception {
        TestOrganization org = TestOrganization.signUp(api);
        String[] parts = org.adminToken().split("\\.");
        ObjectNode claims = (ObjectNode) Api.json().readTree(Base64.getUrlDecoder().decode(parts[1]));
        long now = Instant.now().getEpochSecond();
        claims.put("iat", now - 910).put("exp", now - 10);
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(tokenSigningKey);
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + payload).getBytes(StandardCharsets.US_ASCII)));

        assertThat(api.get("/api/v1/me", parts[0] + "." + payload + "." + signature).status())
                .as("a token expired 10 s ago (Spring's default skew would accept it for 60 s)").isEqualTo(401);
    }

    @Test
    void rotatesTheRefreshTokenOnEveryUse() {
        TestOrganization org = TestOrganization.signUp(api);
        String first = signIn(org).get("refresh_token").asString();

        Api.Response refreshed = refresh(first);

        assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
        String second = refreshed.json().get("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("/api/v1/me", refreshed.json().get("access_token").asString()).status()).isEqualTo(200);
        assertThat(refresh(second).status()).as("the new refresh token works").isEqualTo(200);
    }

    @Test
    void aReplayedRefreshTokenIsRefusedAndRevokesTheOthers() {
        TestOrganization org = TestOrganization.signUp(api);
        String stolen = signIn(org).get("refresh_token").asString();
        String otherSession = signIn(org).get("refresh_token").asString();
        String rotated = refresh(stolen).json().get("refresh_token").asString();

        assertProblem(refresh(stolen), 401);

        assertProblem(refresh(rotated), 401);
        assertProblem(refresh(otherSession), 401);
        assertThat(signIn(org).has("refresh_token")).as("signing in again still works").isTrue();
    }

    @Test
    void refusesAnUnknownRefreshToken() {
        assertProblem(refresh("not-a-refresh-token"), 401);
    }

    private JsonNode signIn(TestOrganization org) {
        Api.Response response = api.post("/api/v1/auth/token", null,
                Map.of("email", org.adminEmail(), "password", TestOrganization.PASSWORD));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refresh_token", refreshToken));
    }
}
