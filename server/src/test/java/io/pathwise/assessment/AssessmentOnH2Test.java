package io.pathwise.assessment;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** Quiz attempts over HTTP on the embedded H2 database. */
@IntegrationTest
class AssessmentOnH2Test {

    @Nested
    class Attempts extends AttemptFlows {
    }

    @Nested
    class Statistics extends ItemStatisticsFlows {
    }
}
