package io.pathwise.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the Event Publication Registry's completed publications once they are older than
 * {@code pathwise.events.keep-completed} (7 days by default), every hour. The registry marks a
 * publication completed rather than deleting it (deleting at once made no difference to ingestion,
 * and the rows are how an operator sees what was delivered), but nothing else ever removes them:
 * an exam of 2,000 learners leaves thousands of rows, each holding its serialised event. Incomplete
 * publications are never touched; {@link FailedEventsRetry} and the next restart deliver them again.
 */
@Component
class CompletedEventsPurge {

    private static final Logger log = LoggerFactory.getLogger(CompletedEventsPurge.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventsPurge(CompletedEventPublications completed,
            @Value("${pathwise.events.keep-completed:7d}") Duration keep) {
        if (keep.isNegative()) {
            throw new IllegalArgumentException("pathwise.events.keep-completed must not be negative, was " + keep);
        }
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void purge() {
        purgeOlderThan(keep);
    }

    /** Deletes the completed publications older than {@code age}; a single statement, safe on every node at once. */
    void purgeOlderThan(Duration age) {
        completed.deletePublicationsOlderThan(age);
        log.debug("Deleted completed event publications older than {}", age);
    }
}
