package io.pathwise.identity.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * The address and password open accounts in more than one organization: the sign-in must name
 * one. Only someone who knows the password of each of those accounts can be told this.
 */
public class OrganizationNeededException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    OrganizationNeededException() {
        super("this address and password open accounts in more than one organization; name the organization");
    }
}
