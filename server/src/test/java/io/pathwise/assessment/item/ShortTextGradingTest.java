package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short text credit: accepted texts and patterns after normalisation; free text waits for an instructor. */
class ShortTextGradingTest {

    private static final ItemDefinition CAPITAL = Items.shortText(List.of("Paris"), List.of("paris,? (france|fr)"), false);

    @Test
    void givesFullCreditForAnAcceptedTextAfterNormalisation() {
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"  PARIS \"}")))
                .isEqualTo(new ItemGrade(1, true, false, "Paris"));
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"Ｐａｒｉｓ\"}")).score()).isEqualTo(1);
    }

    @Test
    void givesFullCreditForAFullMatchOfAPattern() {
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"Paris,   France\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"paris fr\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"paris france!\"}")).score()).isZero();
    }

    @Test
    void givesNoCreditForAnyOtherText() {
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"Lyon\"}")))
                .isEqualTo(new ItemGrade(0, false, false, "Paris"));
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"Pari s\"}")).score()).isZero();
    }

    @Test
    void comparesCaseWhenTheItemIsCaseSensitive() {
        ItemDefinition symbol = Items.shortText(List.of("NaCl"), List.of("H2O|CO2"), true);
        assertThat(ItemGrader.grade(symbol, 1, json("{\"text\": \"NaCl\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(symbol, 1, json("{\"text\": \"nacl\"}")).score()).isZero();
        assertThat(ItemGrader.grade(symbol, 1, json("{\"text\": \"CO2\"}")).score()).isEqualTo(1);
        assertThat(ItemGrader.grade(symbol, 1, json("{\"text\": \"co2\"}")).score()).isZero();
    }

    @Test
    void aBacktrackingPatternGradesAsWrongQuickly() {
        ItemDefinition evil = Items.shortText(List.of(), List.of("(a+)+\\1b", "(a+)+b"), false);
        String answer = "{\"text\": \"" + "a".repeat(41) + "c\"}";
        ItemGrade grade = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ItemGrader.grade(evil, 1, json(answer)));
        assertThat(grade.score()).isZero();
        assertThat(grade.expected()).isEqualTo("(a+)+\\1b");
    }

    @Test
    void freeTextWaitsForItsManualGrade() {
        ItemGrade grade = ItemGrader.grade(Items.essay(), 1, json("{\"text\": \"Because halves are equal.\"}"));
        assertThat(grade).isEqualTo(new ItemGrade(0, false, true, ""));
    }

    @Test
    void blankOrAbsentFreeTextIsNotQueued() {
        assertThat(ItemGrader.grade(Items.essay(), 1, json("{\"text\": \"   \"}")))
                .isEqualTo(new ItemGrade(0, false, false, ""));
        assertThat(ItemGrader.unanswered(Items.essay()).awaitingManualGrade()).isFalse();
        assertThat(ItemGrader.grade(Items.essay(), 1, null).awaitingManualGrade()).isFalse();
    }

    @Test
    void refusesTextOverTwoThousandCharactersAndNonStrings() {
        String tooLong = "a".repeat(2_001);
        assertThatThrownBy(() -> ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"" + tooLong + "\"}")))
                .isInstanceOf(InvalidAnswerException.class).hasMessage("'text' must be at most 2000 characters");
        assertThatThrownBy(() -> ItemGrader.grade(Items.essay(), 1, json("{\"text\": \"" + tooLong + "\"}")))
                .isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> ItemGrader.grade(CAPITAL, 1, json("{\"text\": [\"Paris\"]}")))
                .hasMessage("'text' must be a string");
        assertThat(ItemGrader.grade(CAPITAL, 1, json("{\"text\": \"" + "a".repeat(2_000) + "\"}")).score()).isZero();
    }
}
