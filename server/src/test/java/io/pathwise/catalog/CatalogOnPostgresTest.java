package io.pathwise.catalog;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** The catalog flows on the PostgreSQL database (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class CatalogOnPostgresTest {

    @Nested
    class PackageImport extends PackageImportFlows {
    }

    @Nested
    class PackageRoundTrip extends PackageRoundTripFlows {
    }

    @Nested
    class CourseVisibility extends CourseVisibilityFlows {
    }

    @Nested
    class SkillGraph extends SkillGraphFlows {
    }
}
