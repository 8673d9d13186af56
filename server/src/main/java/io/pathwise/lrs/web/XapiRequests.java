package io.pathwise.lrs.web;

import io.pathwise.lrs.XapiVersion;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/** What every xAPI controller needs to know about the request it serves. */
public final class XapiRequests {

    private XapiRequests() {
    }

    /** The authenticated credential; the security chain lets no other request reach a controller. */
    public static XapiClient client() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof XapiClient client) {
            return client;
        }
        throw new InsufficientAuthenticationException("No xAPI credential");
    }

    public static XapiVersion version(HttpServletRequest request) {
        return XapiVersionFilter.version(request);
    }
}
