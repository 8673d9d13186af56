package io.pathwise.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Delivers again, while the server runs, the events whose listener failed: evidence that could not
 * be recorded, a write the learner model could not take, a rule that could not be evaluated. Spring
 * Modulith marks such a publication {@code FAILED} and by itself delivers it again only when the
 * server restarts. Every {@code pathwise.events.retry.every} this job finds the failed publications
 * that are due by {@link RetrySchedule} and hands them to the registry, which delivers each again.
 *
 * <p>The look-up is this job's own: one query over the registry's index on {@code completion_date}
 * that reads three small columns of the incomplete publications. The registry's own look-up reads
 * the whole table (every serialised event of the completed publications kept for a week), so it runs
 * only when something is due.
 *
 * <p>Every node runs the job. The registry claims a publication before delivering it again (its
 * status becomes {@code RESUBMITTED}), so two nodes do not both deliver it, except in one narrow
 * race of Spring Modulith 2.1.1 (a publication completed between one node's look-up and its claim
 * can be claimed again). The listeners take a redelivered event without effect, as they must for
 * the deliveries at restart, so such a duplicate changes nothing.
 */
@Component
class FailedEventsRetry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(FailedEventsRetry.class);

    private final JdbcClient jdbc;
    private final FailedEventPublications failed;
    private final FailedEventsRetryProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;
    private long givenUpBefore;

    FailedEventsRetry(JdbcClient jdbc, FailedEventPublications failed, FailedEventsRetryProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.failed = failed;
        this.properties = properties;
        this.schedule = RetrySchedule.of(properties);
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::retryDue, properties.every(), properties.every()));
    }

    /** A failed publication as this job reads it: no event, only what says whether it is due. */
    private record Failed(UUID id, int deliveries, Instant lastTry) {
    }

    /** Hands the failed publications that are due to the registry. */
    void retryDue() {
        // Rows of the registry's first schema have no attempts or resubmission date: one delivery, at publication.
        List<Failed> failedNow = jdbc.sql("SELECT id, COALESCE(completion_attempts, 1), "
                        + "COALESCE(last_resubmission_date, publication_date) "
                        + "FROM event_publication WHERE completion_date IS NULL AND status = 'FAILED'")
                .query((rs, n) -> new Failed(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
        reportGivenUp(failedNow);
        Instant now = clock.instant();
        Set<UUID> due = failedNow.stream()
                .filter(f -> !schedule.givenUp(f.deliveries()) && !schedule.dueAt(f.lastTry(), f.deliveries()).isAfter(now))
                .map(Failed::id)
                .collect(Collectors.toSet());
        if (due.isEmpty()) {
            return;
        }
        log.info("Delivering {} failed event publication(s) again", due.size());
        // The registry reads failed publications oldest first, up to the batch size: room for all
        // of them, so that older ones given up on cannot crowd out those due.
        failed.resubmit(ResubmissionOptions.defaults()
                .withBatchSize(failedNow.size() + 1_000)
                .withFilter(publication -> due.contains(publication.getIdentifier())));
    }

    /** Says once, not at every check, when deliveries are left to the next restart. */
    private void reportGivenUp(List<Failed> failedNow) {
        long givenUp = failedNow.stream().filter(f -> schedule.givenUp(f.deliveries())).count();
        if (givenUp != givenUpBefore && givenUp > 0) {
            log.warn("{} failed event publication(s) were tried {} more times and are left to the next restart "
                    + "(pathwise.events.retry.max-attempts)", givenUp, properties.maxAttempts());
        }
        givenUpBefore = givenUp;
    }
}
