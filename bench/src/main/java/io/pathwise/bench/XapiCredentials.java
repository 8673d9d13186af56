package io.pathwise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * An xAPI credential with scope {@code all} on a freshly started server. On the embedded default
 * the demo data provides one ({@code demo-xapi-key}); on PostgreSQL there is no demo data (the
 * demo refuses any database but H2), so one is made through the public API as any operator
 * would: sign up an organization ({@code POST /api/v1/tenants}), sign in as its administrator
 * ({@code POST /api/v1/auth/token}) and create a credential ({@code POST /api/v1/credentials}).
 */
final class XapiCredentials {

    static final XapiHttp.Credential DEMO = new XapiHttp.Credential("demo-xapi-key", "demo-xapi-secret");
    static final String SLUG = "lrs-bench";
    static final String ADMIN_EMAIL = "bench-admin@lrs-bench.example";
    static final String ADMIN_PASSWORD = "bench-admin-password";

    private XapiCredentials() {
    }

    static XapiHttp.Credential obtain(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> demo = new XapiHttp(baseUrl, DEMO).get("/xapi/statements?limit=1");
        if (demo.statusCode() == 200) {
            return DEMO;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> signUp = http.send(json(baseUrl + "/api/v1/tenants", null,
                "{\"organizationName\":\"LRS benchmark\",\"slug\":\"" + SLUG + "\",\"email\":\"" + ADMIN_EMAIL
                        + "\",\"displayName\":\"Bench Admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        // 422 when the organization exists already (a kept database): sign in to it all the same.
        if (signUp.statusCode() != 201 && signUp.statusCode() != 422) {
            throw new IllegalStateException("POST /api/v1/tenants answered " + signUp.statusCode() + ": " + signUp.body());
        }
        HttpResponse<String> token = http.send(json(baseUrl + "/api/v1/auth/token", null,
                "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        String bearer = Json.field(token.body(), "access_token").orElseThrow(() -> new IllegalStateException(
                "POST /api/v1/auth/token answered " + token.statusCode() + ": " + token.body()));
        HttpResponse<String> created = http.send(json(baseUrl + "/api/v1/credentials", bearer,
                "{\"label\":\"LRS benchmark client\",\"scopes\":[\"all\"]}"), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/credentials answered " + created.statusCode() + ": "
                    + created.body());
        }
        return new XapiHttp.Credential(Json.field(created.body(), "key").orElseThrow(),
                Json.field(created.body(), "secret").orElseThrow());
    }

    private static HttpRequest json(String url, String bearer, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }
}
