package io.pathwise.pathways.partners;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** Study partners over HTTP on the embedded H2 database. */
@IntegrationTest
class StudyPartnersOnH2Test {

    @Nested
    class StudyPartners extends StudyPartnersFlows {
    }
}
