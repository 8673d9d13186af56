package io.pathwise.lrs;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** The LRS over HTTP on the embedded H2 database. */
@IntegrationTest
class LrsOnH2Test {

    @Nested
    class Statements extends StatementFlows {
    }
}
