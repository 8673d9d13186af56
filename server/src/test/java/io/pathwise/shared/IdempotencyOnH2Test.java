package io.pathwise.shared;

import io.pathwise.support.IntegrationTest;

/** Idempotent POSTs on the embedded H2 database. */
@IntegrationTest
class IdempotencyOnH2Test extends IdempotencyFlows {
}
