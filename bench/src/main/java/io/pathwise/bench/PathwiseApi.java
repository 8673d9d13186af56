package io.pathwise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The Pathwise REST API ({@code /api/v1}) as a client sees it, for set-up and checks that are not
 * timed: JSON (or a CSV file, or a zip) in, status and body out, with a bearer token when given.
 * One HttpClient (HTTP/1.1, keep-alive) shared by every thread; safe to use concurrently.
 */
final class PathwiseApi {

    /** An answer: status and body. */
    record Response(int status, String body) {

        Object json() {
            return JsonTree.parse(body);
        }

        /** The answer, or an exception naming the request when the status is not the expected one. */
        Response expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + " instead of " + expected + ": "
                        + (body.length() > 1000 ? body.substring(0, 1000) + "..." : body));
            }
            return this;
        }
    }

    private final String baseUrl;
    private final HttpClient client;

    PathwiseApi(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    String baseUrl() {
        return baseUrl;
    }

    Response get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    Response postJson(String path, String token, String json) throws IOException, InterruptedException {
        return post(path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Response post(String path, String token, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response putJson(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(300))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }
}
