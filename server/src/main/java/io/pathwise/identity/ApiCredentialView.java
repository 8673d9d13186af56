package io.pathwise.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A machine client's credential. The secret is shown once, when created ({@link NewApiCredential});
 * afterwards only its hash exists.
 */
public record ApiCredentialView(UUID id, UUID tenantId, String label, String key, List<String> scopes,
        Instant createdAt, Instant revokedAt) {
}
