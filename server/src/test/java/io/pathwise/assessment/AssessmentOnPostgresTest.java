package io.pathwise.assessment;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** Quiz attempts over HTTP on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class AssessmentOnPostgresTest {

    @Nested
    class Attempts extends AttemptFlows {
    }

    @Nested
    class Statistics extends ItemStatisticsFlows {
    }
}
