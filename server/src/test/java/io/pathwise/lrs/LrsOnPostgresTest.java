package io.pathwise.lrs;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** The LRS over HTTP on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class LrsOnPostgresTest {

    @Nested
    class Statements extends StatementFlows {
    }
}
