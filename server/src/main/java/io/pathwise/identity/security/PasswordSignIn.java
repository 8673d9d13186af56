package io.pathwise.identity.security;

import io.pathwise.identity.TenantView;
import io.pathwise.identity.UserView;
import io.pathwise.identity.account.TenantRepository;
import io.pathwise.identity.account.UserRepository;
import io.pathwise.shared.security.PathwisePrincipal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in by e-mail address. An address has one account per organization, so the
 * password decides which account it opens: each active account with the address (or only the
 * named organization's, with {@link SignInDetails}) is tried. None opened: the sign-in fails as if
 * the address had no account. More than one: the caller knows each of their passwords and is asked
 * to name the organization ({@link OrganizationNeededException}).
 */
class PasswordSignIn implements AuthenticationProvider {

    private final UserRepository users;
    private final TenantRepository tenants;
    private final PasswordEncoder passwords;
    /** Checked against when no account has the address, so that a miss costs what a wrong password does. */
    private final String noAccountHash;

    PasswordSignIn(UserRepository users, TenantRepository tenants, PasswordEncoder passwords) {
        this.users = users;
        this.tenants = tenants;
        this.passwords = passwords;
        this.noAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String organization = authentication.getDetails() instanceof SignInDetails details ? details.organization() : null;
        List<UserRepository.StoredUser> candidates = candidates(authentication.getName(), organization);
        if (candidates.isEmpty()) {
            passwords.matches(password, noAccountHash);
            throw new BadCredentialsException("no account");
        }
        List<UserRepository.StoredUser> opened = candidates.stream()
                .filter(account -> passwords.matches(password, account.passwordHash())).toList();
        if (opened.isEmpty()) {
            throw new BadCredentialsException("wrong password");
        }
        if (opened.size() > 1) {
            throw new OrganizationNeededException();
        }
        UserView user = opened.get(0).view();
        SignedInUser signedIn = new SignedInUser(new PathwisePrincipal(user.id(), user.tenantId(), user.email(),
                user.displayName(), user.tenantAdmin()), "", true);
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
    }

    /** Active accounts with a password and the address, in the named organization if there is one. */
    private List<UserRepository.StoredUser> candidates(String email, String organization) {
        List<UserRepository.StoredUser> withAddress = users.findAllByEmail(email).stream()
                .filter(account -> account.view().active() && account.passwordHash() != null).toList();
        if (organization == null || organization.isBlank()) {
            return withAddress;
        }
        Optional<UUID> named = tenants.findBySlug(organization.trim().toLowerCase(Locale.ROOT)).map(TenantView::id);
        return withAddress.stream().filter(account -> named.equals(Optional.of(account.view().tenantId()))).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
