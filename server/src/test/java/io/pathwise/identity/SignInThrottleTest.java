package io.pathwise.identity;

import static io.pathwise.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.Api;
import io.pathwise.support.ApiTest;
import io.pathwise.support.IntegrationTest;
import io.pathwise.support.TestOrganization;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in pauses for an address after five failures (the default {@code pathwise.identity.sign-in-max-failures}).
 * Each test uses a fresh organization's admin, so the demo accounts are never locked.
 */
@IntegrationTest
class SignInThrottleTest extends ApiTest {

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedFor429WithRetryAfter() {
        TestOrganization org = TestOrganization.signUp(api);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(signIn(org.adminEmail(), "wrong-password-" + attempt).status()).as("attempt %d", attempt)
                    .isEqualTo(401);
        }

        Api.Response paused = signIn(org.adminEmail(), TestOrganization.PASSWORD);

        assertProblem(paused, 429);
        assertThat(Long.parseLong(paused.header("Retry-After"))).isPositive();
    }

    @Test
    void thePauseCountsTheAddressWhateverItsLetterCase() {
        TestOrganization org = TestOrganization.signUp(api);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(attempt % 2 == 0 ? org.adminEmail() : org.adminEmail().toUpperCase(), "wrong-password");
        }

        assertThat(signIn(org.adminEmail(), TestOrganization.PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void fewerFailuresThanTheLimitDoNotPauseAndASuccessStartsTheCountAgain() {
        TestOrganization org = TestOrganization.signUp(api);
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(org.adminEmail(), "wrong-password");
        }
        assertThat(signIn(org.adminEmail(), TestOrganization.PASSWORD).status()).isEqualTo(200);

        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(org.adminEmail(), "wrong-password");
        }

        assertThat(signIn(org.adminEmail(), TestOrganization.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void onePausedAddressDoesNotPauseAnother() {
        TestOrganization paused = TestOrganization.signUp(api);
        TestOrganization other = TestOrganization.signUp(api);
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(paused.adminEmail(), "wrong-password");
        }

        assertThat(signIn(other.adminEmail(), TestOrganization.PASSWORD).status()).isEqualTo(200);
    }

    private Api.Response signIn(String email, String password) {
        return api.post("/api/v1/auth/token", null, Map.of("email", email, "password", password));
    }
}
