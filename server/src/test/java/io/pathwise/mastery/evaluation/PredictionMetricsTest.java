package io.pathwise.mastery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PredictionMetricsTest {

    @Test
    void aucCountsTiedPredictionsAsHalf() {
        // right answers got 0.4 and 0.8, wrong ones 0.2 and 0.4: pairs (0.4>0.2) 1, (0.4=0.4) 1/2,
        // (0.8>0.2) 1, (0.8>0.4) 1, so 3.5 of 4.
        PredictionMetrics m = PredictionMetrics.of(new double[] {0.2, 0.4, 0.4, 0.8}, new byte[] {0, 0, 1, 1}, 4);

        assertThat(m.auc()).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void rmseAndAccuracyOfAHandCheckedExample() {
        // errors 0.2, 0.4, 0.6, 0.2: mean square 0.6 / 4; 0.4 for a right answer is the one miss
        PredictionMetrics m = PredictionMetrics.of(new double[] {0.2, 0.4, 0.4, 0.8}, new byte[] {0, 0, 1, 1}, 4);

        assertThat(m.rmse()).isCloseTo(Math.sqrt(0.15), within(1e-12));
        assertThat(m.accuracy()).isEqualTo(0.75);
        assertThat(m.count()).isEqualTo(4);
        assertThat(m.right()).isEqualTo(2);
    }

    @Test
    void aucOfPerfectReversedAndConstantPredictions() {
        byte[] answers = {1, 0, 1, 0, 1};
        assertThat(PredictionMetrics.of(new double[] {0.9, 0.1, 0.8, 0.2, 0.7}, answers, 5).auc()).isEqualTo(1.0);
        assertThat(PredictionMetrics.of(new double[] {0.1, 0.9, 0.2, 0.8, 0.3}, answers, 5).auc()).isEqualTo(0.0);
        assertThat(PredictionMetrics.of(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, answers, 5).auc()).isEqualTo(0.5);
    }

    @Test
    void aucMatchesCountingEveryPairOnManyTies() {
        double[] p = new double[200];
        byte[] y = new byte[200];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i * 7 % 10) / 10.0;
            y[i] = (byte) ((i * 13 + i / 3) % 3 == 0 ? 1 : 0);
        }
        double wins = 0;
        double pairs = 0;
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    wins += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }

        assertThat(PredictionMetrics.of(p, y, p.length).auc()).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void aHalfPredictsARightAnswer() {
        assertThat(PredictionMetrics.of(new double[] {0.5, 0.5}, new byte[] {1, 0}, 2).accuracy()).isEqualTo(0.5);
    }

    @Test
    void aucIsUndefinedWhenAllAnswersAreAlike() {
        assertThat(PredictionMetrics.of(new double[] {0.3, 0.6}, new byte[] {1, 1}, 2).auc()).isNaN();
    }

    @Test
    void refusesAPredictionThatIsNotAProbability() {
        assertThatThrownBy(() -> PredictionMetrics.of(new double[] {0.3, 1.07}, new byte[] {1, 0}, 2))
                .hasMessageContaining("1.07");
        assertThatThrownBy(() -> PredictionMetrics.of(new double[] {Double.NaN}, new byte[] {1}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
