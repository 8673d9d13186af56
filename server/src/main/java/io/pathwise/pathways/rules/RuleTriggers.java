package io.pathwise.pathways.rules;

import io.pathwise.assessment.AttemptGraded;
import io.pathwise.mastery.MasteryChanged;
import io.pathwise.shared.traffic.LearnerTraffic;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates a learner's rules when something they read changes: the learner model's mastery moved
 * ({@link MasteryChanged}), or a quiz attempt got its grade ({@link AttemptGraded}, recorded first
 * for score conditions). Both arrive through the Event Publication Registry, so a failed
 * evaluation is delivered again; a redelivered event fires nothing twice ({@link RuleFiring}).
 *
 * <p>Evidence of an exam moves many estimates within seconds. Like the learner model, rule work
 * waits for a quiet moment between learners' submissions, and at most
 * {@value #CONCURRENT_EVALUATIONS} evaluations run at once, so they never take the connections
 * learners' requests need. Waiting holds no transaction.
 */
@Component
class RuleTriggers {

    /** Evaluations at once: each is a handful of short queries, and rules are seldom in a hurry. */
    static final int CONCURRENT_EVALUATIONS = 2;
    private static final int ATTEMPTS = 3;

    private final RuleFiring firing;
    private final QuizScoreStore scores;
    private final TransactionTemplate transactions;
    private final LearnerTraffic traffic;
    private final Clock clock;
    private final Semaphore permits = new Semaphore(CONCURRENT_EVALUATIONS, true);

    RuleTriggers(RuleFiring firing, QuizScoreStore scores, TransactionTemplate transactions, LearnerTraffic traffic,
            Clock clock) {
        this.firing = firing;
        this.scores = scores;
        this.transactions = transactions;
        this.traffic = traffic;
        this.clock = clock;
    }

    // @ApplicationModuleListener without its transaction: the wait for a permit must not hold a connection.
    @Async
    @TransactionalEventListener
    void on(MasteryChanged changed) throws InterruptedException {
        handle(changed);
    }

    @Async
    @TransactionalEventListener
    void on(AttemptGraded graded) throws InterruptedException {
        handle(graded);
    }

    /**
     * Evaluates the learner's rules after a mastery change, synchronously. Learners known only by
     * an xAPI actor (no Pathwise account) have no next steps or units to act on: rules follow users.
     */
    void handle(MasteryChanged changed) throws InterruptedException {
        if (changed.userId() != null) {
            withPermit(() -> firing.evaluate(changed.tenantId(), changed.courseId(), changed.userId(), changed.at()));
        }
    }

    /** Records the attempt's score, then evaluates the learner's rules, synchronously. */
    void handle(AttemptGraded graded) throws InterruptedException {
        UUID user = graded.learnerId();
        withPermit(() -> {
            scores.record(graded.tenantId(), graded.courseId(), user, graded.activityKey(), graded.attemptId(),
                    graded.number(), graded.gradeVersion(), graded.scaledScore(), graded.gradedAt());
            firing.evaluate(graded.tenantId(), graded.courseId(), user, graded.startedAt());
        });
    }

    /**
     * Runs the work in a transaction under a permit once learners' requests leave a quiet moment,
     * again when it lost a race (two first evaluations of a learner both create the learner's row,
     * and one fails with a duplicate key; the next try finds the row and waits for its lock).
     */
    private void withPermit(Runnable work) throws InterruptedException {
        permits.acquire();
        try {
            traffic.awaitQuiet(clock.instant());
            for (int attempt = 1; ; attempt++) {
                try {
                    transactions.executeWithoutResult(status -> work.run());
                    return;
                } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } finally {
            permits.release();
        }
    }
}
