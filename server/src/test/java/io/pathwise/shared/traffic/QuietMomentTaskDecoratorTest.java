package io.pathwise.shared.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A background task starts in a quiet moment between learners' requests, or after the longest wait. */
class QuietMomentTaskDecoratorTest {

    @Test
    void aTaskSubmittedWhileLearnersAreBusyStartsOnlyAQuietPeriodAfterTheLastOfThem() throws InterruptedException {
        LearnerTraffic traffic = new LearnerTraffic(new BackgroundProperties(Duration.ofMillis(200), Duration.ofSeconds(60)));
        AtomicLong started = new AtomicLong();
        Thread worker = startDecoratedWhileBusy(traffic, started);

        long lastArrival = keepArriving(traffic, Duration.ofMillis(600));
        worker.join();

        assertThat(started.get() - lastArrival).as("ns from the last request to the start")
                .isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    }

    @Test
    void aTaskDoesNotWaitLongerThanTheMaxDelayWhileLearnersKeepComing() throws InterruptedException {
        LearnerTraffic traffic = new LearnerTraffic(new BackgroundProperties(Duration.ofMillis(200), Duration.ofMillis(300)));
        AtomicLong started = new AtomicLong();
        Thread worker = startDecoratedWhileBusy(traffic, started);

        long lastArrival = keepArriving(traffic, Duration.ofMillis(2_000));
        worker.join();

        assertThat(started.get()).as("started while requests were still arriving").isLessThan(lastArrival);
    }

    /** A learner's request has just arrived; a decorated task that notes when it started is handed to a thread. */
    private static Thread startDecoratedWhileBusy(LearnerTraffic traffic, AtomicLong started) {
        traffic.arrived();
        Thread worker = new Thread(new QuietMomentTaskDecorator(traffic).decorate(() -> started.set(System.nanoTime())));
        worker.start();
        return worker;
    }

    /** Calls {@code arrived()} every 20 ms for {@code length}; returns the time of the last call. */
    private static long keepArriving(LearnerTraffic traffic, Duration length) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        long last = System.nanoTime();
        while (System.nanoTime() < end) {
            traffic.arrived();
            last = System.nanoTime();
            Thread.sleep(20);
        }
        return last;
    }
}
