package io.pathwise.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers the responses to POSTs sent with an {@code Idempotency-Key}, per caller. A key is first
 * claimed (a row without a response), so that two concurrent requests with one key cannot both run;
 * the response is stored when the first finishes.
 */
@Component
class IdempotencyStore {

    /**
     * A stored claim; {@code statusCode} is null while the first request is still running, and
     * {@code withheld} says the response held secrets and was not kept.
     */
    record Entry(String requestHash, Integer statusCode, String contentType, String location, byte[] body,
            boolean withheld) {
    }

    private final JdbcClient jdbc;
    private final Duration retention;

    IdempotencyStore(JdbcClient jdbc, ApiProperties properties) {
        this.jdbc = jdbc;
        this.retention = Duration.ofHours(properties.idempotencyKeyHours());
    }

    /** Claims the key; returns the earlier entry instead when the key was already used. */
    Optional<Entry> claim(String principal, String key, String requestHash) {
        try {
            jdbc.sql("INSERT INTO idempotency_record (principal, idem_key, request_hash, created_at) VALUES (?, ?, ?, ?)")
                    .params(principal, key, requestHash, now())
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException alreadyUsed) {
            return jdbc.sql("SELECT request_hash, status_code, content_type, location, response_body, withheld "
                            + "FROM idempotency_record WHERE principal = ? AND idem_key = ?")
                    .params(principal, key)
                    .query((rs, n) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                            rs.getString(4), rs.getString(5) == null ? new byte[0]
                                    : rs.getString(5).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            rs.getBoolean(6)))
                    .optional();
        }
    }

    void complete(String principal, String key, int status, String contentType, String location, String body) {
        jdbc.sql("UPDATE idempotency_record SET status_code = ?, content_type = ?, location = ?, response_body = ? "
                        + "WHERE principal = ? AND idem_key = ?")
                .params(status, contentType, location, body, principal, key)
                .update();
    }

    /** Records that the request completed without keeping its response, which held secrets. */
    void completeWithheld(String principal, String key, int status, String location) {
        jdbc.sql("UPDATE idempotency_record SET status_code = ?, location = ?, withheld = TRUE "
                        + "WHERE principal = ? AND idem_key = ?")
                .params(status, location, principal, key)
                .update();
    }

    /** Gives the key back after a server error, so the client's retry runs the request again. */
    void release(String principal, String key) {
        jdbc.sql("DELETE FROM idempotency_record WHERE principal = ? AND idem_key = ?")
                .params(principal, key)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetExpired() {
        jdbc.sql("DELETE FROM idempotency_record WHERE created_at < ?")
                .param(now().minus(retention))
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
    }
}
