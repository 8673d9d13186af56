package io.pathwise.assessment.attempt;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import io.pathwise.assessment.store.ItemStore;
import io.pathwise.assessment.store.RegradeLog;
import io.pathwise.assessment.store.ResponseStore;
import java.util.UUID;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Regrades, once an answer-key change has committed, the submissions that were grading with the
 * old key while it was made.
 *
 * <p>The change regrades the submitted attempts it can see, but a submission that read the items
 * before the change committed, and committed after the change looked, is not among them. Each
 * submission holds its attempt's lock from before it reads the items until it commits, so locking
 * the course's open attempts waits for every such submission to commit; every submission after
 * that reads the new key. The responses graded with an older key version are then regraded. Runs
 * from the Event Publication Registry, so a failure (a lock wait that timed out) is delivered again.
 */
@Component
class StaleGradeCatchUp {

    private final AttemptStore attempts;
    private final ResponseStore responses;
    private final Regrader regrader;
    private final RegradeLog log;
    private final TransactionTemplate transactions;

    StaleGradeCatchUp(AttemptStore attempts, ResponseStore responses, Regrader regrader, RegradeLog log,
            TransactionTemplate transactions) {
        this.attempts = attempts;
        this.responses = responses;
        this.regrader = regrader;
        this.log = log;
        this.transactions = transactions;
    }

    // After commit and off the instructor's request: the wait for submissions in progress must not delay the reply.
    @Async
    @TransactionalEventListener
    void on(AnswerKeysChanged changed) {
        transactions.executeWithoutResult(status -> attempts.lockOpenOfCourse(changed.courseId()));
        for (ItemStore.KeyChange change : changed.changes()) {
            int regraded = 0;
            for (UUID attemptId : responses.gradedWithOlderKey(changed.courseId(), change.itemKey(), change.toVersion())) {
                if (Boolean.TRUE.equals(transactions.execute(status -> regrade(attemptId)))) {
                    regraded++;
                }
            }
            if (regraded > 0) {
                int count = regraded;
                transactions.executeWithoutResult(status -> log.addRegraded(changed.courseId(), change, count));
            }
        }
    }

    private boolean regrade(UUID attemptId) {
        AttemptRow attempt = attempts.lock(attemptId).orElse(null);
        return attempt != null && attempt.status() != AttemptStatus.OPEN && regrader.regradeStale(attempt);
    }
}
