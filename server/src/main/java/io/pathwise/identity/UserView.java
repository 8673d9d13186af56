package io.pathwise.identity;

import java.util.UUID;

/**
 * A person with an account. {@code active} is false for someone invited (enrolled by an
 * instructor) who has not yet set a password.
 */
public record UserView(UUID id, UUID tenantId, String email, String displayName, String locale, String timeZone,
        boolean tenantAdmin, boolean active) {
}
