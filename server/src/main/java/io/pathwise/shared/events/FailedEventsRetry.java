package io.pathwise.shared.events;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * <p>It also frees deliveries whose claim was never finished. To deliver a publication again (at a
 * restart, or here) the registry first marks it {@code RESUBMITTED}, and it never claims a
 * publication in that state; so when the process dies while delivering (killed during the
 * deliveries at its own restart, say), the publication would stay undelivered through every later
 * restart: graded quizzes without their statements, mastery behind its evidence. A claim older than
 * {@code pathwise.events.retry.claim-timeout} is taken for such a one and marked {@code FAILED},
 * which this job and the next restart deliver again. A claim that was still alive, only slow, is
 * then delivered twice, which the listeners take without effect.
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

    /** Hands the failed publications that are due to the registry, after freeing abandoned claims. */
    void retryDue() {
        releaseAbandonedClaims();
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

    /** Marks failed the deliveries claimed longer ago than the claim timeout and still unfinished. */
    private void releaseAbandonedClaims() {
        OffsetDateTime claimedBefore = clock.instant().minus(properties.claimTimeout()).atOffset(ZoneOffset.UTC);
        int released = jdbc.sql("UPDATE event_publication SET status = 'FAILED' WHERE completion_date IS NULL "
                        + "AND status = 'RESUBMITTED' AND last_resubmission_date < ?")
                .param(claimedBefore)
                .update();
        if (released > 0) {
            log.warn("{} event publication(s) claimed for delivery more than {} ago were never finished (the process "
                    + "delivering them stopped): they are delivered again", released, properties.claimTimeout());
        }
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
