package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.MissingNode;

/** What every item type shares: absent answers, draft checks, rounding, and items that cannot be graded. */
class ItemGraderTest {

    private static final ItemDefinition PRODUCT = Items.withParameters(Items.numeric("a * b", 0),
            Map.of("a", new ParameterRange(2, 9), "b", new ParameterRange(2, 9)));

    @Test
    void anAbsentAnswerScoresZeroWithTheVariantsExpectedAnswer() {
        Map<String, Long> values = new Variant(PRODUCT, 4).values();
        ItemGrade expected = new ItemGrade(0, false, false, String.valueOf(values.get("a") * values.get("b")));

        assertThat(ItemGrader.grade(PRODUCT, 4, null)).isEqualTo(expected);
        assertThat(ItemGrader.grade(PRODUCT, 4, MissingNode.getInstance())).isEqualTo(expected);
        assertThat(ItemGrader.grade(PRODUCT, 4, json("null"))).isEqualTo(expected);
        assertThat(ItemGrader.grade(PRODUCT, 4, json("{}"))).isEqualTo(expected);
        assertThat(ItemGrader.unanswered(PRODUCT, 4)).isEqualTo(expected);
    }

    @Test
    void unansweredWithoutASeedScoresZeroAndQueuesNothing() {
        for (ItemDefinition item : List.of(Items.singleChoice(), Items.essay(), PRODUCT, Items.blanks())) {
            assertThat(ItemGrader.unanswered(item)).isEqualTo(new ItemGrade(0, false, false, ""));
        }
    }

    @Test
    void checkShapeNamesWhatIsWrongWithADraft() {
        assertThat(ItemGrader.checkShape(Items.singleChoice(), 1, json("{\"choice\": \"z\"}"))).get().asString()
                .contains("'choice' must be one of the item's choice ids");
        assertThat(ItemGrader.checkShape(Items.ordering(), 1, json("{\"order\": [\"x\", \"x\", \"y\"]}"))).get()
                .asString().contains("must not repeat 'x'");
    }

    @Test
    void checkShapeAcceptsWellFormedWrongAndHalfTypedAnswers() {
        assertThat(ItemGrader.checkShape(Items.singleChoice(), 1, json("{\"choice\": \"b\"}"))).isEmpty();
        assertThat(ItemGrader.checkShape(PRODUCT, 1, json("{\"value\": \"3 1/\"}"))).isEmpty();
        assertThat(ItemGrader.checkShape(Items.blanks(), 1, json("{\"blanks\": {\"legs\": \"\"}}"))).isEmpty();
        assertThat(ItemGrader.checkShape(Items.essay(), 1, null)).isEmpty();
        assertThat(ItemGrader.checkShape(Items.matching(), 1, json("{}"))).isEmpty();
    }

    @Test
    void checkShapeComputesNothingSoABrokenItemStillTakesDrafts() {
        ItemDefinition broken = Items.numeric("1 / 0", 0);
        assertThat(ItemGrader.checkShape(broken, 1, json("{\"value\": \"1\"}"))).isEmpty();
        assertThatThrownBy(() -> ItemGrader.grade(broken, 1, json("{\"value\": \"1\"}")))
                .isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("division by zero");
    }

    @Test
    void refusesToGradeAnItemWhoseSpecDoesNotFitItsType() {
        ItemDefinition mismatched = Items.item("odd", ItemType.NUMERIC, "?", Items.ordering().spec());
        assertThatThrownBy(() -> ItemGrader.grade(mismatched, 1, json("{\"value\": \"1\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 'odd' of type numeric needs a Numeric spec, not Ordering");
    }

    @Test
    void gradesTheSameAnswerTheSameWayEveryTime() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(ItemGrader.grade(PRODUCT, seed, json("{\"value\": \"24\"}")))
                    .isEqualTo(ItemGrader.grade(PRODUCT, seed, json("{\"value\": \"24\"}")));
        }
    }

    @Test
    void roundsScoresToFourDecimals() {
        assertThat(ItemGrader.round(2.0 / 3)).isEqualTo(0.6667);
        assertThat(ItemGrader.round(1.0 / 3)).isEqualTo(0.3333);
        assertThat(ItemGrader.round(0.00005)).isEqualTo(0.0001);
    }

    @Test
    void aGradeRefusesAScoreOutsideZeroToOne() {
        assertThatThrownBy(() -> new ItemGrade(1.5, true, false, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemGrade(Double.NaN, false, false, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
