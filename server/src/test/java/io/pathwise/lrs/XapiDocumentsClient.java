package io.pathwise.lrs;

import io.pathwise.support.Api;
import io.pathwise.support.TestOrganization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * An xAPI client for tests of the LRS's document, Activities and Agents resources: HTTP Basic with
 * an API credential, {@code X-Experience-API-Version} on every request, and bodies kept as bytes so
 * that binary documents can be compared exactly.
 */
public final class XapiDocumentsClient {

    public static final String V1 = "1.0.3";
    public static final String V2 = "2.0.0";

    /** An API credential's key and secret. */
    public record Credential(String key, String secret) {

        public String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A response with its body as bytes. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return Api.json().readTree(body);
        }

        /** As the shared test client's response, for {@link io.pathwise.support.Problems}. */
        public Api.Response api() {
            return new Api.Response(status, headers, text());
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** One organization and full-access credential per running server, shared by tests that need no other. */
    private static final Map<String, Credential> SHARED = new ConcurrentHashMap<>();

    private final String baseUrl;
    private final Credential credential;
    private final String version;

    public XapiDocumentsClient(Api api, Credential credential, String version) {
        this(api.baseUrl(), credential, version);
    }

    private XapiDocumentsClient(String baseUrl, Credential credential, String version) {
        this.baseUrl = baseUrl;
        this.credential = credential;
        this.version = version;
    }

    /**
     * A credential with scope {@code all} in an organization of its own, one per server: tests that use
     * it keep apart by using activities and agents of their own.
     */
    public static Credential sharedCredential(Api api) {
        return SHARED.computeIfAbsent(api.baseUrl(), url ->
                newCredential(api, TestOrganization.signUp(api).adminToken(), "all"));
    }

    /** Creates a credential in the organization of the signed-in admin. */
    public static Credential newCredential(Api api, String adminToken, String... scopes) {
        Api.Response created = api.post("/api/v1/credentials", adminToken,
                Map.of("label", "xAPI test " + String.join(" ", scopes), "scopes", List.of(scopes)));
        if (created.status() != 201) {
            throw new AssertionError("credential creation failed: " + created);
        }
        return new Credential(created.json().get("credential").get("key").asString(),
                created.json().get("secret").asString());
    }

    public XapiDocumentsClient version(String version) {
        return new XapiDocumentsClient(baseUrl, credential, version);
    }

    public XapiDocumentsClient as(Credential other) {
        return new XapiDocumentsClient(baseUrl, other, version);
    }

    public Response get(String path, Map<String, String> query) {
        return send("GET", path, query, null, null, Map.of());
    }

    public Response get(String path, Map<String, String> query, Map<String, String> headers) {
        return send("GET", path, query, null, null, headers);
    }

    public Response head(String path, Map<String, String> query) {
        return send("HEAD", path, query, null, null, Map.of());
    }

    public Response put(String path, Map<String, String> query, String contentType, byte[] body) {
        return send("PUT", path, query, contentType, body, Map.of());
    }

    public Response put(String path, Map<String, String> query, String contentType, byte[] body,
            Map<String, String> headers) {
        return send("PUT", path, query, contentType, body, headers);
    }

    public Response post(String path, Map<String, String> query, String contentType, byte[] body) {
        return send("POST", path, query, contentType, body, Map.of());
    }

    public Response post(String path, Map<String, String> query, String contentType, byte[] body,
            Map<String, String> headers) {
        return send("POST", path, query, contentType, body, headers);
    }

    public Response delete(String path, Map<String, String> query) {
        return send("DELETE", path, query, null, null, Map.of());
    }

    public Response delete(String path, Map<String, String> query, Map<String, String> headers) {
        return send("DELETE", path, query, null, null, headers);
    }

    /** Any request; {@code headers} are added after the credential and version, a null value leaves one out. */
    public Response send(String method, String path, Map<String, String> query, String contentType, byte[] body,
            Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Authorization", credential.basic());
        all.put("X-Experience-API-Version", version);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        all.putAll(headers);
        String target = baseUrl + path + (query == null || query.isEmpty() ? "" : "?" + query(query));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        all.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** URL-encoded {@code name=value} pairs in order. */
    public static String query(Map<String, String> fields) {
        StringJoiner query = new StringJoiner("&");
        fields.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** Parameters in the order given: {@code params("activityId", id, "stateId", "s1")}. */
    public static Map<String, String> params(String... namesAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    /** An Agent identified by e-mail address, as the {@code agent} parameter's JSON. */
    public static String agent(String email) {
        return "{\"objectType\":\"Agent\",\"mbox\":\"mailto:" + email + "\"}";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
