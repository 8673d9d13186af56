package io.pathwise.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnerStateTest {

    private final SkillState traced = new SkillState(0.9, 0.2, 0.1, List.of(new Answer(true, 0, 0, 0)));
    private final SkillState fittedPrior = SkillState.unseen(0.4, 0.25, 0.05);
    private final SkillState defaults = SkillState.unseen(0.1, 0.2, 0.1);

    @Test
    void aSkillWithEvidenceTakesTheLearnersState() {
        LearnerState learner = new LearnerState(Map.of("a", traced), Map.of("a", fittedPrior), defaults, List.of());

        assertThat(learner.skill("a")).isSameAs(traced);
    }

    @Test
    void aSkillWithoutEvidenceTakesItsOwnPriorThenTheDefaults() {
        LearnerState learner = new LearnerState(Map.of("a", traced), Map.of("b", fittedPrior), defaults, List.of());

        assertThat(learner.skill("b")).isSameAs(fittedPrior);
        assertThat(learner.skill("c")).isSameAs(defaults);
    }

    @Test
    void sharedPriorsAreNotCopiedForEachLearner() {
        Map<String, SkillState> priors = Map.copyOf(Map.of("b", fittedPrior));

        LearnerState one = new LearnerState(Map.of(), priors, defaults, List.of());
        LearnerState two = new LearnerState(Map.of("a", traced), priors, defaults, List.of());

        assertThat(one.priors()).isSameAs(priors).isSameAs(two.priors());
    }
}
