package io.pathwise.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests to the running server, JSON in and out. Signs in
 * through the public token endpoint, as an API client would.
 */
public final class Api {

    /** A response: status, headers and the body as text (and as JSON when it is JSON). */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;

    public Api(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Signs in with e-mail and password and returns the bearer token. */
    public String signIn(String email, String password) {
        Response response = post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("sign-in of " + email + " failed: " + response.status() + " " + response.body());
        }
        return response.json().get("access_token").asString();
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response post(String path, String token, Object json) {
        return postRaw(path, token, "application/json", JSON.writeValueAsBytes(json), Map.of());
    }

    public Response put(String path, String token, Object json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(json))));
    }

    /** A POST with any body and content type, and extra headers (for Idempotency-Key, raw JSON...). */
    public Response postRaw(String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static JsonMapper json() {
        return JSON;
    }
}
