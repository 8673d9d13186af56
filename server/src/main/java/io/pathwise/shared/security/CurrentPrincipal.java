package io.pathwise.shared.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link PathwisePrincipal} of the current request. */
public final class CurrentPrincipal {

    private CurrentPrincipal() {
    }

    public static Optional<PathwisePrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof PathwisePrincipal principal) {
            return Optional.of(principal);
        }
        if (authentication.getPrincipal() instanceof HasPathwisePrincipal holder) {
            return Optional.of(holder.pathwisePrincipal());
        }
        return Optional.empty();
    }

    /** The caller; throws (answered with 401) where the request is anonymous. */
    public static PathwisePrincipal get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first."));
    }

    /** Implemented by authentication principals that carry a {@link PathwisePrincipal}. */
    public interface HasPathwisePrincipal {
        PathwisePrincipal pathwisePrincipal();
    }
}
