package io.pathwise.mastery;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** The learner model over HTTP on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class MasteryOnPostgresTest {

    @Nested
    class Mastery extends MasteryFlows {
    }
}
