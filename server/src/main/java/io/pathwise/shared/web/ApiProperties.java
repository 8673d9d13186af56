package io.pathwise.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the REST API.
 *
 * @param maxBodyBytes largest JSON or CSV request body accepted under {@code /api}; larger bodies
 *        get 413 before they are read (file uploads have their own limit,
 *        {@code pathwise.catalog.max-package-bytes})
 * @param idempotencyKeyHours how long a response to a POST with an {@code Idempotency-Key} is kept
 *        for replay
 */
@ConfigurationProperties("pathwise.api")
public record ApiProperties(@DefaultValue("1MB") DataSize maxBodyBytes,
        @DefaultValue("24") int idempotencyKeyHours) {
}
