package io.pathwise.shared.web;

import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Honours the {@code Idempotency-Key} header on API POSTs made by a signed-in caller: the first
 * request with a key runs; a retry with the same key and the same body gets the first response
 * again (with {@code Idempotent-Replayed: true}); the same key with a different body is refused
 * with 422, and a retry that arrives while the first is still running gets 409.
 *
 * <p>Responses with a 5xx status are not kept, so a retry after a server fault runs again.
 * Responses marked by {@link SecretResponses} hold secrets (an API secret, an activation link):
 * they are not stored, and a retry learns only that the request already completed (409).
 * Anonymous POSTs (sign-up, token) are not keyed at all. The body is read within the API's body
 * limit (the upstream {@link RequestBodyLimitFilter} caps it).
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Multipart bodies are parsed by the container from its own stream, which cannot be replayed;
        // API clients upload packages as a raw application/zip body, which is keyed.
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null || multipart;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PathwisePrincipal> caller = CurrentPrincipal.find();
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            problem(response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestBodyTooLargeException e) {
            RequestBodyLimitFilter.refuse(response, json, e);
            return;
        }
        String principal = caller.get().userId().toString();
        String hash = hash(request, body);

        Optional<IdempotencyStore.Entry> earlier = store.claim(principal, key, hash);
        if (earlier.isPresent()) {
            replay(earlier.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            ReplayedBodyRequest replayable = new ReplayedBodyRequest(request, body);
            chain.doFilter(replayable, captured);
            if (captured.getStatus() < 500) {
                // Only a success holds the secret; a refusal is kept and replayed like any other.
                if (captured.getStatus() < 300 && SecretResponses.isMarked(replayable)) {
                    store.completeWithheld(principal, key, captured.getStatus(), captured.getHeader(HttpHeaders.LOCATION));
                } else {
                    store.complete(principal, key, captured.getStatus(), captured.getContentType(),
                            captured.getHeader(HttpHeaders.LOCATION),
                            new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
                }
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(principal, key);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(IdempotencyStore.Entry earlier, String hash, HttpServletResponse response) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused",
                    "was already used for a different request; send a new key for a new request");
        } else if (earlier.statusCode() == null) {
            problem(response, HttpStatus.CONFLICT, "Request in progress",
                    "belongs to a request that is still being processed; retry shortly");
        } else if (earlier.withheld()) {
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            problem(response, HttpStatus.CONFLICT, "Request already completed",
                    "belongs to a request that already completed (status " + earlier.statusCode()
                            + "); its response held a secret, which is not kept for replay");
        } else {
            response.setStatus(earlier.statusCode());
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(earlier.body());
        }
    }

    private void problem(HttpServletResponse response, HttpStatus status, String title, String reason)
            throws IOException {
        EarlyProblems.refuse(response, json, status, title, HEADER, reason);
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Serves a body that was already read, so the controller can read it again. */
    private static final class ReplayedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }
    }
}
