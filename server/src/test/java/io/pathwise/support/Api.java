package io.pathwise.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests to the running server, JSON in and out. Signs in
 * through the public token endpoint, as an API client would.
 */
public final class Api {

    /** A response: status, headers and the body as text (and as JSON when it is JSON). */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst().map(e -> e.getValue().get(0)).orElse(null);
        }

        /** Status and body, for assertion messages. */
        @Override
        public String toString() {
            return status + " " + (body.length() > 2000 ? body.substring(0, 2000) + "..." : body);
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
            throw new AssertionError("sign-in of " + email + " failed: " + response);
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

    /** A POST with a JSON body and one extra header (such as {@code Idempotency-Key}). */
    public Response post(String path, String token, Object json, String header, String value) {
        return postRaw(path, token, "application/json", JSON.writeValueAsBytes(json), Map.of(header, value));
    }

    public Response put(String path, String token, Object json) {
        return send("PUT", path, token, "application/json", JSON.writeValueAsBytes(json));
    }

    /** Imports a course package sent as a zip body. */
    public Response postZip(String path, String token, byte[] zip) {
        return postRaw(path, token, "application/zip", zip, Map.of());
    }

    /** A request body with its media type. */
    public record Body(String contentType, byte[] bytes) {
    }

    /** A multipart body with one file as the field {@code name}, as a browser form sends it. */
    public static Body multipart(String name, String filename, String contentType, byte[] content) {
        String boundary = "pathwise-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A POST with any body and content type, and extra headers (for Idempotency-Key, raw JSON...). */
    public Response postRaw(String path, String token, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    /** Any method with any body ({@code null} for none) and content type ({@code null} for none). */
    public Response send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path, token).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    /** A GET whose body is binary (a package zip), returned as bytes with the status and headers. */
    public HttpResponse<byte[]> download(String path, String token) {
        try {
            return CLIENT.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
