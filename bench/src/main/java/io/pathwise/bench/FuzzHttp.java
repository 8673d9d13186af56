package io.pathwise.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Sends fuzz requests as their callers: bearer tokens for the API callers, HTTP Basic for the
 * xAPI client, and for page callers a browser session of their own (cookie jar) with its CSRF
 * token. Requests the JDK client refuses to send (a URI with {@code %ZZ}, a header holding a
 * control character) go through {@link RawHttp} instead, so those variants are tried too.
 */
final class FuzzHttp {

    /** What came back: a status (0 for none), or why there was none; the Location header and the start of the body. */
    record Answer(int status, String failure, String location, String body) {

        String statusClass() {
            return status == 0 ? (failure.startsWith("timeout") ? "timeout" : "no answer") : (status / 100) + "xx";
        }
    }

    private static final int KEPT_BODY = 4_000;

    private final String baseUrl;
    private final Duration timeout;
    private final HttpClient plain;
    private final Map<Caller, HttpClient> browsers = new EnumMap<>(Caller.class);
    private final Map<Caller, String> credentials = new EnumMap<>(Caller.class);

    FuzzHttp(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl;
        this.timeout = timeout;
        this.plain = client(null);
    }

    String baseUrl() {
        return baseUrl;
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
        return cookies == null ? builder.build() : builder.cookieHandler(cookies).build();
    }

    void bearer(Caller caller, String token) {
        credentials.put(caller, "Bearer " + token);
    }

    void basic(XapiHttp.Credential credential) {
        credentials.put(Caller.XAPI, credential.authorization());
    }

    /**
     * A browser session for a page caller, signed in through the web form when an e-mail is given;
     * its CSRF token is read from a page after sign-in (Spring Security issues a new one then).
     */
    void browser(Caller caller, String email, String password) throws IOException, InterruptedException {
        HttpClient browser = client(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        browsers.put(caller, browser);
        String csrf = WebUser.csrfToken(page(browser, "/sign-in"));
        if (email != null) {
            String form = "email=" + RequestDraft.encode(email) + "&password=" + RequestDraft.encode(password) + "&_csrf="
                    + RequestDraft.encode(csrf);
            HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("/sign-in")) {
                throw new IllegalStateException("web sign-in as " + email + " failed: " + signedIn.statusCode() + " " + location);
            }
            csrf = WebUser.csrfToken(page(browser, "/courses"));
        }
        credentials.put(caller, csrf);
    }

    private String page(HttpClient browser, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
        }
        return page.body();
    }

    Answer send(FuzzRequest request) throws InterruptedException {
        HttpRequest built;
        try {
            built = build(request);
        } catch (IllegalArgumentException refusedByTheJdkClient) {
            Map<String, String> extra = new java.util.LinkedHashMap<>();
            String[] credential = credentialHeader(request.caller());
            if (credential != null) {
                extra.put(credential[0], credential[1]);
            }
            if (request.caller().page()) {
                extra.put("Cookie", cookies(request.caller()));
            }
            return RawHttp.send(baseUrl, request, extra, timeout);
        }
        HttpClient client = request.caller().page() ? browsers.get(request.caller()) : plain;
        try {
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body() == null ? new byte[0] : response.body();
            return new Answer(response.statusCode(), null, response.headers().firstValue("Location").orElse(null),
                    new String(body, 0, Math.min(body.length, KEPT_BODY), StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return new Answer(0, "timeout after " + timeout.toSeconds() + " s", null, "");
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), null, "");
        }
    }

    private HttpRequest build(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery())).timeout(timeout);
        String[] credential = credentialHeader(request.caller());
        if (credential != null) {
            builder.header(credential[0], credential[1]);
        }
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher body = request.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body().bytes());
        return builder.method(request.method(), body).build();
    }

    /** The header that carries the caller's credential: name and value, or null for anonymous callers. */
    private String[] credentialHeader(Caller caller) {
        String value = credentials.get(caller);
        if (value == null) {
            return null;
        }
        return caller.page() ? new String[] {"X-CSRF-TOKEN", value} : new String[] {"Authorization", value};
    }

    /** The session cookie of a page caller, for requests sent outside its HttpClient. */
    private String cookies(Caller caller) {
        HttpClient browser = browsers.get(caller);
        if (browser == null || browser.cookieHandler().isEmpty()) {
            return null;
        }
        CookieManager manager = (CookieManager) browser.cookieHandler().get();
        return String.join("; ", manager.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }
}
