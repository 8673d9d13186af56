package io.pathwise.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An xAPI client for tests: HTTP Basic with an API credential and the version header, as real
 * xAPI content sends them.
 */
public final class Xapi {

    public static final String DEMO_KEY = "demo-xapi-key";
    public static final String DEMO_SECRET = "demo-xapi-secret";

    private final Api api;
    private final String authorization;
    private final String version;

    public Xapi(Api api, String key, String secret, String version) {
        this.api = api;
        this.authorization = key == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        this.version = version;
    }

    /** The demo tenant's credential (scope all). */
    public static Xapi demo(Api api, String version) {
        return new Xapi(api, DEMO_KEY, DEMO_SECRET, version);
    }

    /** A credential with these scopes for an organization, created through the credentials API. */
    public static Xapi forOrganization(Api api, TestOrganization org, String version, String... scopes) {
        Api.Response created = api.post("/api/v1/credentials", org.adminToken(),
                Map.of("label", "test client", "scopes", List.of(scopes)));
        if (created.status() != 201) {
            throw new AssertionError("credential not created: " + created);
        }
        return new Xapi(api, created.json().get("credential").get("key").asString(),
                created.json().get("secret").asString(), version);
    }

    public Xapi withVersion(String otherVersion) {
        return new Xapi(api, authorization, otherVersion, true);
    }

    private Xapi(Api api, String authorization, String version, boolean raw) {
        this.api = api;
        this.authorization = authorization;
        this.version = version;
    }

    public Api.Response post(String path, Object body) {
        return send("POST", path, "application/json", bytes(body), Map.of());
    }

    public Api.Response put(String path, Object body) {
        return send("PUT", path, "application/json", bytes(body), Map.of());
    }

    public Api.Response get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Api.Response get(String path, Map<String, String> headers) {
        return send("GET", path, null, null, headers);
    }

    public Api.Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = api.request(path, null).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (version != null) {
            builder.header("X-Experience-API-Version", version);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return api.send(builder);
    }

    /** Statements matching the query parameters, e.g. {@code query("verb", iri)}. */
    public Api.Response query(String... nameValues) {
        StringBuilder path = new StringBuilder("/xapi/statements");
        for (int i = 0; i < nameValues.length; i += 2) {
            path.append(i == 0 ? '?' : '&').append(nameValues[i]).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return get(path.toString());
    }

    private static byte[] bytes(Object body) {
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return Api.json().writeValueAsBytes(body);
    }

    /** A small valid statement by a learner identified by e-mail. */
    public static ObjectNode statement(String email, String verb, String activity) {
        ObjectNode statement = Api.json().createObjectNode();
        statement.putObject("actor").put("objectType", "Agent").put("mbox", "mailto:" + email);
        statement.putObject("verb").put("id", verb).putObject("display").put("en-US", verb.substring(verb.lastIndexOf('/') + 1));
        statement.putObject("object").put("objectType", "Activity").put("id", activity);
        return statement;
    }

    public static ObjectNode statement(UUID id, String email, String verb, String activity) {
        ObjectNode statement = statement(email, verb, activity);
        statement.put("id", id.toString());
        return statement;
    }

    public static List<String> ids(JsonNode page) {
        return page.get("statements").valueStream().map(s -> s.get("id").asString()).toList();
    }
}
