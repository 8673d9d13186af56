package io.pathwise.pathways.stuck;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** The course's learners who may be stuck, over HTTP, on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class StuckLearnersOnPostgresTest {

    @Nested
    class StuckLearners extends StuckLearnersFlows {
    }
}
