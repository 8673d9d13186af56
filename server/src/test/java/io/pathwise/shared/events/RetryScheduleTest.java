package io.pathwise.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A failed delivery backs off, doubling from the first delay up to the longest, and stops after the last retry. */
class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofMinutes(10), 5);

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBeforeUpToTheLongestWait() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(schedule.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aDeliveryIsDueItsDelayAfterItsLastTry() {
        Instant lastTry = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(schedule.dueAt(lastTry, 1)).isEqualTo(Instant.parse("2026-12-07T10:01:00Z"));
        assertThat(schedule.dueAt(lastTry, 3)).isEqualTo(Instant.parse("2026-12-07T10:04:00Z"));
    }

    @Test
    void afterTheLastRetryTheDeliveryIsLeftToTheNextRestart() {
        assertThat(schedule.givenUp(1)).as("first delivery failed: 0 retries so far").isFalse();
        assertThat(schedule.givenUp(5)).as("4 retries so far").isFalse();
        assertThat(schedule.givenUp(6)).as("5 retries so far").isTrue();
        assertThat(new RetrySchedule(Duration.ZERO, Duration.ZERO, 0).givenUp(1)).as("max-attempts 0").isTrue();
    }

    @Test
    void settingsThatCannotWorkAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> new FailedEventsRetryProperties(Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1), 10, Duration.ofMinutes(15)))
                .hasMessageContaining("pathwise.events.retry.every");
        assertThatThrownBy(() -> new FailedEventsRetryProperties(Duration.ofMinutes(1), Duration.ofMinutes(-1), Duration.ofHours(1), 10, Duration.ofMinutes(15)))
                .hasMessageContaining("pathwise.events.retry.first-delay");
        assertThatThrownBy(() -> new FailedEventsRetryProperties(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(1), 10, Duration.ofMinutes(15)))
                .hasMessageContaining("pathwise.events.retry.max-delay");
        assertThatThrownBy(() -> new FailedEventsRetryProperties(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofHours(1), -1, Duration.ofMinutes(15)))
                .hasMessageContaining("pathwise.events.retry.max-attempts");
        assertThatThrownBy(() -> new FailedEventsRetryProperties(Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofHours(1), 10,
                Duration.ZERO)).hasMessageContaining("pathwise.events.retry.claim-timeout");
    }
}
