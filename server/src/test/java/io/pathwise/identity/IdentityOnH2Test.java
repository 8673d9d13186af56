package io.pathwise.identity;

import io.pathwise.support.IntegrationTest;
import org.junit.jupiter.api.Nested;

/** The identity flows on the embedded H2 database. */
@IntegrationTest
class IdentityOnH2Test {

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
