package io.pathwise.identity.security;

import io.pathwise.identity.token.TokenService;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Turns a verified bearer token into an authentication whose principal is a {@link PathwisePrincipal}. */
class BearerTokenPrincipalConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        boolean admin = Boolean.TRUE.equals(jwt.getClaimAsBoolean(TokenService.ADMIN_CLAIM));
        PathwisePrincipal principal = new PathwisePrincipal(UUID.fromString(jwt.getSubject()),
                UUID.fromString(jwt.getClaimAsString(TokenService.TENANT_CLAIM)),
                jwt.getClaimAsString(TokenService.EMAIL_CLAIM), jwt.getClaimAsString(TokenService.NAME_CLAIM), admin);
        return new PrincipalJwtAuthentication(jwt, principal, admin);
    }

    /** A JWT authentication whose {@code getPrincipal()} is the Pathwise principal. */
    static final class PrincipalJwtAuthentication extends JwtAuthenticationToken {

        private final PathwisePrincipal principal;

        PrincipalJwtAuthentication(Jwt jwt, PathwisePrincipal principal, boolean admin) {
            super(jwt, SignedInUser.authoritiesOf(admin), principal.email());
            this.principal = principal;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
