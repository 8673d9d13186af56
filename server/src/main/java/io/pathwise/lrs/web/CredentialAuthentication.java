package io.pathwise.lrs.web;

import io.pathwise.identity.IdentityApi;
import java.util.HashSet;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks an xAPI client's HTTP Basic key and secret against the API credentials of the identity
 * module, on every request, so a revoked credential stops working at once.
 *
 * <p>Deliberately not an {@link AuthenticationProvider} bean: Spring Security would make a lone
 * provider bean the application-wide one, and the sign-in form would then check e-mail addresses
 * against API credentials. {@link #provider()} is handed to the xAPI filter chain alone.
 */
@Component
class CredentialAuthentication {

    private final IdentityApi identity;

    CredentialAuthentication(IdentityApi identity) {
        this.identity = identity;
    }

    AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return CredentialAuthentication.this.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }

    private Authentication authenticate(Authentication authentication) {
        Object secret = authentication.getCredentials();
        return identity.authenticateCredential(authentication.getName(), secret == null ? null : secret.toString())
                .map(credential -> {
                    XapiClient client = new XapiClient(credential.id(), credential.tenantId(), credential.key(),
                            credential.label(), new HashSet<>(credential.scopes()));
                    return (Authentication) UsernamePasswordAuthenticationToken.authenticated(client, null,
                            credential.scopes().stream().map(s -> new SimpleGrantedAuthority("XAPI_" + s)).toList());
                })
                .orElseThrow(() -> new BadCredentialsException("Unknown or revoked credential"));
    }
}
