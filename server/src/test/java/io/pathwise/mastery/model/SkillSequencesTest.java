package io.pathwise.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SkillSequencesTest {

    @Test
    void keepsEachLearnersAnswersInOrder() {
        SkillSequences data = SimulatedLearners.of("101", "0", "11");

        assertThat(data.learners()).isEqualTo(3);
        assertThat(data.observations()).isEqualTo(6);
        assertThat(data.sequence(0)).containsExactly(true, false, true);
        assertThat(data.sequence(1)).containsExactly(false);
        assertThat(data.sequence(2)).containsExactly(true, true);
    }

    @Test
    void aLearnerWithoutAnswersAddsNoSequence() {
        SkillSequences data = SkillSequences.builder()
                .startLearner().startLearner().add(true)
                .startLearner()
                .build();

        assertThat(data.learners()).isEqualTo(1);
        assertThat(data.sequence(0)).containsExactly(true);
    }

    @Test
    void refusesAnAnswerBeforeAnyLearner() {
        assertThatThrownBy(() -> SkillSequences.builder().add(true)).isInstanceOf(IllegalStateException.class);
    }
}
