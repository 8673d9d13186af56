package io.pathwise.mastery.tracing;

import io.pathwise.mastery.MasteryChanged;
import io.pathwise.mastery.MasteryProperties;
import io.pathwise.mastery.SkillMastered;
import io.pathwise.mastery.evidence.Observation;
import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.review.ReviewScheduler;
import io.pathwise.mastery.store.ObservationStore;
import io.pathwise.mastery.store.ObservationStore.LearnerSkill;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.SkillState;
import io.pathwise.mastery.store.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies evidence to learners' estimates, in the caller's transaction, by {@link SkillProgress}'s
 * rule. An observation that comes after the learner's latest one is one step (the online update);
 * one that arrives late (events are handled concurrently), a taken-back one or new parameters make
 * the learner's sequence for that skill be replayed from the stored observations, so the estimate is
 * always that of the evidence in order.
 */
@Component
public class MasteryTracker {

    private final ObservationStore observations;
    private final StateStore states;
    private final ParameterStore parameters;
    private final ApplicationEventPublisher events;
    private final ReviewScheduler reviews;
    private final double threshold;

    MasteryTracker(ObservationStore observations, StateStore states, ParameterStore parameters,
            ApplicationEventPublisher events, MasteryProperties properties, ReviewScheduler reviews) {
        this.observations = observations;
        this.states = states;
        this.parameters = parameters;
        this.events = events;
        this.reviews = reviews;
        this.threshold = properties.threshold();
    }

    /** Records one observation and moves the learner's estimate; a redelivered one changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void observe(Observation observation) {
        LearnerSkill who = new LearnerSkill(observation.courseId(), observation.skillKey(), observation.learner());
        BktParameters p = parameters.of(observation.courseId(), observation.skillKey());
        Optional<SkillState> locked = states.lock(who);
        if (locked.isEmpty()) {
            SkillProgress start = SkillProgress.start(p);
            states.insert(state(who, observation.tenantId(), observation.userId(), start));
            locked = states.lock(who);
        }
        if (observations.exists(observation)) {
            return;
        }
        observations.insert(observation);
        SkillState before = locked.orElseThrow();
        boolean inOrder = before.lastObservedAt() == null || !observation.observedAt().isBefore(before.lastObservedAt());
        SkillProgress after = inOrder
                ? progress(before).step(p, observation.correct(), observation.observedAt(), threshold, reviews)
                : replayed(who, p);
        save(before, after, observation.userId(), observation.observedAt());
    }

    /** Takes a voided statement's observations back out and recomputes the estimates they moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeBack(UUID tenantId, UUID statementId, Instant now) {
        List<LearnerSkill> moved = observations.observedBy(tenantId, statementId);
        List<SkillState> locked = new ArrayList<>();
        for (LearnerSkill who : moved) {
            states.lock(who).ifPresent(locked::add);
        }
        observations.delete(tenantId, statementId);
        for (SkillState before : locked) {
            LearnerSkill who = new LearnerSkill(before.courseId(), before.skillKey(), before.learner());
            save(before, replayed(who, parameters.of(who.courseId(), who.skillKey())), null, now);
        }
    }

    /** Recomputes a learner's estimate of a skill with new parameters (after a refit). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(LearnerSkill who, BktParameters p, Instant now) {
        states.lock(who).ifPresent(before -> save(before, replayed(who, p), null, now));
    }

    private SkillProgress replayed(LearnerSkill who, BktParameters p) {
        List<Observation> sequence = observations.inOrder(who);
        List<Boolean> rights = new ArrayList<>(sequence.size());
        List<Instant> times = new ArrayList<>(sequence.size());
        for (Observation o : sequence) {
            rights.add(o.correct());
            times.add(o.observedAt());
        }
        return SkillProgress.replay(p, rights, times, threshold, reviews);
    }

    private static SkillProgress progress(SkillState state) {
        return new SkillProgress(state.known(), state.observations(), state.correct(), state.lastObservedAt(),
                state.masteredAt(), state.review());
    }

    private static SkillState state(LearnerSkill who, UUID tenantId, UUID userId, SkillProgress progress) {
        return new SkillState(who.courseId(), who.skillKey(), who.learner(), tenantId, userId, progress.known(),
                progress.observations(), progress.correct(), progress.lastObservedAt(), progress.masteredAt(),
                progress.review());
    }

    /**
     * Stores the new progress and announces the change: {@link SkillMastered} when it crosses the
     * threshold upwards, {@link MasteryChanged} whenever the estimate moves.
     */
    private void save(SkillState before, SkillProgress after, UUID userId, Instant at) {
        LearnerSkill who = new LearnerSkill(before.courseId(), before.skillKey(), before.learner());
        UUID user = userId != null ? userId : before.userId();
        states.update(state(who, before.tenantId(), user, after));
        boolean mastered = after.masteredAt() != null;
        if (Math.abs(before.known() - after.known()) > 1e-12 || before.observations() != after.observations()) {
            events.publishEvent(new MasteryChanged(before.tenantId(), before.courseId(), before.skillKey(), before.learner(),
                    user, before.known(), after.known(), mastered, at));
        }
        if (mastered && before.masteredAt() == null) {
            events.publishEvent(new SkillMastered(before.tenantId(), before.courseId(), before.skillKey(), before.learner(),
                    user, after.known(), after.masteredAt()));
        }
    }
}
