package io.pathwise.shared.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Background work waits for a quiet moment after learners' submissions, but never past its latest start. */
class LearnerTrafficTest {

    private final LearnerTraffic traffic = new LearnerTraffic(new BackgroundProperties(Duration.ofMillis(200),
            Duration.ofSeconds(60)));

    @Test
    void withoutTrafficWorkGoesAheadAtOnce() throws InterruptedException {
        long waited = waitedMillis(Duration.ofSeconds(5), Instant.now().plusSeconds(60));
        assertThat(waited).isLessThan(1_000);
    }

    @Test
    void afterASubmissionWorkWaitsForTheQuietPeriod() throws InterruptedException {
        traffic.arrived();
        long waited = waitedMillis(Duration.ofMillis(400), Instant.now().plusSeconds(60));
        assertThat(waited).isGreaterThanOrEqualTo(350);
    }

    @Test
    void aSubmissionDuringTheWaitStartsTheQuietPeriodAgain() throws InterruptedException {
        traffic.arrived();
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(300);
                traffic.arrived();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        later.start();
        long waited = waitedMillis(Duration.ofMillis(400), Instant.now().plusSeconds(60));
        later.join();
        assertThat(waited).isGreaterThanOrEqualTo(650);
    }

    @Test
    void busyTrafficDelaysWorkOnlyUntilItsLatestStart() throws InterruptedException {
        traffic.arrived();
        long waited = waitedMillis(Duration.ofSeconds(30), Instant.now().plusMillis(200));
        assertThat(waited).isBetween(150L, 10_000L);
    }

    private long waitedMillis(Duration quiet, Instant latest) throws InterruptedException {
        long start = System.nanoTime();
        traffic.awaitQuiet(quiet, latest);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
