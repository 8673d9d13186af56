package io.pathwise.assessment.authoring;

import static io.pathwise.assessment.authoring.ItemProblems.assertProblem;
import static io.pathwise.assessment.authoring.ItemProblems.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.ParameterRange;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of numeric, ordering, matching and fill-in-the-blank items, and of variant parameters. */
class StructuredItemRulesTest {

    private static final String OF_AN_AMOUNT = """
            id: fraction-of-amount
            type: numeric
            skills: [fraction-of-an-amount]
            difficulty: 2
            parameters:
              a: {min: 1, max: 4}
              b: {min: 5, max: 9}
              c: {min: 2, max: 6}
            prompt: "What is {a}/{b} of {= b * c}?"
            answer: a * c
            tolerance: 0.001
            units: [sweets]
            """;

    private static final String BLANKS = """
            id: equivalent-blanks
            type: fill-in-the-blank
            skills: [equivalent-fractions]
            parameters: { k: {min: 2, max: 5} }
            prompt: |
              Complete: 1/3 = [[top]]/{= 3 * k}

              and 1/3 is one [[word]].
            blanks:
              top: { numeric: k }
              word: { answers: [third, "one third"] }
            """;

    @Test
    void aNumericItemWithAnExpressionAnswerOverItsParametersIsRead() {
        ItemYaml.Result result = read(OF_AN_AMOUNT);

        assertThat(result.problems()).isEmpty();
        assertThat(result.item().parameters()).containsExactly(Map.entry("a", new ParameterRange(1, 4)),
                Map.entry("b", new ParameterRange(5, 9)), Map.entry("c", new ParameterRange(2, 6)));
        assertThat(result.item().spec()).isEqualTo(new ItemSpec.Numeric("a * c", 0.001, List.of("sweets")));
    }

    @Test
    void aNumericAnswerUsingAParameterTheItemDoesNotDeclareIsRefusedWithTheDeclaredOnesNamed() {
        String yaml = OF_AN_AMOUNT.replace("answer: a * c", "answer: a * d");

        assertProblem(read(yaml), yaml, "answer:", "unknown parameter 'd'", "(parameters: a, b, c)");
    }

    @Test
    void aNumericAnswerThatIsNeitherANumberNorAnExpressionIsRefused() {
        String mixed = OF_AN_AMOUNT.replace("answer: a * c", "answer: 3 1/2");
        String open = OF_AN_AMOUNT.replace("answer: a * c", "answer: (a * c");

        assertProblem(read(mixed), mixed, "answer:", "unexpected '1'");
        assertProblem(read(open), open, "answer:", "missing ')'");
    }

    @Test
    void aNegativeToleranceIsRefused() {
        String yaml = OF_AN_AMOUNT.replace("tolerance: 0.001", "tolerance: -1");

        assertProblem(read(yaml), yaml, "tolerance:", "'tolerance' must be a number from 0");
    }

    @Test
    void aParameterWithMinAboveMaxOrTooWideARangeIsRefusedAtItsLine() {
        String reversed = OF_AN_AMOUNT.replace("b: {min: 5, max: 9}", "b: {min: 9, max: 5}");
        String wide = OF_AN_AMOUNT.replace("c: {min: 2, max: 6}", "c: {min: 0, max: 1000001}");

        assertProblem(read(reversed), reversed, "b: {min", "'min' 9 above 'max' 5");
        assertProblem(read(wide), wide, "c: {min", "spans more than 1000000 values");
        assertThat(read(reversed).problems()).as("uses of b are not reported again").hasSize(1);
    }

    @Test
    void anItemWithElevenParametersIsRefused() {
        String eight = IntStream.rangeClosed(1, 8).mapToObj(i -> "  p" + i + ": {min: 1, max: 2}\n").collect(Collectors.joining());
        String yaml = OF_AN_AMOUNT.replace("  c: {min: 2, max: 6}\n", "  c: {min: 2, max: 6}\n" + eight);

        assertProblem(read(yaml), yaml, "parameters:", "at most 10 parameters; this one has 11");
    }

    @Test
    void anOrderingWithOneEntryIsRefused() {
        String yaml = """
                id: order-halves
                type: ordering
                skills: [equivalent-fractions]
                prompt: Order from smallest to largest.
                order:
                  - { id: x, text: "1/3" }
                """;

        assertProblem(read(yaml), yaml, "order:", "'order' must have 2 to 10 entries; it has 1");
    }

    @Test
    void aMatchingItemUsingARightHandIdTwiceIsRefused() {
        String yaml = """
                id: match-halves
                type: matching
                skills: [equivalent-fractions]
                prompt: Match equal fractions.
                pairs:
                  - { left: { id: l1, text: "1/2" }, right: { id: r1, text: "2/4" } }
                  - { left: { id: l2, text: "1/3" }, right: { id: r2, text: "2/6" } }
                distractors:
                  - { id: r1, text: "3/4" }
                """;

        assertProblem(read(yaml), yaml, "{ id: r1, text: \"3/4\" }", "id 'r1' is used twice in the right side of 'pairs' and 'distractors'");
    }

    @Test
    void aFillInTheBlankItemWithNumericAndTextBlanksIsRead() {
        ItemYaml.Result result = read(BLANKS);

        assertThat(result.problems()).isEmpty();
        assertThat(((ItemSpec.Blanks) result.item().spec()).blanks()).containsExactly(
                Map.entry("top", new ItemSpec.Blanks.Blank(List.of(), "k", 0)),
                Map.entry("word", new ItemSpec.Blanks.Blank(List.of("third", "one third"), null, 0)));
    }

    @Test
    void aBlankInThePromptWithoutAnEntryIsRefusedAtItsLineAndAnEntryWithoutABlankAtItsOwn() {
        String yaml = BLANKS.replace("one [[word]]", "one [[name]]");

        ItemYaml.Result result = read(yaml);

        assertProblem(result, yaml, "one [[name]]", "the prompt has blank '[[name]]', which has no entry in 'blanks'");
        assertProblem(result, yaml, "word: {", "blank 'word' is not in the prompt");
    }

    @Test
    void aBlankWithBothAnswersAndANumericAnswerIsRefused() {
        String yaml = BLANKS.replace("top: { numeric: k }", "top: { numeric: k, answers: [\"2\"] }");

        assertProblem(read(yaml), yaml, "top: {", "blank 'top' needs either 'answers'");
    }
}
