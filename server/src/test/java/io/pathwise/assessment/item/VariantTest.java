package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Parameters drawn per attempt, and texts and lists as that attempt sees them. */
class VariantTest {

    private static final ItemDefinition PRODUCT = Items.withParameters(
            Items.numeric("a * b", 0), Map.of("a", new ParameterRange(2, 9), "b", new ParameterRange(2, 9)));

    @Test
    void theSameSeedAlwaysDrawsTheSameValues() {
        for (long seed = -5; seed < 5; seed++) {
            assertThat(new Variant(PRODUCT, seed).values()).isEqualTo(new Variant(PRODUCT, seed).values());
        }
    }

    @Test
    void differentSeedsDrawDifferentValuesAndCoverTheRange() {
        Set<Map<String, Long>> variants = new HashSet<>();
        Set<Long> valuesOfA = new HashSet<>();
        LongStream.range(0, 50).forEach(seed -> {
            Variant variant = new Variant(PRODUCT, seed * 7919);
            variants.add(variant.values());
            valuesOfA.add(variant.values().get("a"));
        });
        assertThat(variants).hasSizeGreaterThan(25); // 64 possible pairs
        assertThat(valuesOfA).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void drawsAreTheDocumentedOnesForAGivenSeedAndKey() {
        ItemDefinition golden = Items.withParameters(Items.item("golden", ItemType.NUMERIC, "?",
                new ItemSpec.Numeric("a", 0, List.of())), Map.of("a", new ParameterRange(2, 9), "b", new ParameterRange(2, 9)));
        assertThat(new Variant(golden, 42).values()).containsEntry("a", 5L).containsEntry("b", 5L);
        assertThat(new Variant(golden, -7).values()).containsEntry("a", 9L).containsEntry("b", 2L);
    }

    @Test
    void addingAParameterDoesNotChangeTheOthers() {
        ItemDefinition more = Items.withParameters(PRODUCT, Map.of("a", new ParameterRange(2, 9),
                "b", new ParameterRange(2, 9), "c", new ParameterRange(0, 100)));
        for (long seed = 0; seed < 20; seed++) {
            assertThat(new Variant(more, seed).values()).containsAllEntriesOf(new Variant(PRODUCT, seed).values());
        }
    }

    @Test
    void theItemKeyIsPartOfTheDraw() {
        ItemDefinition other = new ItemDefinition("other", PRODUCT.type(), PRODUCT.skills(), 1, PRODUCT.prompt(),
                PRODUCT.parameters(), List.of(), null, PRODUCT.spec());
        long differing = LongStream.range(0, 50)
                .filter(seed -> !new Variant(other, seed).values().equals(new Variant(PRODUCT, seed).values())).count();
        assertThat(differing).isGreaterThan(25);
    }

    @Test
    void drawsTheWholeIntRangeWithoutOverflow() {
        ItemDefinition wide = Items.withParameters(PRODUCT,
                Map.of("a", new ParameterRange(Integer.MIN_VALUE, Integer.MAX_VALUE), "b", new ParameterRange(3, 3)));
        Variant variant = new Variant(wide, 11);
        assertThat(variant.values().get("a")).isBetween((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
        assertThat(variant.values().get("b")).isEqualTo(3L);
    }

    @Test
    void rejectsARangeWhoseMinIsAboveItsMax() {
        ItemDefinition upsideDown = Items.withParameters(PRODUCT, Map.of("a", new ParameterRange(5, 4)));
        assertThatThrownBy(() -> new Variant(upsideDown, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a' has min 5 above max 4");
    }

    @Test
    void rendersParametersAndExpressionsIntoMarkdown() {
        Variant variant = new Variant(PRODUCT, 3);
        long a = variant.values().get("a");
        long b = variant.values().get("b");

        assertThat(variant.render("**{a}** × {b} = {= a * b}, {=a/b} each"))
                .isEqualTo("**" + a + "** × " + b + " = " + a * b + ", " + NumberText.format((double) a / b) + " each");
    }

    @Test
    void printsWholeNumbersWithoutDecimalsAndOthersWithAtMostSix() {
        Variant variant = new Variant(Items.numeric("1", 0), 1);
        assertThat(variant.render("{= 6 / 2}|{= 7 / 2}|{= 1 / 3}|{= 2 / 3}|{= 0.1 + 0.2}|{= 0 - 5 / 4}|{= 0 * -1}"))
                .isEqualTo("3|3.5|0.333333|0.666667|0.3|-1.25|0");
    }

    @Test
    void leavesBracesThatAreNotParametersAsWritten() {
        Variant variant = new Variant(PRODUCT, 3);
        assertThat(variant.render("$\\frac{1}{x}$ and {c} and { a } and {A}")).isEqualTo("$\\frac{1}{x}$ and {c} and { a } and {A}");
        assertThat(variant.render(null)).isNull();
    }

    @Test
    void failsWithTheItemKeyOnAnExpressionThatCannotBeComputed() {
        Variant variant = new Variant(PRODUCT, 3);
        assertThatThrownBy(() -> variant.render("{= a / (b - b)}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'length'").hasMessageContaining("division by zero");
        assertThatThrownBy(() -> variant.evaluate("a ** b")).hasMessageContaining("unexpected '*'");
    }

    @Test
    void evaluatesExpressionsWithTheDrawnValues() {
        Variant variant = new Variant(PRODUCT, 8);
        assertThat(variant.evaluate("a * b - 1")).isEqualTo(variant.values().get("a") * variant.values().get("b") - 1);
    }

    @Test
    void shufflesDeterministicallyPerSeedItemAndSalt() {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5, 6, 7, 8);
        Variant variant = new Variant(PRODUCT, 5);

        assertThat(variant.shuffle(numbers, "x")).isEqualTo(new Variant(PRODUCT, 5).shuffle(numbers, "x"))
                .containsExactlyInAnyOrderElementsOf(numbers);
        Set<List<Integer>> orders = new HashSet<>();
        LongStream.range(0, 50).forEach(seed -> orders.add(new Variant(PRODUCT, seed).shuffle(numbers, "x")));
        assertThat(orders).hasSizeGreaterThan(45);
        long saltMatters = LongStream.range(0, 50).filter(seed ->
                !new Variant(PRODUCT, seed).shuffle(numbers, "x").equals(new Variant(PRODUCT, seed).shuffle(numbers, "y")))
                .count();
        assertThat(saltMatters).isGreaterThan(45);
    }
}
