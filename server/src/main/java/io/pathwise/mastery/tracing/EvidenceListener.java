package io.pathwise.mastery.tracing;

import io.pathwise.lrs.LrsApi;
import io.pathwise.lrs.StatementRecorded;
import io.pathwise.lrs.StatementVoided;
import io.pathwise.lrs.StatementsRecorded;
import io.pathwise.mastery.MasteryProperties;
import io.pathwise.mastery.evidence.EvidenceReader;
import io.pathwise.mastery.evidence.Observation;
import io.pathwise.shared.traffic.LearnerTraffic;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feeds the learner model from the LRS's event stream: every stored statement that is evidence
 * moves its learner's estimates; every voided one is taken back out. Handled after the LRS commits,
 * through the Event Publication Registry (a failure leaves the publication incomplete, and it is
 * delivered again), and idempotent by statement id.
 *
 * <p>The statements of one write (a batch POSTed to {@code /xapi}, a graded quiz attempt) arrive as
 * one event and move their estimates in one transaction: per statement, the registry's bookkeeping
 * and a commit cost more than the update itself. Should the batch's transaction fail for a reason a
 * retry does not cure, each statement is tried on its own, so one statement the model cannot take
 * holds back only itself.
 *
 * <p>An exam records tens of thousands of statements within seconds, each write an event handled on
 * its own virtual thread; at most {@code pathwise.mastery.concurrent-updates} of them work at once,
 * so they do not take every database connection from the learners' requests, and like all
 * background work they wait for a quiet moment between learners' submissions
 * ({@code pathwise.background.*}). Waiting holds no transaction (the work opens its own after the
 * wait).
 */
@Component
class EvidenceListener {

    private static final int ATTEMPTS = 3;

    private final EvidenceReader reader;
    private final MasteryTracker tracker;
    private final TransactionTemplate transactions;
    private final Semaphore permits;
    private final Clock clock;
    private final LearnerTraffic traffic;
    private final LrsApi lrs;

    EvidenceListener(EvidenceReader reader, MasteryTracker tracker, TransactionTemplate transactions,
            MasteryProperties properties, Clock clock, LearnerTraffic traffic, LrsApi lrs) {
        this.traffic = traffic;
        this.lrs = lrs;
        this.reader = reader;
        this.tracker = tracker;
        this.transactions = transactions;
        this.permits = new Semaphore(properties.concurrentUpdates(), true);
        this.clock = clock;
    }

    // @ApplicationModuleListener without its transaction: the wait for a permit must not hold a connection.
    // The condition is checked before the Event Publication Registry records a publication for this
    // listener: a write none of whose statements can be evidence (no result, not about an activity)
    // would cost a row and two commits for nothing.
    @Async
    @TransactionalEventListener(condition = "@evidenceReader.mayBeEvidence(#p0)")
    void on(StatementsRecorded recorded) throws InterruptedException {
        Instant due = recorded.statements().get(0).stored(); // one write: one stored time
        try {
            withPermit(due, () -> observe(recorded.tenantId(), reader.observations(recorded)));
        } catch (RuntimeException batchFailed) {
            oneByOne(recorded, due, batchFailed);
        }
    }

    /**
     * Takes each statement in a transaction of its own, all of them even when one fails; then
     * rethrows the first failure, so the event stays incomplete and is delivered again (the
     * statements already taken change nothing the second time).
     */
    private void oneByOne(StatementsRecorded recorded, Instant due, RuntimeException batchFailed)
            throws InterruptedException {
        RuntimeException first = null;
        for (StatementRecorded statement : recorded.statements()) {
            try {
                withPermit(due, () -> observe(recorded.tenantId(), reader.observations(
                        new StatementsRecorded(recorded.tenantId(), List.of(statement)))));
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                    if (e != batchFailed) { // the same failure may be thrown again as one instance
                        first.addSuppressed(batchFailed);
                    }
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Applies the observations in one transaction, leaving out those of statements already voided.
     * The LRS holds off voiding the others until the commit, so a voiding either is seen here or
     * comes after, and the voided listener then finds these observations to take back.
     */
    private Void observe(UUID tenantId, List<Observation> observations) {
        if (!observations.isEmpty()) {
            List<UUID> statements = observations.stream().map(Observation::statementId).distinct().toList();
            transactions.executeWithoutResult(status -> {
                Set<UUID> voided = lrs.lockAgainstVoiding(tenantId, statements);
                observations.stream().filter(o -> !voided.contains(o.statementId())).forEach(tracker::observe);
            });
        }
        return null;
    }

    @Async
    @TransactionalEventListener
    void on(StatementVoided voided) throws InterruptedException {
        withPermit(Instant.now(), () -> {
            transactions.executeWithoutResult(status -> tracker.takeBack(voided.tenantId(), voided.voidedStatementId(),
                    clock.instant()));
            return null;
        });
    }

    /**
     * Runs the work under a permit once learners' requests leave a quiet moment (or it has waited
     * long enough), again when it lost a race: two first observations of the same
     * learner and skill at once both try to create its row, and one fails with a duplicate key.
     */
    private void withPermit(Instant due, Supplier<Void> work) throws InterruptedException {
        permits.acquire();
        try {
            traffic.awaitQuiet(due);
            for (int attempt = 1; ; attempt++) {
                try {
                    work.get();
                    return;
                } catch (DataIntegrityViolationException | TransientDataAccessException e) {
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
