package io.pathwise.assessment.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * When learners last sent a submission or an answer check, so that background work can give way to
 * them. In an exam hundreds of learners submit within seconds; each waits for its reply, while the
 * evidence of the attempts already graded can wait a little without anyone noticing.
 */
@Component
public class SubmissionTraffic {

    private final AtomicLong lastArrivalNanos = new AtomicLong(System.nanoTime() - Duration.ofDays(1).toNanos());

    /** A learner's submission or check has arrived. */
    void arrived() {
        lastArrivalNanos.set(System.nanoTime());
    }

    /**
     * Waits until no submission has arrived for {@code quiet}, but not past {@code latest}: work
     * that has waited that long goes ahead whatever the traffic, so a busy server delays it but
     * never starves it.
     */
    public void awaitQuiet(Duration quiet, Instant latest) throws InterruptedException {
        long quietNanos = quiet.toNanos();
        while (true) {
            long leftUntilLatest = Duration.between(Instant.now(), latest).toNanos();
            long sinceArrival = System.nanoTime() - lastArrivalNanos.get();
            if (sinceArrival >= quietNanos || leftUntilLatest <= 0) {
                return;
            }
            long sleepNanos = Math.min(quietNanos - sinceArrival, leftUntilLatest);
            Thread.sleep(sleepNanos / 1_000_000, (int) (sleepNanos % 1_000_000));
        }
    }
}
