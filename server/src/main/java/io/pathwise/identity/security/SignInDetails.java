package io.pathwise.identity.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * What a sign-in names besides address and password: the organization's short name (slug), needed
 * only when the address and password open accounts in more than one organization; otherwise null.
 */
public record SignInDetails(String organization) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
