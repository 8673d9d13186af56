package io.pathwise.shared.traffic;

import java.time.Instant;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * Starts every task of the application's task executor (the {@code @Async} event listeners:
 * recording quiz evidence, the learner model, rules) only once learners' requests leave a quiet
 * moment ({@link LearnerTraffic#awaitQuiet}), or once it has waited {@code pathwise.background.max-delay}.
 *
 * <p>The listeners wait for that moment themselves too, but only inside their method, and Spring
 * Modulith's registry marks a publication {@code PROCESSING}, in a transaction and commit of its
 * own, before the method runs. During an exam every graded attempt started two such listeners at
 * once, so each submission brought two more commits while learners waited on theirs: on H2, whose
 * every commit writes out the changed pages, a profile of a 2,000-learner burst found the
 * background threads busy with those commits for a fifth of the CPU (bench/README.md). Waiting here,
 * before the task starts, moves them after the burst.
 */
@Component
class QuietMomentTaskDecorator implements TaskDecorator {

    private final LearnerTraffic traffic;

    QuietMomentTaskDecorator(LearnerTraffic traffic) {
        this.traffic = traffic;
    }

    @Override
    public Runnable decorate(Runnable task) {
        Instant due = Instant.now();
        return () -> {
            try {
                traffic.awaitQuiet(due);
            } catch (InterruptedException e) {
                // Shutting down: run it now; a listener that stops on the interrupt leaves its
                // publication incomplete, to be delivered again.
                Thread.currentThread().interrupt();
            }
            task.run();
        };
    }
}
