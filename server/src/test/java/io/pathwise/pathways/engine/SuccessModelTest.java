package io.pathwise.pathways.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SuccessModelTest {

    private final SuccessModel model = SuccessModel.DEFAULT;

    @Test
    void atAverageDifficultyItIsKnowledgeTracingsProbabilityOfARightAnswer() {
        assertThat(model.expected(0.3, 0.2, 0.1, 3)).isCloseTo(0.3 * 0.9 + 0.7 * 0.2, within(1e-12));
    }

    @Test
    void harderActivitiesAreExpectedToGoWorseAndBetterKnowledgeBetter() {
        for (int difficulty = 1; difficulty < 5; difficulty++) {
            assertThat(model.expected(0.5, 0.2, 0.1, difficulty + 1))
                    .isLessThan(model.expected(0.5, 0.2, 0.1, difficulty));
        }
        assertThat(model.expected(0.8, 0.2, 0.1, 4)).isGreaterThan(model.expected(0.4, 0.2, 0.1, 4));
    }

    @Test
    void aLearnerWhoKnowsTheSkillStillSlipsMoreOnHarderItems() {
        assertThat(model.expected(1.0, 0.2, 0.1, 3)).isCloseTo(0.9, within(1e-12));
        assertThat(model.expected(1.0, 0.2, 0.1, 5)).isLessThan(0.9);
    }

    @Test
    void aStepOfZeroIgnoresDifficulty() {
        SuccessModel flat = new SuccessModel(0);

        assertThat(flat.expected(0.4, 0.2, 0.1, 1)).isCloseTo(flat.expected(0.4, 0.2, 0.1, 5), within(1e-12));
    }
}
