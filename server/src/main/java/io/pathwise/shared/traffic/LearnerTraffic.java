package io.pathwise.shared.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * When learners last sent a request they wait on (a quiz submission, an answer check), so that
 * background work gives way to them. In an exam hundreds of learners submit within seconds and each
 * waits for a reply, while the work that follows from their answers (recording evidence, updating
 * the learner model) can wait a little without anyone noticing.
 */
@Component
public class LearnerTraffic {

    private final AtomicLong lastArrivalNanos = new AtomicLong(System.nanoTime() - Duration.ofDays(1).toNanos());
    private final BackgroundProperties properties;

    public LearnerTraffic(BackgroundProperties properties) {
        this.properties = properties;
    }

    /** A request a learner waits on has arrived. */
    public void arrived() {
        lastArrivalNanos.set(System.nanoTime());
    }

    /**
     * Waits until no such request has arrived for {@code pathwise.background.quiet-period}, but not
     * past {@code pathwise.background.max-delay} after {@code since} (when the work became due):
     * a busy server delays background work but never starves it.
     */
    public void awaitQuiet(Instant since) throws InterruptedException {
        awaitQuiet(properties.quietPeriod(), since.plus(properties.maxDelay()));
    }

    /** Waits until no request has arrived for {@code quiet}, or until {@code latest}, whichever is first. */
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
