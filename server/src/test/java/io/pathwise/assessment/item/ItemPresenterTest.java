package io.pathwise.assessment.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What a learner sees of each type of item in one attempt. */
class ItemPresenterTest {

    @Test
    void theSameItemAndSeedAlwaysGiveTheSamePresentation() {
        for (ItemDefinition item : List.of(Items.singleChoice(), Items.ordering(), Items.matching(), Items.blanks(),
                parameterised())) {
            for (long seed = 0; seed < 20; seed++) {
                assertThat(ItemPresenter.present(item, seed)).isEqualTo(ItemPresenter.present(item, seed));
            }
        }
    }

    @Test
    void rendersParametersIntoPromptChoicesHintsAndSolution() {
        ItemDefinition item = parameterised();
        for (long seed = 0; seed < 10; seed++) {
            Variant variant = new Variant(item, seed);
            long a = variant.values().get("a");
            PresentedItem presented = ItemPresenter.present(item, seed);

            assertThat(presented.prompt()).isEqualTo("What is " + a + " × 2?");
            assertThat(presented.choices()).extracting(Option::text)
                    .containsExactlyInAnyOrder(String.valueOf(2 * a), String.valueOf(2 * a + 1));
            assertThat(presented.hints()).containsExactly("Add " + a + " to itself.");
            assertThat(presented.solution()).isEqualTo(a + " + " + a + " = " + 2 * a);
        }
    }

    @Test
    void shufflesChoicesDifferentlyAcrossSeeds() {
        Set<List<String>> orders = new HashSet<>();
        LongStream.range(0, 50).forEach(seed -> orders.add(
                ItemPresenter.present(Items.multipleChoice(), seed).choices().stream().map(Option::id).toList()));
        assertThat(orders).hasSizeGreaterThan(12); // of 24
    }

    @Test
    void keepsTheAuthorsChoiceOrderWhenShuffleIsOff() {
        ItemSpec.Choice spec = (ItemSpec.Choice) Items.multipleChoice().spec();
        ItemDefinition fixed = Items.item("fixed", ItemType.MULTIPLE_CHOICE, "?",
                new ItemSpec.Choice(spec.choices(), spec.correct(), false));
        LongStream.range(0, 20).forEach(seed -> assertThat(ItemPresenter.present(fixed, seed).choices())
                .isEqualTo(spec.choices()));
    }

    @Test
    void presentsAChoiceItemWithEmptyListsForWhatItDoesNotUse() {
        PresentedItem presented = ItemPresenter.present(Items.singleChoice(), 1);

        assertThat(presented.key()).isEqualTo("halves");
        assertThat(presented.type()).isEqualTo("single-choice");
        assertThat(presented.choices()).hasSize(3);
        assertThat(presented.order()).isEmpty();
        assertThat(presented.left()).isEmpty();
        assertThat(presented.right()).isEmpty();
        assertThat(presented.blanks()).isEmpty();
        assertThat(presented.units()).isEmpty();
        assertThat(presented.hints()).isEmpty();
        assertThat(presented.solution()).isNull();
    }

    @Test
    void neverPresentsAnOrderingOfThreeOrMoreEntriesAlreadyInTheRightOrder() {
        for (long seed = 0; seed < 2_000; seed++) {
            assertThat(ItemPresenter.present(Items.ordering(), seed).order()).extracting(Option::id)
                    .containsExactlyInAnyOrder("x", "y", "z").isNotEqualTo(List.of("x", "y", "z"));
        }
    }

    @Test
    void showsAnOrderingOfTwoEntriesInEitherOrderHalfTheTimeSoItsOrderTellsNothing() {
        ItemDefinition two = Items.item("two", ItemType.ORDERING, "?",
                new ItemSpec.Ordering(List.of(new Option("x", "first"), new Option("y", "second"))));
        int right = 0;
        for (long seed = 0; seed < 2_000; seed++) {
            List<String> shown = ItemPresenter.present(two, seed).order().stream().map(Option::id).toList();
            assertThat(shown).containsExactlyInAnyOrder("x", "y");
            right += shown.equals(List.of("x", "y")) ? 1 : 0;
        }
        // Always reversed, as before, gave the answer away: the learner only had to swap the two.
        assertThat(right).isBetween(900, 1_100);
    }

