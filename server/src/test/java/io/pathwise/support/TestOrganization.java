package io.pathwise.support;

import java.util.Map;
import java.util.UUID;

/**
 * A fresh organization for one test, signed up through the public API, with its admin signed in.
 * Tests that create their own organization cannot see or disturb each other's data.
 */
public record TestOrganization(String slug, UUID tenantId, String adminEmail, String adminToken) {

    public static final String PASSWORD = "correct-horse-battery";

    public static TestOrganization signUp(Api api) {
        String slug = "org-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "admin@" + slug + ".test";
        Api.Response response = api.post("/api/v1/tenants", null, Map.of("organizationName", "Test " + slug,
                "slug", slug, "email", email, "displayName", "Admin of " + slug, "password", PASSWORD));
        if (response.status() != 201) {
            throw new AssertionError("sign-up failed: " + response.status() + " " + response.body());
        }
        UUID tenantId = UUID.fromString(response.json().get("tenant").get("id").asString());
        return new TestOrganization(slug, tenantId, email, api.signIn(email, PASSWORD));
    }

    /**
     * Creates an active user in this organization (invited through the API, then activated with the
     * activation link) and returns their bearer token.
     */
    public String newUser(Api api, String localPart) {
        String email = localPart + "@" + slug + ".test";
        Api.Response invited = api.post("/api/v1/users", adminToken, Map.of("email", email, "displayName", localPart));
        if (invited.status() != 201) {
            throw new AssertionError("invite failed: " + invited.status() + " " + invited.body());
        }
        String token = invited.json().get("activationPath").asString().replace("/activate?token=", "");
        Api.Response activated = api.post("/api/v1/auth/activate", null,
                Map.of("token", java.net.URLDecoder.decode(token, java.nio.charset.StandardCharsets.UTF_8), "password", PASSWORD));
        if (activated.status() != 200) {
            throw new AssertionError("activation failed: " + activated.status() + " " + activated.body());
        }
        return api.signIn(email, PASSWORD);
    }

    public String email(String localPart) {
        return localPart + "@" + slug + ".test";
    }
}
