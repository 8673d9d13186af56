package io.pathwise.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One simulated learner in a browser: its own HttpClient (own connection, HTTP/1.1 keep-alive
 * like a browser tab) and its own cookie jar, so every user has a real session and the server
 * does the same per-request session and security work it does for people.
 */
final class WebUser {

    /** The hidden CSRF field Spring Security adds to the sign-in form, attribute order tolerated. */
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    /** Result of one page load: latency, or why it does not count as a page. */
    record Outcome(long latencyNanos, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private final String baseUrl;
    private final HttpClient client;

    WebUser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                // Redirects are checked, not followed: a 302 to /sign-in on the course page is an error.
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The web form, as a browser submits it: fetch the form for its CSRF token, then post. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = client.send(get("/sign-in"), HttpResponse.BodyHandlers.ofString());
        if (form.statusCode() != 200) {
            throw new IllegalStateException("GET /sign-in answered " + form.statusCode());
        }
        String csrf = csrfToken(form.body());
        String body = formEncode(Map.of("email", email, "password", password, "_csrf", csrf));
        HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<Void> answer = client.send(post, HttpResponse.BodyHandlers.discarding());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/sign-in")) {
            throw new IllegalStateException("sign-in as " + email + " failed: " + answer.statusCode()
                    + (location.isEmpty() ? "" : " -> " + location));
        }
    }

    /** One timed page load; the page counts only if it is a 200 containing {@code expectedText}. */
    Outcome load(String path, String expectedText) throws InterruptedException {
        HttpRequest request = get(path);
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                return new Outcome(latency, "HTTP " + response.statusCode());
            }
            if (!response.body().contains(expectedText)) {
                return new Outcome(latency, "200 without \"" + expectedText + "\"");
            }
            return new Outcome(latency, null);
        } catch (IOException e) {
            return new Outcome(System.nanoTime() - start, e.getClass().getSimpleName());
        }
    }

    /** {@code GET path} with this user's session, untimed: status and the whole body (a page may take longer than 30 s). */
    PathwiseApi.Response page(String path, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(get(path, timeout), HttpResponse.BodyHandlers.ofString());
        return new PathwiseApi.Response(response.statusCode(), response.body());
    }

    /** Where a form post sent the browser: the status and the {@code Location} header ("" when none). */
    record Redirect(int status, String location) {
    }

    /**
     * {@code POST path} of a form ({@code application/x-www-form-urlencoded}, the fields in this
     * order) with this user's session, as a browser submits it; the redirect is not followed.
     */
    Redirect postForm(String path, Map<String, String> fields, Duration timeout) throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(fields)))
                .build();
        HttpResponse<Void> answer = client.send(post, HttpResponse.BodyHandlers.discarding());
        return new Redirect(answer.statusCode(), answer.headers().firstValue("Location").orElse(""));
    }

    private HttpRequest get(String path) {
        return get(path, Duration.ofSeconds(30));
    }

    private HttpRequest get(String path, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", "text/html")
                .GET()
                .build();
    }

    /** The value of the first hidden {@code _csrf} input of a page (the sign-in form, or any form Thymeleaf wrote). */
    static String csrfToken(String html) {
        Matcher input = CSRF_INPUT.matcher(html);
        if (!input.find()) {
            throw new IllegalStateException("no _csrf field in the page's form");
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new IllegalStateException("_csrf field without a value: " + input.group());
        }
        return value.group(1).replace("&#45;", "-").replace("&amp;", "&");
    }

    private static String formEncode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
