package io.pathwise.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BktParametersTest {

    @Test
    void updateAppliesBayesRuleThenLearning() {
        BktParameters p = new BktParameters(0.3, 0.1, 0.2, 0.1, 0);
        // right answer: 0.3 * 0.9 / (0.3 * 0.9 + 0.7 * 0.2) = 0.27 / 0.41
        double posterior = 0.27 / 0.41;
        assertThat(p.update(0.3, true)).isCloseTo(posterior + (1 - posterior) * 0.1, within(1e-12));
        // wrong answer: 0.3 * 0.1 / (0.03 + 0.7 * 0.8)
        double afterWrong = 0.03 / 0.59;
        assertThat(p.update(0.3, false)).isCloseTo(afterWrong + (1 - afterWrong) * 0.1, within(1e-12));
    }

    @Test
    void masteryStaysAProbabilityThroughWrongAnswersAfterNearCertainty() {
        // Fitted on ASSISTments skill 7; from near-certain mastery, wrong answers used to push P(known)
        // above 1 by amplifying a rounding error, and predictions then left [0, 1].
        BktParameters p = new BktParameters(0.7855, 0.0654, 0.0168, 0.1376, 0);
        double known = p.prior();
        for (int i = 0; i < 40; i++) {
            known = p.update(known, true);
        }
        double previous = known;
        for (int i = 0; i < 60; i++) {
            known = p.update(known, false);
            assertThat(known).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            assertThat(p.correct(known)).isBetween(0.0, 1.0);
            previous = known;
        }
    }

    @Test
    void forgettingLowersMasteryAfterEachOpportunity() {
        BktParameters p = new BktParameters(0.5, 0.0, 0.2, 0.1, 0.3);
        assertThat(p.update(1, true)).isCloseTo(0.7, within(1e-12));
    }
}
