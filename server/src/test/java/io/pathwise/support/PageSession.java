package io.pathwise.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session without the browser: signed in through the sign-in form (with its CSRF
 * token), keeping the session cookie, following no redirect, for tests of what pages answer.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String origin;

    private PageSession(HttpClient client, String origin) {
        this.client = client;
        this.origin = origin;
    }

    /** Signs in with the form; fails unless the form sends the user on to the course list. */
    public static PageSession signIn(int port, String email, String password) {
        PageSession session = new PageSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), "http://127.0.0.1:" + port);
        Matcher csrf = CSRF.matcher(session.get("/sign-in").body());
        if (!csrf.find()) {
            throw new AssertionError("the sign-in form has no CSRF token");
        }
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(session.origin + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf.group(1))))
                .build());
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/courses")) {
            throw new AssertionError("sign-in as " + email + " failed: " + signedIn.statusCode() + " "
                    + signedIn.headers().map());
        }
        return session;
    }

    /** The site's origin, {@code http://127.0.0.1:<port>}. */
    public String origin() {
        return origin;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
