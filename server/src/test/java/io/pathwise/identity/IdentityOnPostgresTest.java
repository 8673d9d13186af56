package io.pathwise.identity;

import io.pathwise.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Nested;

/** The identity flows on the PostgreSQL database (skipped unless PATHWISE_TEST_POSTGRES_URL is set). */
@PostgresIntegrationTest
class IdentityOnPostgresTest {

    @Nested
    class SignUp extends SignUpFlows {
    }

    @Nested
    class Tokens extends TokenFlows {
    }

    @Nested
    class Invitations extends InvitationFlows {
    }

    @Nested
    class ApiCredentials extends ApiCredentialFlows {
    }

    @Nested
    class Enrolment extends EnrolmentFlows {
    }
}
