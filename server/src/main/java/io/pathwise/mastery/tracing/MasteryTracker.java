package io.pathwise.mastery.tracing;

import io.pathwise.mastery.MasteryChanged;
import io.pathwise.mastery.MasteryProperties;
import io.pathwise.mastery.SkillMastered;
import io.pathwise.mastery.evidence.Observation;
import io.pathwise.mastery.model.BktParameters;
import io.pathwise.mastery.store.ObservationStore;
import io.pathwise.mastery.store.ObservationStore.LearnerSkill;
import io.pathwise.mastery.store.ParameterStore;
import io.pathwise.mastery.store.SkillState;
import io.pathwise.mastery.store.StateStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies evidence to learners' estimates, in the caller's transaction. An observation that comes
 * after the learner's latest one is one BKT step (the online update); one that arrives late (events
 * are handled concurrently) or a taken-back one makes the learner's sequence for that skill be
 * replayed from the stored observations, so the estimate is always that of the evidence in order.
 */
@Component
public class MasteryTracker {

    private final ObservationStore observations;
    private final StateStore states;
    private final ParameterStore parameters;
    private final ApplicationEventPublisher events;
    private final double threshold;

    MasteryTracker(ObservationStore observations, StateStore states, ParameterStore parameters,
            ApplicationEventPublisher events, MasteryProperties properties) {
        this.observations = observations;
        this.states = states;
        this.parameters = parameters;
        this.events = events;
        this.threshold = properties.threshold();
    }

    /** Records one observation and moves the learner's estimate; a redelivered one changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void observe(Observation observation) {
        LearnerSkill who = new LearnerSkill(observation.courseId(), observation.skillKey(), observation.learner());
        BktParameters p = parameters.of(observation.courseId(), observation.skillKey());
        Optional<SkillState> locked = states.lock(who);
        if (locked.isEmpty()) {
            states.insert(new SkillState(who.courseId(), who.skillKey(), who.learner(), observation.tenantId(),
                    observation.userId(), p.prior(), 0, 0, null, null));
            locked = states.lock(who);
        }
        if (observations.exists(observation)) {
            return;
        }
        observations.insert(observation);
        SkillState before = locked.orElseThrow();
        SkillState after;
        if (before.lastObservedAt() == null || !observation.observedAt().isBefore(before.lastObservedAt())) {
            double known = p.update(before.known(), observation.correct());
            after = new SkillState(who.courseId(), who.skillKey(), who.learner(), before.tenantId(),
                    observation.userId() != null ? observation.userId() : before.userId(), known, before.observations() + 1,
                    before.correct() + (observation.correct() ? 1 : 0), observation.observedAt(), before.masteredAt());
        } else {
            after = replayed(before, p);
        }
        save(before, after, observation.observedAt());
    }

    /** Takes a voided statement's observations back out and recomputes the estimates they moved. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeBack(UUID tenantId, UUID statementId, Instant now) {
        List<LearnerSkill> moved = observations.observedBy(tenantId, statementId);
        for (LearnerSkill who : moved) {
            states.lock(who);
        }
        observations.delete(tenantId, statementId);
        for (LearnerSkill who : moved) {
            states.lock(who).ifPresent(before -> save(before,
                    replayed(before, parameters.of(who.courseId(), who.skillKey())), now));
        }
    }

    /** Recomputes a learner's estimate of a skill with new parameters (after a refit). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(LearnerSkill who, BktParameters p, Instant now) {
        states.lock(who).ifPresent(before -> save(before, replayed(before, p), now));
    }

    /** The estimate from the learner's stored observations of the skill, in order. */
    private SkillState replayed(SkillState state, BktParameters p) {
        List<Observation> sequence = observations.inOrder(new LearnerSkill(state.courseId(), state.skillKey(), state.learner()));
        double known = p.prior();
        int correct = 0;
        Instant last = null;
        for (Observation o : sequence) {
            known = p.update(known, o.correct());
            correct += o.correct() ? 1 : 0;
            last = o.observedAt();
        }
        return new SkillState(state.courseId(), state.skillKey(), state.learner(), state.tenantId(), state.userId(), known,
                sequence.size(), correct, last, state.masteredAt());
    }

    /**
     * Stores the new estimate with its mastery and announces the change: {@link SkillMastered} when
     * it crosses the threshold upwards, {@link MasteryChanged} whenever it moves.
     */
    private void save(SkillState before, SkillState after, Instant at) {
        boolean mastered = after.known() >= threshold;
        Instant masteredAt = mastered ? (before.masteredAt() != null ? before.masteredAt() : at) : null;
        SkillState stored = new SkillState(after.courseId(), after.skillKey(), after.learner(), after.tenantId(),
                after.userId(), after.known(), after.observations(), after.correct(), after.lastObservedAt(), masteredAt);
        states.update(stored);
        if (Math.abs(before.known() - after.known()) > 1e-12 || before.observations() != after.observations()) {
            events.publishEvent(new MasteryChanged(after.tenantId(), after.courseId(), after.skillKey(), after.learner(),
                    after.userId(), before.known(), after.known(), mastered, at));
        }
        if (mastered && before.masteredAt() == null) {
            events.publishEvent(new SkillMastered(after.tenantId(), after.courseId(), after.skillKey(), after.learner(),
                    after.userId(), after.known(), at));
        }
    }
}
