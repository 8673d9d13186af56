package io.pathwise.pathways.rules;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** Instructor rules over HTTP on the embedded H2 database. */
@IntegrationTest
class RulesOnH2Test {

    @Nested
    class Rules extends RulesFlows {
    }
}
