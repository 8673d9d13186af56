package io.pathwise.pathways.partners;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** Study partners over HTTP on PostgreSQL (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class StudyPartnersOnPostgresTest {

    @Nested
    class StudyPartners extends StudyPartnersFlows {
    }
}
