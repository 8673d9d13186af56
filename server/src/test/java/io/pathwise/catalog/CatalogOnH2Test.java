package io.pathwise.catalog;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** The catalog flows on the embedded H2 database. */
@IntegrationTest
class CatalogOnH2Test {

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
