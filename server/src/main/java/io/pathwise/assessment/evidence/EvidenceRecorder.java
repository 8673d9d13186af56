package io.pathwise.assessment.evidence;

import io.pathwise.assessment.AttemptGraded;
import io.pathwise.shared.traffic.LearnerTraffic;
import io.pathwise.identity.IdentityApi;
import io.pathwise.identity.UserView;
import io.pathwise.lrs.LrsApi;
import java.util.concurrent.Semaphore;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records each graded attempt in the tenant's LRS, the road all learning evidence takes. It runs
 * after the grade commits, from the Event Publication Registry, so a failed write is retried; the
 * statements' ids make a retry store nothing twice.
 *
 * <p>Evidence gives way to learners. In an exam burst hundreds of attempts are graded within
 * seconds; recording their statements meanwhile (22 per attempt of 20 items) would take the cores
 * and database the learners' submissions need, and every learner waits for a reply. So one
 * attempt's evidence is recorded at a time, and only once no submission or answer check has
 * arrived for {@code pathwise.background.quiet-period}, or once it has waited
 * {@code pathwise.background.max-delay} since grading (a server busy for longer still records
 * evidence).
 * Waiting costs nothing: no transaction or connection is held while waiting (the LRS opens its
 * own), and each grade's publication stays incomplete until its statements are recorded: a failed
 * recording is delivered again later ({@code pathwise.events.retry.*}) and after a restart.
 */
@Component
class EvidenceRecorder {

    private final LrsApi lrs;
    private final IdentityApi identity;
    private final AttemptStatements statements;
    private final Semaphore oneAtATime = new Semaphore(1, true);
    private final LearnerTraffic traffic;

    EvidenceRecorder(LrsApi lrs, IdentityApi identity, JsonMapper json, LearnerTraffic traffic) {
        this.lrs = lrs;
        this.traffic = traffic;
        this.identity = identity;
        this.statements = new AttemptStatements(json);
    }

    // @ApplicationModuleListener without its transaction: the wait for the permit must not hold a connection.
    @Async
    @TransactionalEventListener
    void on(AttemptGraded graded) throws InterruptedException {
        oneAtATime.acquire();
        try {
            traffic.awaitQuiet(graded.gradedAt());
            String name = identity.user(graded.learnerId()).map(UserView::displayName).orElse(null);
            lrs.record(graded.tenantId(), statements.of(graded, lrs.userAgent(graded.learnerId(), name)));
        } finally {
            oneAtATime.release();
        }
    }
}
