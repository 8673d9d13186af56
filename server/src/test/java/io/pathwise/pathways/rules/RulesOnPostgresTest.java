package io.pathwise.pathways.rules;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** Instructor rules over HTTP on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class RulesOnPostgresTest {

    @Nested
    class Rules extends RulesFlows {
    }
}
