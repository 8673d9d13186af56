package io.pathwise.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One xAPI client: its own HttpClient (one HTTP/1.1 keep-alive connection, like an LRS client
 * library or a forwarding service), HTTP Basic with an API credential, and the version header on
 * every request. Not shared between threads, so no request waits for another's connection.
 */
final class XapiHttp {

    static final String VERSION = "1.0.3";

    /** An API credential's key and secret. */
    record Credential(String key, String secret) {

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One request: its latency, why it failed (null if it did not), and how many statements it carried back. */
    record Outcome(long latencyNanos, String error, int statements, long bytes) {
        boolean ok() {
            return error == null;
        }
    }

    private final HttpClient client;
    private final String baseUrl;
    private final String authorization;

    XapiHttp(String baseUrl, Credential credential) {
        this.baseUrl = baseUrl;
        this.authorization = credential.authorization();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("X-Experience-API-Version", VERSION);
    }

    /**
     * POSTs a batch; a success is a 200 whose JSON array holds exactly {@code expectedIds} ids, the
     * first being {@code firstId}.
     */
    Outcome post(byte[] body, int expectedIds, String firstId) throws InterruptedException {
        HttpRequest post = request("/xapi/statements")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                return new Outcome(latency, "HTTP " + response.statusCode() + " " + brief(response.body()), 0, 0);
            }
            String ids = response.body();
            int count = ids.startsWith("[\"") ? 1 + count(ids, ',') : 0;
            if (count != expectedIds || !ids.startsWith("[\"" + firstId + "\"")) {
                return new Outcome(latency, "200 with " + count + " ids instead of " + expectedIds, 0, 0);
            }
            return new Outcome(latency, null, count, ids.length());
        } catch (IOException e) {
            return new Outcome(System.nanoTime() - start, e.getClass().getSimpleName(), 0, 0);
        }
    }

    /** GETs a statements query; a success is a 200 statement result, however many statements it holds. */
    Outcome query(String pathAndQuery) throws InterruptedException {
        HttpRequest get = request(pathAndQuery).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(get, HttpResponse.BodyHandlers.ofByteArray());
            long latency = System.nanoTime() - start;
            byte[] body = response.body();
            if (response.statusCode() != 200) {
                return new Outcome(latency, "HTTP " + response.statusCode() + " "
                        + brief(new String(body, StandardCharsets.UTF_8)), 0, body.length);
            }
            return new Outcome(latency, null, countStatements(body), body.length);
        } catch (IOException e) {
            return new Outcome(System.nanoTime() - start, e.getClass().getSimpleName(), 0, 0);
        }
    }

    /** A plain GET for set-up (not timed): status and body. */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Statements in a result: each generated statement starts with its id, {@code {"id":"} and a
     * UUID; verbs also start with {@code {"id":"} but then an IRI, so the 9th character after
     * the quote (the UUID's first hyphen) tells them apart.
     */
    static int countStatements(byte[] body) {
        byte[] marker = "{\"id\":\"".getBytes(StandardCharsets.US_ASCII);
        int count = 0;
        outer:
        for (int i = 0; i + marker.length + 9 < body.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (body[i + j] != marker[j]) {
                    continue outer;
                }
            }
            if (body[i + marker.length + 8] == '-') {
                count++;
            }
            i += marker.length;
        }
        return count;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * An error body reduced to what names the kind of error (errors are counted by kind): the
     * problem's title and detail, or Spring's default error name, never a timestamp.
     */
    private static String brief(String body) {
        var title = Json.field(body, "title");
        if (title.isPresent()) {
            return title.get() + Json.field(body, "detail").map(d -> ": " + shorten(d)).orElse("");
        }
        var error = Json.field(body, "error");
        if (error.isPresent()) {
            return error.get();
        }
        return shorten(body);
    }

    private static String shorten(String body) {
        String oneLine = body.replaceAll("\\s+", " ")
                .replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "..." : oneLine;
    }
}
