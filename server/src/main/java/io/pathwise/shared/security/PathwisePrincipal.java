package io.pathwise.shared.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * Who is calling: the signed-in user and the tenant they belong to. The same record stands behind
 * a web session and a bearer token, so no module needs to know how the caller signed in.
 */
public record PathwisePrincipal(UUID userId, UUID tenantId, String email, String displayName,
        boolean tenantAdmin) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
