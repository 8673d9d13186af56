package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The derivation of every attempt's randomness, pinned to values computed independently (a Python
 * transcription of FNV-1a and SplitMix64): if any of these change, stored attempts would be shown differently.
 */
class SeedsTest {

    @Test
    void hashesWithTheFnv1aTestVectors() {
        assertThat(Seeds.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(Seeds.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Seeds.fnv1a64("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void splittableRandomIsStillSplitMix64() {
        assertThat(new SplittableRandom(0).nextLong()).isEqualTo(-2152535657050944081L);
    }

    @Test
    void drawsTheSameValuesAsTheDocumentedDerivation() {
        assertThat(Seeds.below(Seeds.stream(42, "param", "golden", "a"), 8) + 2).isEqualTo(5);
        assertThat(Seeds.below(Seeds.stream(-7, "param", "golden", "a"), 8) + 2).isEqualTo(9);
        assertThat(Seeds.below(Seeds.stream(-7, "param", "golden", "b"), 8) + 2).isEqualTo(2);
        assertThat(Seeds.shuffle(List.of("a", "b", "c", "d", "e"), Seeds.stream(42, "shuffle", "golden", "choices")))
                .containsExactly("c", "d", "b", "a", "e");
        assertThat(Seeds.shuffle(List.of("a", "b", "c", "d", "e"), Seeds.stream(0, "shuffle", "golden", "choices")))
                .containsExactly("e", "a", "c", "d", "b");
    }

    @Test
    void separatesThePartsOfAPurposeSoThatTheyCannotRunTogether() {
        assertThat(Seeds.stream(1, "ab", "c").nextLong()).isNotEqualTo(Seeds.stream(1, "a", "bc").nextLong());
    }

    @Test
    void drawsEveryValueOfARangeAboutEquallyOften() {
        SplittableRandom random = Seeds.stream(3, "uniformity");
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < 60_000; i++) {
            counts.merge(Seeds.below(random, 6), 1, Integer::sum);
        }
        assertThat(counts).containsOnlyKeys(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(9_500, 10_500));
    }

    @Test
    void shuffleLeavesItsInputAsItWas() {
        List<String> input = new java.util.ArrayList<>(List.of("a", "b", "c"));
        Seeds.shuffle(input, Seeds.stream(5, "x"));
        assertThat(input).containsExactly("a", "b", "c");
    }
}
