package io.pathwise.pathways;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** Next steps over HTTP on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class NextStepsOnPostgresTest {

    @Nested
    class NextSteps extends NextStepsFlows {
    }
}
