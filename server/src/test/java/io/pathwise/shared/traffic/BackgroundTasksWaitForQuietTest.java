package io.pathwise.shared.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.IntegrationTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * The executor the {@code @Async} listeners run on is the one Spring Boot builds with
 * {@link QuietMomentTaskDecorator}: a task handed to it just after a learner's request starts only a
 * quiet period later (200 ms by default).
 */
@IntegrationTest
class BackgroundTasksWaitForQuietTest {

    @Autowired
    @Qualifier("applicationTaskExecutor")
    TaskExecutor executor;

    @Autowired
    LearnerTraffic traffic;

    @Autowired
    BackgroundProperties background;

    @Test
    void aTaskHandedToTheApplicationExecutorJustAfterALearnersRequestWaitsForTheQuietPeriod() throws Exception {
        assertThat(background.quietPeriod()).as("long enough to tell a wait from none").isGreaterThanOrEqualTo(Duration.ofMillis(100));
        CompletableFuture<Long> started = new CompletableFuture<>();
        long arrived = System.nanoTime(); // taken first: the wait counts from the request, a moment later
        traffic.arrived();

        executor.execute(() -> started.complete(System.nanoTime()));

        assertThat(started.get(30, TimeUnit.SECONDS) - arrived).as("ns from the request to the task's start")
                .isGreaterThanOrEqualTo(background.quietPeriod().toNanos());
    }
}
