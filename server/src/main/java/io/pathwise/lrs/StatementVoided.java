package io.pathwise.lrs;

import java.util.UUID;

/**
 * A stored statement was voided by a later statement: whatever was learned from it should be
 * taken back. The voided statement stays retrievable through {@code voidedStatementId}.
 */
public record StatementVoided(UUID voidedStatementId, UUID voidingStatementId, UUID tenantId, String actor) {
}
