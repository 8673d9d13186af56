package io.pathwise.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * Marks a response that holds a secret (an API secret, an activation link): no cache may keep it,
 * and the idempotency store keeps only the fact that the request completed, not the response.
 */
public final class SecretResponses {

    static final String ATTRIBUTE = SecretResponses.class.getName() + ".secret";

    private SecretResponses() {
    }

    public static void mark(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
    }
}
