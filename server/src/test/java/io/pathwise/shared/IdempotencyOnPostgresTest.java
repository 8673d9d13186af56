package io.pathwise.shared;

import io.pathwise.support.PostgresIntegrationTest;

/** Idempotent POSTs on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class IdempotencyOnPostgresTest extends IdempotencyFlows {
}
