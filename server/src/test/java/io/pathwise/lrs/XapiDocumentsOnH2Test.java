package io.pathwise.lrs;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** The xAPI document, Activities and Agents resources and the alternate request syntax on H2. */
@IntegrationTest
class XapiDocumentsOnH2Test {

    @Nested
    class Documents extends XapiDocumentFlows {
    }

    @Nested
    class ActivitiesAndAgents extends XapiActivitiesAndAgentsFlows {
    }

    @Nested
    class AlternateSyntax extends XapiAlternateSyntaxFlows {
    }
}
