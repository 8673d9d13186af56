package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Ordering credit: the share of pairs in the right relative order. */
class OrderingGradingTest {

    @Test
    void givesFullCreditForTheRightOrder() {
        assertThat(ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"x\", \"y\", \"z\"]}")))
                .isEqualTo(new ItemGrade(1, true, false, "1/4, 1/3, 1/2"));
    }

    @Test
    void givesTheShareOfPairsInTheRightRelativeOrder() {
        // (y, x) is the one pair of three out of order
        assertThat(ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"y\", \"x\", \"z\"]}")).score())
                .isEqualTo(0.6667);
        assertThat(ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"z\", \"x\", \"y\"]}")).score())
                .isEqualTo(0.3333);
    }

    @Test
    void givesNoCreditForTheReverseOrder() {
        ItemGrade grade = ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"z\", \"y\", \"x\"]}"));
        assertThat(grade.score()).isZero();
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void oneEntryOutOfPlaceInTenCostsLittle() {
        List<Option> entries = "abcdefghij".chars().mapToObj(c -> new Option(String.valueOf((char) c), "e" + (char) c))
                .toList();
        ItemDefinition ten = Items.item("ten", ItemType.ORDERING, "?", new ItemSpec.Ordering(entries));
        String moved = List.of("b", "a", "c", "d", "e", "f", "g", "h", "i", "j").stream()
                .map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        assertThat(ItemGrader.grade(ten, 1, json("{\"order\": [" + moved + "]}")).score()).isEqualTo(0.9778);
    }

    @Test
    void refusesRepeatedUnknownAndMissingEntries() {
        assertThatThrownBy(() -> ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"x\", \"x\", \"z\"]}")))
                .isInstanceOf(InvalidAnswerException.class).hasMessage("'order' must not repeat 'x'");
        assertThatThrownBy(() -> ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"x\", \"y\", \"w\"]}")))
                .hasMessageContaining("only the item's entry ids, not 'w'");
        assertThatThrownBy(() -> ItemGrader.grade(Items.ordering(), 1, json("{\"order\": [\"x\", \"y\"]}")))
                .hasMessage("'order' must list all 3 entries, each once");
        assertThatThrownBy(() -> ItemGrader.grade(Items.ordering(), 1, json("{\"order\": {\"x\": 1}}")))
                .hasMessageContaining("'order' must be an array");
    }
}
