package io.pathwise.mastery.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LearnerFoldsTest {

    @Test
    void everyLearnerIsInExactlyOneFoldOfNearlyEqualSize() {
        int[] fold = LearnerFolds.assign(587, 5, 1);

        int[] sizes = new int[5];
        for (int f : fold) {
            assertThat(f).isBetween(0, 4);
            sizes[f]++;
        }
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(587);
        assertThat(Arrays.stream(sizes).max().orElseThrow() - Arrays.stream(sizes).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void theSeedMakesTheSplitReproducible() {
        assertThat(LearnerFolds.assign(100, 5, 7)).isEqualTo(LearnerFolds.assign(100, 5, 7));
        assertThat(LearnerFolds.assign(100, 5, 7)).isNotEqualTo(LearnerFolds.assign(100, 5, 8));
    }

    @Test
    void refusesMoreFoldsThanLearners() {
        assertThatThrownBy(() -> LearnerFolds.assign(3, 5, 1)).hasMessageContaining("at least 5 learners");
    }
}
