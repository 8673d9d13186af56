package io.pathwise.assessment.attempt;

import io.pathwise.assessment.store.AttemptRow;
import io.pathwise.assessment.store.AttemptStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import io.pathwise.assessment.AssessmentProperties;

/**
 * Closes attempts whose deadline and offline grace have passed, grading the draft the server
 * last saved: answers the learner gave in time count even when the submission never comes.
 * Runs every minute, and on demand when a learner touches an expired attempt.
 */
@Component
class DeadlineCloser {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCloser.class);

    private final AttemptStore attempts;
    private final AttemptFinisher finisher;
    private final QuizContexts contexts;
    private final Drafts drafts;
    private final Clock clock;
    private final Duration grace;
    private final TransactionTemplate transactions;

    DeadlineCloser(AttemptStore attempts, AttemptFinisher finisher, QuizContexts contexts, Drafts drafts, Clock clock,
            AssessmentProperties properties, TransactionTemplate transactions) {
        this.transactions = transactions;
        this.attempts = attempts;
        this.finisher = finisher;
        this.contexts = contexts;
        this.drafts = drafts;
        this.clock = clock;
        this.grace = properties.offlineGrace();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void closeExpired() {
        for (UUID id : attempts.openBefore(clock.instant().minus(grace), 500)) {
            try {
                close(id);
            } catch (RuntimeException e) {
                log.warn("Could not close expired attempt {}; will retry", id, e);
            }
        }
    }

    /** Closes the attempt with its saved draft if it is still open (in the caller's transaction, or its own). */
    void close(UUID attemptId) {
        transactions.executeWithoutResult(status -> attempts.lock(attemptId).filter(AttemptRow::open).ifPresent(attempt -> {
            QuizContext context = contexts.quizOfForSystem(attempt);
            finisher.finish(attempt, context, drafts.usable(attempt, context.definitions()), Map.of(), null,
                    attempt.deadline() == null ? clock.instant() : attempt.deadline(), null, false);
        }));
    }
}
