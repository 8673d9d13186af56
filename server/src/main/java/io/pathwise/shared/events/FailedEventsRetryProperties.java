package io.pathwise.shared.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the Event Publication Registry's failed deliveries are tried again.
 *
 * @param every       how often the registry is checked for failed deliveries that are due
 * @param firstDelay  how long after its last try a failed delivery is first tried again; each
 *                    further try waits twice as long as the one before
 * @param maxDelay    the longest wait between two tries
 * @param maxAttempts how many times a delivery is tried again before it is left to the next
 *                    restart (0: only at restart)
 * @param claimTimeout how long a delivery claimed for another try ({@code RESUBMITTED}) may stay
 *                    unfinished before it is taken for a process that died while delivering it,
 *                    and marked failed so that it is delivered again
 */
@ConfigurationProperties("pathwise.events.retry")
record FailedEventsRetryProperties(@DefaultValue("1m") Duration every, @DefaultValue("1m") Duration firstDelay,
        @DefaultValue("1h") Duration maxDelay, @DefaultValue("10") int maxAttempts,
        @DefaultValue("15m") Duration claimTimeout) {

    FailedEventsRetryProperties {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("pathwise.events.retry.every must be positive, was " + every);
        }
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("pathwise.events.retry.first-delay must not be negative, was " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("pathwise.events.retry.max-delay must not be shorter than first-delay ("
                    + firstDelay + "), was " + maxDelay);
        }
        if (claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("pathwise.events.retry.claim-timeout must be positive, was " + claimTimeout);
        }
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("pathwise.events.retry.max-attempts must not be negative, was " + maxAttempts);
        }
    }
}
