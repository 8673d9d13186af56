package io.pathwise.identity;

import static io.pathwise.support.Problems.assertFieldProblem;
import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.Concurrently;
import io.pathwise.support.Problems;
import io.pathwise.support.TestOrganization;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Signing up a new organization with its first administrator ({@code POST /api/v1/tenants}). */
abstract class SignUpFlows extends ApiTest {

    @Test
    void createsTheOrganizationWithItsAdministratorWhoCanSignIn() {
        String slug = freshSlug();
        Api.Response response = api.post("/api/v1/tenants", null, signUp(slug, "founder@" + slug + ".test"));

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("tenant").get("slug").asString()).isEqualTo(slug);
        assertThat(body.get("admin").get("tenantAdmin").asBoolean()).isTrue();
        assertThat(body.get("admin").get("active").asBoolean()).isTrue();
        assertThat(body.toString()).doesNotContain(TestOrganization.PASSWORD);

        String token = api.signIn("Founder@" + slug + ".test", TestOrganization.PASSWORD);
        JsonNode me = api.get("/api/v1/me", token).json();
        assertThat(me.get("tenant").get("id").asString()).isEqualTo(body.get("tenant").get("id").asString());
        assertThat(me.get("user").get("email").asString()).isEqualTo("founder@" + slug + ".test");
    }

    @Test
    void rejectsASignUpNamingEveryBadField() {
        Map<String, Object> bad = Map.of("organizationName", " ", "slug", "-Bad Slug!", "email", "not-an-address",
                "displayName", "", "password", "short", "locale", "1234567", "timeZone", "Mars/Olympus_Mons");

        Api.Response response = api.post("/api/v1/tenants", null, bad);

        assertThat(assertProblem(response, 422)).extracting(Problems.Error::field).containsExactlyInAnyOrder(
                "organizationName", "slug", "email", "displayName", "password", "locale", "timeZone");
        assertThat(api.post("/api/v1/auth/token", null, Map.of("email", "not-an-address", "password", "short")).status())
                .isEqualTo(401);
    }

    @Test
    void rejectsNamesMadeOfControlCharactersInsteadOfStoringThemEmpty() {
        String slug = freshSlug();
        Map<String, Object> body = signUp(slug, "founder@" + slug + ".test");
        body.put("organizationName", "\u0000");
        body.put("displayName", "\u0001\t");

        Api.Response response = api.post("/api/v1/tenants", null, body);

        assertThat(assertFieldProblem(response, 422, "organizationName")).contains("control characters");
        assertThat(assertFieldProblem(response, 422, "displayName")).contains("control characters");
        assertThat(api.post("/api/v1/tenants", null, signUp(slug, "founder@" + slug + ".test")).status())
                .as("nothing was stored: the slug and the address are still free").isEqualTo(201);
    }

    @Test
    void rejectsAControlCharacterInsideAName() {
        String slug = freshSlug();
        Map<String, Object> body = signUp(slug, "founder@" + slug + ".test");
        body.put("displayName", "Ada\nLovelace");

        assertThat(assertFieldProblem(api.post("/api/v1/tenants", null, body), 422, "displayName")).contains("U+000A");
    }

    @Test
    void rejectsASignUpWhoseSlugIsTaken() {
        TestOrganization existing = TestOrganization.signUp(api);

        Api.Response response = api.post("/api/v1/tenants", null,
                signUp(existing.slug(), "someone-else@" + freshSlug() + ".test"));

        assertThat(assertFieldProblem(response, 422, "slug")).contains("taken");
    }

    @Test
    void anAddressWithAnAccountInAnotherOrganizationCanFoundAnOrganizationOfItsOwn() {
        TestOrganization existing = TestOrganization.signUp(api);
        String slug = freshSlug();
        Map<String, Object> body = signUp(slug, existing.adminEmail().toUpperCase(Locale.ROOT));
        body.put("password", "a-password-of-its-own");

        assertThat(api.post("/api/v1/tenants", null, body).status()).isEqualTo(201);

        String founder = api.signIn(existing.adminEmail(), "a-password-of-its-own");
        assertThat(api.get("/api/v1/me", founder).json().get("tenant").get("slug").asString()).isEqualTo(slug);
        String before = api.signIn(existing.adminEmail(), TestOrganization.PASSWORD);
        assertThat(api.get("/api/v1/me", before).json().get("tenant").get("slug").asString()).isEqualTo(existing.slug());
    }

    @Test
    void rejectsASignUpWithoutAPasswordAndKeepsTheSlugFree() {
        String slug = freshSlug();
        Map<String, Object> body = signUp(slug, "founder@" + slug + ".test");
        body.remove("password");

        assertThat(assertFieldProblem(api.post("/api/v1/tenants", null, body), 422, "password")).contains("at least");

        assertThat(api.post("/api/v1/tenants", null, signUp(slug, "founder@" + slug + ".test")).status()).isEqualTo(201);
    }

    @Test
    void concurrentSignUpsForOneSlugCreateOneOrganization() throws Exception {
        String slug = freshSlug();
        List<Api.Response> responses = Concurrently.run(6,
                n -> api.post("/api/v1/tenants", null, signUp(slug, "founder-" + n + "@" + slug + ".test")));

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(1);
        for (Api.Response refused : responses.stream().filter(r -> r.status() != 201).toList()) {
            assertThat(refused.status()).as("%s", refused).isIn(409, 422);
            assertProblem(refused, refused.status());
        }
        assertThat(assertFieldProblem(api.post("/api/v1/tenants", null, signUp(slug, "late@" + slug + ".test")), 422,
                "slug")).contains("taken");
    }

    static String freshSlug() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> signUp(String slug, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationName", "Organization " + slug);
        body.put("slug", slug);
        body.put("email", email);
        body.put("displayName", "Founder");
        body.put("password", TestOrganization.PASSWORD);
        body.put("locale", "pt-BR");
        body.put("timeZone", "Europe/Lisbon");
        return body;
    }
}
