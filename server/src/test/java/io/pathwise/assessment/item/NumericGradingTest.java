package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numeric credit: the number within the tolerance, and the unit when one is asked for. */
class NumericGradingTest {

    private static final ItemDefinition HALVES = Items.numeric("7 / 2", 0, "cm", "centimetres");

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\": \"3.5\", \"unit\": \"cm\"}", "{\"value\": \"3.5 cm\"}", "{\"value\": \"7/2cm\"}",
        "{\"value\": \"3 1/2\", \"unit\": \"centimetres\"}", "{\"value\": 3.5, \"unit\": \" cm \"}"})
    void givesFullCreditForTheRightNumberWithAnAcceptedUnit(String answer) {
        assertThat(ItemGrader.grade(HALVES, 1, json(answer))).isEqualTo(new ItemGrade(1, true, false, "3.5 cm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\": \"3.5\"}", "{\"value\": \"3.5\", \"unit\": \"mm\"}", "{\"value\": \"3.5 m\"}",
        "{\"value\": \"3.5\", \"unit\": \"\"}", "{\"value\": \"3.5 CM\"}"})
    void givesHalfCreditForTheRightNumberWithAMissingOrWrongUnit(String answer) {
        ItemGrade grade = ItemGrader.grade(HALVES, 1, json(answer));
        assertThat(grade.score()).isEqualTo(0.5);
        assertThat(grade.correct()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"value\": \"3.6 cm\"}", "{\"value\": \"-3.5 cm\"}", "{\"value\": \"three and a half\"}",
        "{\"value\": \"\"}", "{\"value\": \"3,5 cm\"}"})
    void givesNoCreditForAWrongOrUnreadableNumber(String answer) {
        assertThat(ItemGrader.grade(HALVES, 1, json(answer)).score()).isZero();
    }

    @Test
    void acceptsNumbersWithinTheToleranceWithSlackForRounding() {
        ItemDefinition pi = Items.numeric("3.14", 0.01);
        assertThat(ItemGrader.grade(pi, 1, json("{\"value\": \"3.15\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(pi, 1, json("{\"value\": \"3.13\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(pi, 1, json("{\"value\": \"3.1501\"}")).score()).isZero();
        assertThat(ItemGrader.grade(pi, 1, json("{\"value\": \"3\"}")).expected()).isEqualTo("3.14 (± 0.01)");
        assertThat(ItemGrader.grade(Items.numeric("0.1 + 0.2", 0), 1, json("{\"value\": \"0.3\"}")).score()).isEqualTo(1);
    }

    @Test
    void anItemWithoutUnitsIgnoresAUnitGiven() {
        ItemDefinition plain = Items.numeric("12", 0);
        assertThat(ItemGrader.grade(plain, 1, json("{\"value\": \"12 apples\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(plain, 1, json("{\"value\": \"12\", \"unit\": \"kg\"}")).score()).isEqualTo(1);
    }

    @Test
    void gradesAgainstTheVariantsOwnAnswer() {
        ItemDefinition product = Items.withParameters(Items.numeric("a * b", 0),
                Map.of("a", new ParameterRange(2, 9), "b", new ParameterRange(2, 9)));
        for (long seed = 0; seed < 20; seed++) {
            Map<String, Long> values = new Variant(product, seed).values();
            long right = values.get("a") * values.get("b");
            ItemGrade grade = ItemGrader.grade(product, seed, json("{\"value\": \"" + right + "\"}"));
            assertThat(grade.score()).isEqualTo(1);
            assertThat(grade.expected()).isEqualTo(String.valueOf(right));
            assertThat(ItemGrader.grade(product, seed, json("{\"value\": \"" + (right + 1) + "\"}")).score()).isZero();
        }
    }

    @Test
    void refusesAValueOfTheWrongTypeAMissingValueAndOverlongText() {
        assertThatThrownBy(() -> ItemGrader.grade(HALVES, 1, json("{\"value\": true}")))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("'value' must be a string");
        assertThatThrownBy(() -> ItemGrader.grade(HALVES, 1, json("{\"unit\": \"cm\"}"))).hasMessage("'value' is missing");
        assertThatThrownBy(() -> ItemGrader.grade(HALVES, 1, json("{\"value\": \"3.5\", \"unit\": 4}")))
                .hasMessage("'unit' must be a string");
        String tooLong = "1".repeat(AnswerJson.MAX_TEXT + 1);
        assertThatThrownBy(() -> ItemGrader.grade(HALVES, 1, json("{\"value\": \"" + tooLong + "\"}")))
                .hasMessage("'value' must be at most 2000 characters");
    }
}
