package io.pathwise.pathways.stuck;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** The course's learners who may be stuck, over HTTP, on the embedded H2 database. */
@IntegrationTest
class StuckLearnersOnH2Test {

    @Nested
    class StuckLearners extends StuckLearnersFlows {
    }
}
