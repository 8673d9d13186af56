package io.pathwise.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and token settings.
 *
 * @param tokenSecret Base64 key (at least 32 bytes) that signs API bearer tokens (HS256). Every
 *        node of a deployment needs the same one. Empty: a random key per process, so tokens die
 *        with a restart (fine for one node; refresh tokens still work).
 * @param accessTokenTtl how long a bearer token is valid
 * @param refreshTokenTtl how long a refresh token is valid; each refresh replaces it
 * @param signInMaxFailures failed sign-ins for one e-mail address before sign-in is paused
 * @param signInLockout how long sign-in stays paused after too many failures
 * @param openSignUp whether anyone may create a new organization from the sign-up page and API
 */
@ConfigurationProperties("pathwise.identity")
public record IdentityProperties(@DefaultValue("") String tokenSecret,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("30d") Duration refreshTokenTtl,
        @DefaultValue("5") int signInMaxFailures,
        @DefaultValue("15m") Duration signInLockout,
        @DefaultValue("true") boolean openSignUp) {
}
