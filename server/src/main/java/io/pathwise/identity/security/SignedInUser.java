package io.pathwise.identity.security;

import io.pathwise.shared.security.CurrentPrincipal;
import io.pathwise.shared.security.PathwisePrincipal;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security sees them during web sign-in, carrying the Pathwise principal. */
final class SignedInUser implements UserDetails, CredentialsContainer, CurrentPrincipal.HasPathwisePrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PathwisePrincipal principal;
    private final boolean active;
    private String passwordHash;

    SignedInUser(PathwisePrincipal principal, String passwordHash, boolean active) {
        this.principal = principal;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    static List<GrantedAuthority> authoritiesOf(boolean tenantAdmin) {
        return tenantAdmin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_TENANT_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public PathwisePrincipal pathwisePrincipal() {
        return principal;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(principal.tenantAdmin());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.email();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
