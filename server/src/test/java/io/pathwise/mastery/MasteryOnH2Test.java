package io.pathwise.mastery;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** The learner model over HTTP on the embedded H2 database. */
@IntegrationTest
class MasteryOnH2Test {

    @Nested
    class Mastery extends MasteryFlows {
    }
}