    @Test
    void presentsEveryWrongOrderOfAnOrderingSomewhere() {
        Set<List<String>> orders = new HashSet<>();
        LongStream.range(0, 200).forEach(seed -> orders.add(
                ItemPresenter.present(Items.ordering(), seed).order().stream().map(Option::id).toList()));
        assertThat(orders).hasSize(5); // 3! orders less the right one
    }

    @Test
    void presentsMatchingLeftInAuthorOrderAndRightShuffledWithDistractors() {
        Set<List<String>> rightOrders = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            PresentedItem presented = ItemPresenter.present(Items.matching(), seed);
            assertThat(presented.left()).extracting(Option::id).containsExactly("l1", "l2", "l3", "l4");
            assertThat(presented.right()).extracting(Option::id).containsExactlyInAnyOrder("r1", "r2", "r3", "r4", "d1");
            rightOrders.add(presented.right().stream().map(Option::id).toList());
        }
        assertThat(rightOrders).hasSizeGreaterThan(20);
    }

    @Test
    void listsASharedRightOptionOnce() {
        Option even = new Option("even", "even");
        ItemDefinition sorting = Items.item("sort", ItemType.MATCHING, "?", new ItemSpec.Matching(List.of(
                new ItemSpec.Matching.Pair(new Option("two", "2"), even),
                new ItemSpec.Matching.Pair(new Option("four", "4"), even),
                new ItemSpec.Matching.Pair(new Option("three", "3"), new Option("odd", "odd"))), List.of()));
        assertThat(ItemPresenter.present(sorting, 4).right()).extracting(Option::id).containsExactlyInAnyOrder("even", "odd");
    }

    @Test
    void listsBlanksInPromptOrderAndKeepsTheirMarkers() {
        PresentedItem presented = ItemPresenter.present(Items.blanks(), 9);

        assertThat(presented.blanks()).containsExactly("animal", "legs", "half");
        assertThat(presented.prompt()).contains("[[animal]]").contains("[[legs]]").contains("[[half]]");
    }

    @Test
    void listsABlankTheSpecHasButThePromptLacksAfterThePromptsBlanks() {
        ItemSpec.Blanks spec = new ItemSpec.Blanks(Map.of(
                "b", new ItemSpec.Blanks.Blank(List.of("x"), null, 0),
                "a", new ItemSpec.Blanks.Blank(List.of("y"), null, 0),
                "c", new ItemSpec.Blanks.Blank(List.of("z"), null, 0)));
        ItemDefinition item = Items.item("gaps", ItemType.FILL_IN_THE_BLANK, "[[c]] then [[b]] then [[c]] and [[unknown]]", spec);

        assertThat(ItemPresenter.present(item, 1).blanks()).containsExactly("c", "b", "a");
    }

    @Test
    void listsTheUnitsOfANumericItem() {
        PresentedItem presented = ItemPresenter.present(Items.numeric("3.5", 0, "cm", "centimetres"), 1);
        assertThat(presented.units()).containsExactly("cm", "centimetres");
        assertThat(presented.type()).isEqualTo("numeric");
    }

    private static ItemDefinition parameterised() {
        return new ItemDefinition("double", ItemType.SINGLE_CHOICE, List.of("skill"), 1, "What is {a} × 2?",
                Map.of("a", new ParameterRange(2, 50)), List.of("Add {a} to itself."), "{a} + {a} = {= 2 * a}",
                new ItemSpec.Choice(List.of(new Option("right", "{= a * 2}"), new Option("wrong", "{= a * 2 + 1}")),
                        Set.of("right"), true));
    }
}
