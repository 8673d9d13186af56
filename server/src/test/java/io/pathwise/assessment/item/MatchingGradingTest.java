package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching credit: the share of left entries given their partner. */
class MatchingGradingTest {

    @Test
    void givesFullCreditWhenEveryLeftEntryHasItsPartner() {
        ItemGrade grade = ItemGrader.grade(Items.matching(), 1,
                json("{\"pairs\": {\"l1\": \"r1\", \"l2\": \"r2\", \"l3\": \"r3\", \"l4\": \"r4\"}}"));
        assertThat(grade).isEqualTo(new ItemGrade(1, true, false, "1/2 → 2/4; 1/3 → 2/6; 1/4 → 2/8; 1/5 → 2/10"));
    }

    @Test
    void givesTheShareOfLeftEntriesMatchedRight() {
        assertThat(ItemGrader.grade(Items.matching(), 1,
                json("{\"pairs\": {\"l1\": \"r1\", \"l2\": \"r3\", \"l3\": \"r2\", \"l4\": \"r4\"}}")).score()).isEqualTo(0.5);
        assertThat(ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": {\"l1\": \"r1\", \"l4\": \"d1\"}}")).score())
                .isEqualTo(0.25);
    }

    @Test
    void givesNoCreditWhenNothingIsMatchedRight() {
        assertThat(ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": {\"l1\": \"d1\", \"l2\": \"r1\"}}")).score())
                .isZero();
        assertThat(ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": {}}")).score()).isZero();
    }

    @Test
    void letsSeveralLeftEntriesShareARightOption() {
        Option even = new Option("even", "even");
        ItemDefinition sorting = Items.item("sort", ItemType.MATCHING, "?", new ItemSpec.Matching(List.of(
                new ItemSpec.Matching.Pair(new Option("two", "2"), even),
                new ItemSpec.Matching.Pair(new Option("four", "4"), even),
                new ItemSpec.Matching.Pair(new Option("three", "3"), new Option("odd", "odd"))), List.of()));
        assertThat(ItemGrader.grade(sorting, 1,
                json("{\"pairs\": {\"two\": \"even\", \"four\": \"even\", \"three\": \"odd\"}}")).correct()).isTrue();
    }

    @Test
    void refusesUnknownLeftAndRightIdsAndNonStringPartners() {
        assertThatThrownBy(() -> ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": {\"l9\": \"r1\"}}")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("'pairs' key 'l9' must be one of the item's left ids");
        assertThatThrownBy(() -> ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": {\"l1\": \"r9\"}}")))
                .hasMessage("'pairs.l1' must be one of the item's right-hand ids, not 'r9'");
        assertThatThrownBy(() -> ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": {\"l1\": [\"r1\"]}}")))
                .hasMessage("'pairs.l1' must be a string");
        assertThatThrownBy(() -> ItemGrader.grade(Items.matching(), 1, json("{\"pairs\": [[\"l1\", \"r1\"]]}")))
                .hasMessageContaining("'pairs' must be an object");
    }
}
