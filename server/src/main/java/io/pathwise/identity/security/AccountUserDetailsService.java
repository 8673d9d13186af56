package io.pathwise.identity.security;

import io.pathwise.identity.UserView;
import io.pathwise.identity.account.UserRepository;
import io.pathwise.shared.security.PathwisePrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks users up by e-mail address for password sign-in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        UserRepository.StoredUser stored = users.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        UserView user = stored.view();
        return new SignedInUser(new PathwisePrincipal(user.id(), user.tenantId(), user.email(), user.displayName(),
                user.tenantAdmin()), stored.passwordHash() == null ? "" : stored.passwordHash(), user.active());
    }
}
