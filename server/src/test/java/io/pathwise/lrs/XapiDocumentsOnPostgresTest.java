package io.pathwise.lrs;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/**
 * The xAPI document, Activities and Agents resources and the alternate request syntax on PostgreSQL
 * (skipped unless PATHWISE_TEST_POSTGRES_URL is set).
 */
@PostgresIntegrationTest
class XapiDocumentsOnPostgresTest {

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
