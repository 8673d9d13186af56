package io.pathwise.pathways.rules;

import io.pathwise.assessment.AttemptGraded;
import io.pathwise.mastery.MasteryChanged;
import io.pathwise.shared.traffic.LearnerTraffic;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates a learner's rules when something they read changes: the learner model's mastery moved
 * ({@link MasteryChanged}), or a quiz attempt got its grade ({@link AttemptGraded}, whose score is
 * recorded first). Both arrive through the Event Publication Registry, so a failed evaluation is
 * delivered again; a redelivered event fires nothing twice ({@link RuleFiring}).
 *
 * <p>An exam moves many estimates of each learner within seconds. Like the learner model, rule work
 * waits for a quiet moment between learners' submissions, at most {@value #CONCURRENT_EVALUATIONS}
 * evaluations run at once (so they never take the connections learners' requests need; waiting
 * holds no transaction), and a change for a learner whose evaluation is still waiting to start
 * needs no evaluation of its own: the waiting one reads the learner's state when it starts, this
 * change included. Were it to fail, its own event would be delivered again.
 */
@Component
class RuleTriggers {

    /** Evaluations at once: each is a handful of short queries, and rules are seldom in a hurry. */
    static final int CONCURRENT_EVALUATIONS = 2;
    private static final int ATTEMPTS = 3;

    private record Learner(UUID courseId, UUID userId) {
    }

    private final RuleFiring firing;
    private final QuizScoreStore scores;
    private final TransactionTemplate transactions;
    private final LearnerTraffic traffic;
    private final Clock clock;
    private final Semaphore permits = new Semaphore(CONCURRENT_EVALUATIONS, true);
    /** Learners whose evaluation waits to start, with the earliest evidence time among their changes. */
    private final Map<Learner, Instant> waiting = new ConcurrentHashMap<>();

    RuleTriggers(RuleFiring firing, QuizScoreStore scores, TransactionTemplate transactions, LearnerTraffic traffic,
            Clock clock) {
        this.firing = firing;
        this.scores = scores;
        this.transactions = transactions;
        this.traffic = traffic;
        this.clock = clock;
    }

    // @ApplicationModuleListener without its transaction: the wait for a permit must not hold a connection.
    // The condition is checked before the Event Publication Registry records a publication: in a
    // course without rules (most courses) a mastery change has nothing to evaluate, and an exam
    // makes one change per answer, each of which would cost a row and two commits.
    @Async
    @TransactionalEventListener(condition = "@ruleStore.hasRules(#p0.courseId())")
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
            evaluate(changed.tenantId(), new Learner(changed.courseId(), changed.userId()), changed.at());
        }
    }

    /** Records the attempt's score, then evaluates the learner's rules, synchronously. */
    void handle(AttemptGraded graded) throws InterruptedException {
        withPermit(() -> inTransaction(() -> {
            scores.record(graded.tenantId(), graded.courseId(), graded.learnerId(), graded.activityKey(),
                    graded.attemptId(), graded.number(), graded.gradeVersion(), graded.scaledScore(), graded.gradedAt());
            return null;
        }));
        evaluate(graded.tenantId(), new Learner(graded.courseId(), graded.learnerId()), graded.startedAt());
    }

    /**
     * Evaluates the learner's rules now, in a transaction of its own, again when it lost a race: two
     * first evaluations of a learner both create the learner's row, and one fails with a duplicate
     * key; its next try finds the row and waits for its lock.
     *
     * @return the ids of the rules that fired
     */
    List<String> evaluateNow(UUID tenantId, UUID courseId, UUID userId, Instant at) {
        return inTransaction(() -> firing.evaluate(tenantId, courseId, userId, at));
    }

    private void evaluate(UUID tenantId, Learner learner, Instant at) throws InterruptedException {
        AtomicBoolean first = new AtomicBoolean();
        waiting.compute(learner, (key, earliest) -> {
            first.set(earliest == null);
            return earliest == null || at.isBefore(earliest) ? at : earliest;
        });
        if (!first.get()) {
            return;
        }
        boolean started = false;
        try {
            permits.acquire();
            try {
                traffic.awaitQuiet(clock.instant());
                // From here on, a new change of the learner waits for an evaluation of its own.
                Instant earliest = waiting.remove(learner);
                started = true;
                evaluateNow(tenantId, learner.courseId(), learner.userId(), earliest);
            } finally {
                permits.release();
            }
        } finally {
            if (!started) {
                waiting.remove(learner);
            }
        }
    }

    private void withPermit(Supplier<Void> work) throws InterruptedException {
        permits.acquire();
        try {
            traffic.awaitQuiet(clock.instant());
            work.get();
        } finally {
            permits.release();
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
