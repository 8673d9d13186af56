package io.pathwise.assessment.item;

import static io.pathwise.assessment.item.Items.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Single and multiple choice credit, and the answer shapes they refuse. */
class ChoiceGradingTest {

    @Test
    void singleChoiceGivesFullCreditForTheCorrectChoiceOnly() {
        assertThat(ItemGrader.grade(Items.singleChoice(), 1, json("{\"choice\": \"a\"}")))
                .isEqualTo(new ItemGrade(1, true, false, "2/4"));
        assertThat(ItemGrader.grade(Items.singleChoice(), 1, json("{\"choice\": \"b\"}")))
                .isEqualTo(new ItemGrade(0, false, false, "2/4"));
    }

    @Test
    void singleChoiceRefusesAnIdTheItemDoesNotHave() {
        assertThatThrownBy(() -> ItemGrader.grade(Items.singleChoice(), 1, json("{\"choice\": \"z\"}")))
                .isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("'choice' must be one of the item's choice ids");
    }

    @Test
    void singleChoiceRefusesWrongTypesMissingAndUnexpectedFields() {
        assertThatThrownBy(() -> ItemGrader.grade(Items.singleChoice(), 1, json("{\"choice\": 1}")))
                .isInstanceOf(InvalidAnswerException.class).hasMessage("'choice' must be a string");
        assertThatThrownBy(() -> ItemGrader.grade(Items.singleChoice(), 1, json("{\"choice\": null}")))
                .hasMessage("'choice' is missing");
        assertThatThrownBy(() -> ItemGrader.grade(Items.singleChoice(), 1, json("{\"choices\": [\"a\"]}")))
                .hasMessageContaining("unexpected field 'choices'");
        assertThatThrownBy(() -> ItemGrader.grade(Items.singleChoice(), 1, json("[\"a\"]")))
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void multipleChoiceGivesFullCreditForExactlyTheCorrectChoices() {
        ItemGrade grade = ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"c\", \"a\"]}"));
        assertThat(grade).isEqualTo(new ItemGrade(1, true, false, "2, 4"));
    }

    @Test
    void multipleChoiceGivesPartialCreditAndNeverBelowZero() {
        assertThat(ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"a\"]}")).score()).isEqualTo(0.5);
        assertThat(ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"a\", \"c\", \"b\"]}")).score())
                .isEqualTo(0.5);
        assertThat(ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"a\", \"b\"]}")).score()).isZero();
        ItemGrade everything = ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"a\", \"b\", \"c\", \"d\"]}"));
        assertThat(everything.score()).isZero();
        assertThat(everything.correct()).isFalse();
        assertThat(ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"b\", \"d\"]}")).score()).isZero();
        assertThat(ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": []}")).score()).isZero();
    }

    @Test
    void multipleChoiceRefusesRepeatedUnknownAndNonStringIds() {
        assertThatThrownBy(() -> ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"a\", \"a\"]}")))
                .isInstanceOf(InvalidAnswerException.class).hasMessageContaining("must not repeat 'a'");
        assertThatThrownBy(() -> ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [\"a\", \"q\"]}")))
                .hasMessageContaining("only the item's choice ids, not 'q'");
        assertThatThrownBy(() -> ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": [1]}")))
                .hasMessageContaining("each entry of 'choices' must be a string");
        assertThatThrownBy(() -> ItemGrader.grade(Items.multipleChoice(), 1, json("{\"choices\": \"a\"}")))
                .hasMessageContaining("'choices' must be an array");
    }
}
