package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fill-in-the-blank credit: the share of blanks right, text blanks by text and numeric ones by number. */
class BlanksGradingTest {

    @Test
    void givesFullCreditWhenEveryBlankIsRight() {
        ItemGrade grade = ItemGrader.grade(Items.blanks(), 1,
                json("{\"blanks\": {\"animal\": \" a  CAT \", \"legs\": \"4\", \"half\": \"0.5\"}}"));
        assertThat(grade).isEqualTo(new ItemGrade(1, true, false, "A cat, 4, 0.5"));
    }

    @Test
    void readsNumericBlanksLikeNumericItems() {
        assertThat(ItemGrader.grade(Items.blanks(), 1,
                json("{\"blanks\": {\"animal\": \"a dog\", \"legs\": \"8/2\", \"half\": \"1/2\"}}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(Items.blanks(), 1,
                json("{\"blanks\": {\"animal\": \"a dog\", \"legs\": 4, \"half\": 0.5}}")).score()).isEqualTo(1);
    }

    @Test
    void givesTheShareOfBlanksRightCountingMissingOnesAsWrong() {
        assertThat(ItemGrader.grade(Items.blanks(), 1, json("{\"blanks\": {\"animal\": \"a cat\", \"legs\": \"5\"}}"))
                .score()).isEqualTo(0.3333);
        assertThat(ItemGrader.grade(Items.blanks(), 1,
                json("{\"blanks\": {\"animal\": \"a cat\", \"legs\": \"4\", \"half\": \"half\"}}")).score()).isEqualTo(0.6667);
    }

    @Test
    void givesNoCreditWhenNoBlankIsRight() {
        ItemGrade grade = ItemGrader.grade(Items.blanks(), 1,
                json("{\"blanks\": {\"animal\": \"a cow\", \"legs\": \"3\", \"half\": \"\"}}"));
        assertThat(grade.score()).isZero();
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void computesNumericBlanksFromTheVariant() {
        ItemDefinition product = Items.withParameters(Items.item("times", ItemType.FILL_IN_THE_BLANK, "{a} × {b} = [[p]]",
                new ItemSpec.Blanks(Map.of("p", new ItemSpec.Blanks.Blank(null, "a * b", 0)))),
                Map.of("a", new ParameterRange(2, 9), "b", new ParameterRange(2, 9)));
        for (long seed = 0; seed < 10; seed++) {
            Map<String, Long> values = new Variant(product, seed).values();
            String right = String.valueOf(values.get("a") * values.get("b"));
            assertThat(ItemGrader.grade(product, seed, json("{\"blanks\": {\"p\": \"" + right + "\"}}")).score()).isEqualTo(1);
        }
    }

    @Test
    void refusesAnUnknownBlankAndAValueThatIsNotText() {
        assertThatThrownBy(() -> ItemGrader.grade(Items.blanks(), 1, json("{\"blanks\": {\"tail\": \"1\"}}")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessage("'blanks' key 'tail' must be one of the item's blank ids");
        assertThatThrownBy(() -> ItemGrader.grade(Items.blanks(), 1, json("{\"blanks\": {\"legs\": [4]}}")))
                .hasMessageContaining("'blanks.legs' must be a string");
        assertThatThrownBy(() -> ItemGrader.grade(Items.blanks(), 1, json("{\"blanks\": \"4\"}")))
                .hasMessageContaining("'blanks' must be an object");
    }
}
