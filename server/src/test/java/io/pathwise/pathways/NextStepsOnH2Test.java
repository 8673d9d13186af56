package io.pathwise.pathways;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** Next steps over HTTP on the embedded H2 database. */
@IntegrationTest
class NextStepsOnH2Test {

    @Nested
    class NextSteps extends NextStepsFlows {
    }
}
