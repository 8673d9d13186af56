package io.pathwise.mastery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the learner model.
 *
 * @param threshold P(known) at which a skill counts as mastered
 * @param concurrentUpdates writes of statements (each an event) applied to the learner model at the
 *        same time; more only queue (each holds a database connection while it works)
 * @param refitCron when every course's parameters are fitted again from its evidence (Spring cron;
 *        "-" turns the schedule off); admins can also start a refit by API
 * @param minObservationsToFit a skill with fewer observations keeps the default parameters
 * @param restarts random restarts of each EM fit; the best likelihood wins
 * @param forgetting whether fits include forgetting (P(F) &gt; 0); off keeps standard BKT, in which a
 *        mastered skill stays mastered unless wrong answers say otherwise
 * @param reviewRetention the probability of recall at which a mastered skill falls due for review
 *        (FSRS target retention): higher means more frequent reviews
 * @param reviewMaxInterval the longest time between two reviews of a mastered skill
 */
@ConfigurationProperties("pathwise.mastery")
public record MasteryProperties(@DefaultValue("0.95") double threshold, @DefaultValue("4") int concurrentUpdates,
        @DefaultValue("0 30 3 * * *") String refitCron, @DefaultValue("50") int minObservationsToFit,
        @DefaultValue("5") int restarts, @DefaultValue("false") boolean forgetting,
        @DefaultValue("0.9") double reviewRetention, @DefaultValue("365d") java.time.Duration reviewMaxInterval) {

    public MasteryProperties {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("pathwise.mastery.threshold must be between 0 and 1, was " + threshold);
        }
        if (concurrentUpdates < 1 || restarts < 1 || minObservationsToFit < 1) {
            throw new IllegalArgumentException("pathwise.mastery.concurrent-updates, restarts and min-observations-to-fit "
                    + "must be at least 1");
        }
    }
}
