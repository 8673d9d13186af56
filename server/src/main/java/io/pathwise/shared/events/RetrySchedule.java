package io.pathwise.shared.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: {@code first-delay} after its last try, then twice as long
 * after each further try, never more than {@code max-delay}; after {@code max-attempts} retries it
 * waits for the next restart. Backing off keeps a delivery that fails for a while (a database at
 * its limit, a bug until the fix is deployed) from being retried in a tight loop.
 */
record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    static RetrySchedule of(FailedEventsRetryProperties properties) {
        return new RetrySchedule(properties.firstDelay(), properties.maxDelay(), properties.maxAttempts());
    }

    /**
     * @param deliveries how often it has been delivered so far: 1 for the first delivery, one more
     *                   for each retry (the registry's {@code completion_attempts})
     */
    boolean givenUp(int deliveries) {
        return deliveries - 1 >= maxAttempts;
    }

    /** When a delivery that failed after {@code deliveries} tries, the last at {@code lastTry}, is due again. */
    Instant dueAt(Instant lastTry, int deliveries) {
        return lastTry.plus(delayAfter(deliveries));
    }

    Duration delayAfter(int deliveries) {
        Duration delay = firstDelay;
        for (int i = 1; i < deliveries && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
