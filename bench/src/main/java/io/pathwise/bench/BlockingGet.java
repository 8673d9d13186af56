package io.pathwise.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * GET requests with {@link HttpURLConnection}: blocking I/O on the calling thread over a kept-alive
 * connection. The timed loop of a one-thread latency benchmark uses it instead of the JDK's
 * {@code HttpClient}, whose synchronous {@code send} hands each exchange between its selector
 * thread, an executor thread and the caller: on 2 cores shared with the server and the database,
 * those hand-offs waited for a core often enough to double the client's p99 over the server's own
 * (bench/README.md, "RecommendationHttpBenchmark").
 */
final class BlockingGet {

    private final String baseUrl;

    BlockingGet(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The JSON reply to {@code GET path} with the bearer token: status and body, read whole (so the connection is reused). */
    PathwiseApi.Response get(String path, String token) throws IOException {
        return fetch(path, token, "application/json");
    }

    /** The plain-text reply to {@code GET path} without signing in (as Prometheus scrapes its text format). */
    PathwiseApi.Response text(String path) throws IOException {
        return fetch(path, null, "text/plain");
    }

    private PathwiseApi.Response fetch(String path, String token, String accept) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        if (token != null) {
            connection.setRequestProperty("Authorization", "Bearer " + token);
        }
        connection.setRequestProperty("Accept", accept);
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return new PathwiseApi.Response(status, in == null ? "" : read(in));
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        in.transferTo(body);
        return body.toString(StandardCharsets.UTF_8);
    }
}
