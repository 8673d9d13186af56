package io.pathwise.identity.account;

import io.pathwise.shared.security.SecretTokens;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One-time tokens with which an invited person sets their first password. Only hashes are stored. */
@Component
public class ActivationTokens {

    private static final Duration VALIDITY = Duration.ofDays(14);

    private final JdbcClient jdbc;

    ActivationTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a token for the user and returns it; it is not stored in readable form. */
    public String issue(UUID userId) {
        String token = SecretTokens.generate();
        jdbc.sql("INSERT INTO activation_token (token_hash, user_id, expires_at) VALUES (?, ?, ?)")
                .params(SecretTokens.sha256(token), userId, OffsetDateTime.now(ZoneOffset.UTC).plus(VALIDITY))
                .update();
        return token;
    }

    Optional<UUID> redeem(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretTokens.sha256(token);
        Optional<UUID> userId = jdbc.sql("SELECT user_id FROM activation_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash, OffsetDateTime.now(ZoneOffset.UTC))
                .query(UUID.class).optional();
        // Deleting by hash makes the token single-use even under concurrent redemption: only one
        // delete can report a row.
        if (userId.isPresent() && jdbc.sql("DELETE FROM activation_token WHERE token_hash = ?").param(hash).update() == 1) {
            return userId;
        }
        return Optional.empty();
    }
}
