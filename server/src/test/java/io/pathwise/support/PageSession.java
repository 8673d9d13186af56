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
 * A browser's session without the browser, for tests of what pages answer: a visitor's, or signed
 * in through the sign-in form (with its CSRF token), keeping the session cookie and following no
 * redirect.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final String origin;

    private PageSession(HttpClient client, String origin) {
        this.client = client;
        this.origin = origin;
    }

    /** A session that has not signed in: a visitor's browser. */
    public static PageSession anonymous(int port) {
        return new PageSession(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), "http://127.0.0.1:" + port);
    }

    /** Signs in with the form; fails unless the form sends the user on to the course list. */
    public static PageSession signIn(int port, String email, String password) {
        PageSession session = anonymous(port);
        HttpResponse<String> signedIn = session.submitSignIn(email, password, null);
        if (!signedIn.headers().firstValue("Location").orElse("").endsWith("/courses")) {
            throw new AssertionError("sign-in as " + email + " failed: " + signedIn.statusCode() + " "
                    + signedIn.headers().map());
        }
        return session;
    }

    /**
     * Fills in and sends the sign-in form (with the token of a fresh copy of it) and returns its
     * answer, whatever it is.
     *
     * @param organization the organization's short name, or null to leave the field out
     */
    public HttpResponse<String> submitSignIn(String email, String password, String organization) {
        Matcher csrf = CSRF.matcher(get("/sign-in").body());
        if (!csrf.find()) {
            throw new AssertionError("the sign-in form has no CSRF token");
        }
        return postForm("/sign-in", "email=" + encode(email) + "&password=" + encode(password)
                + (organization == null ? "" : "&organization=" + encode(organization))
                + "&_csrf=" + encode(csrf.group(1)));
    }

    /** The site's origin, {@code http://127.0.0.1:<port>}. */
    public String origin() {
        return origin;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form body ({@code application/x-www-form-urlencoded}), as written: nothing is encoded here. */
    public HttpResponse<String> postForm(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request to a path of the site, for what {@link #get} and {@link #postForm} do not cover. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(origin + path));
    }

    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
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
