package io.pathwise.mastery.fitting;

import io.pathwise.mastery.MasteryProperties;
import io.pathwise.mastery.RefitReport;
import io.pathwise.mastery.evidence.Observation;
import io.pathwise.mastery.model.BktFit;
import io.pathwise.mastery.model.BktFitter;
import io.pathwise.mastery.model.FitOptions;
import io.pathwise.mastery.model.SkillSequences;
import io.pathwise.mastery.store.ObservationStore;
import io.pathwise.mastery.store.ObservationStore.LearnerSkill;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.StateStore;
import io.pathwise.mastery.tracing.MasteryTracker;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fits each skill's BKT parameters by EM from the course's evidence (every learner's observations
 * in order), stores them, and recomputes every estimate of the skill with them. Started by an
 * instructor or admin through the API, and for every course with evidence on
 * {@code pathwise.mastery.refit-cron}.
 */
@Component
public class Refitter {

    private static final Logger log = LoggerFactory.getLogger(Refitter.class);

    private final ObservationStore observations;
    private final StateStore states;
    private final ParameterStore parameters;
    private final MasteryTracker tracker;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BktFitter fitter;

    Refitter(ObservationStore observations, StateStore states, ParameterStore parameters, MasteryTracker tracker,
            TransactionTemplate transactions, Clock clock, MasteryProperties properties) {
        this.observations = observations;
        this.states = states;
        this.parameters = parameters;
        this.tracker = tracker;
        this.transactions = transactions;
        this.clock = clock;
        this.fitter = new BktFitter(FitOptions.DEFAULTS.withRestarts(properties.restarts())
                .withForgetting(properties.forgetting()).withMinObservations(properties.minObservationsToFit()));
    }

    public RefitReport refit(UUID courseId) {
        long start = System.nanoTime();
        int fitted = 0;
        int tooLittle = 0;
        int recomputed = 0;
        for (String skill : observations.observedSkills(courseId)) {
            BktFit fit = fitter.fit(skill, sequences(observations.ofSkill(courseId, skill)));
            if (!fit.fitted()) {
                tooLittle++;
                continue;
            }
            fitted++;
            Instant now = clock.instant();
            recomputed += transactions.execute(status -> {
                parameters.save(courseId, new ParameterStore.Fitted(skill, fit.parameters(), fit.observations(),
                        fit.learners(), fit.logLikelihood(), now));
                List<String> learners = states.learnersOf(courseId, skill);
                for (String learner : learners) {
                    tracker.recompute(new LearnerSkill(courseId, skill, learner), fit.parameters(), now);
                }
                return learners.size();
            });
        }
        return new RefitReport(fitted, tooLittle, recomputed, (System.nanoTime() - start) / 1_000_000);
    }

    /** Every course with evidence, on the schedule ("-" turns it off). */
    @Scheduled(cron = "${pathwise.mastery.refit-cron:0 30 3 * * *}")
    void refitAll() {
        for (UUID courseId : parameters.coursesWithEvidence()) {
            try {
                RefitReport report = refit(courseId);
                log.info("Refitted course {}: {}", courseId, report);
            } catch (RuntimeException e) {
                log.warn("Refit of course {} failed; its parameters are unchanged", courseId, e);
            }
        }
    }

    /** One sequence per learner, in order: observations come sorted by learner, then time. */
    private static SkillSequences sequences(List<Observation> ordered) {
        SkillSequences.Builder builder = SkillSequences.builder();
        String learner = null;
        for (Observation o : ordered) {
            if (!o.learner().equals(learner)) {
                builder.startLearner();
                learner = o.learner();
            }
            builder.add(o.correct());
        }
        return builder.build();
    }
}
