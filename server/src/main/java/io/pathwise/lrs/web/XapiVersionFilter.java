package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Version negotiation (xAPI Communication 3.3): every request but the About resource names the
 * version it speaks in {@code X-Experience-API-Version}; the LRS answers in that version's rules and
 * says which version it used on every response, errors included. Runs before authentication so
 * that a 401 carries the header too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class XapiVersionFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Experience-API-Version";
    private static final String ATTRIBUTE = XapiVersion.class.getName();

    /** The version the current request was negotiated to. */
    static XapiVersion version(HttpServletRequest request) {
        Object version = request.getAttribute(ATTRIBUTE);
        return version instanceof XapiVersion v ? v : XapiVersion.V2_0_0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/xapi") || path.startsWith("/xapi/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String asked = request.getHeader(HEADER);
        boolean about = request.getRequestURI().equals("/xapi/about");
        boolean preflight = "OPTIONS".equals(request.getMethod());
        if (asked == null && (about || preflight)) {
            response.setHeader(HEADER, XapiVersion.V2_0_0.header());
            chain.doFilter(request, response);
            return;
        }
        var version = XapiVersion.fromHeader(asked);
        if (version.isEmpty()) {
            response.setHeader(HEADER, XapiVersion.V2_0_0.header());
            XapiResponses.problem(response, 400, "Unsupported xAPI version", asked == null
                    ? "X-Experience-API-Version: the header is required; this LRS speaks 1.0.3 and 2.0.0."
                    : "X-Experience-API-Version: '" + asked + "' is not supported; this LRS speaks 1.0.3 and 2.0.0.");
            return;
        }
        request.setAttribute(ATTRIBUTE, version.get());
        response.setHeader(HEADER, version.get().header());
        chain.doFilter(request, response);
    }
}
