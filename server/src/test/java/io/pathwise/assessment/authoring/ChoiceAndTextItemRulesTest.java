package io.pathwise.assessment.authoring;

import static io.pathwise.assessment.authoring.ItemProblems.assertProblem;
import static io.pathwise.assessment.authoring.ItemProblems.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.ItemType;
import io.pathwise.assessment.item.Option;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The common rules of every item, and those of choice and short-text items. */
class ChoiceAndTextItemRulesTest {

    private static final String HALVES = """
            id: equivalent-halves
            type: single-choice
            skills: [equivalent-fractions]
            prompt: Which fraction is equal to 1/2?
            choices:
              - { id: a, text: "2/4", correct: true }
              - { id: b, text: "2/3" }
              - { id: c, text: "3/4" }
            hints: ["Multiply top and bottom by the same number."]
            solution: "1 × 2 = 2 and 2 × 2 = 4, so 1/2 = 2/4."
            """;

    @Test
    void aSingleChoiceItemIsReadWithDifficultyThreeAndShuffledChoicesByDefault() {
        ItemYaml.Result result = read(HALVES);

        assertThat(result.problems()).isEmpty();
        assertThat(result.item()).isEqualTo(new ItemDefinition("equivalent-halves", ItemType.SINGLE_CHOICE,
                List.of("equivalent-fractions"), 3, "Which fraction is equal to 1/2?", Map.of(),
                List.of("Multiply top and bottom by the same number."), "1 × 2 = 2 and 2 × 2 = 4, so 1/2 = 2/4.",
                new ItemSpec.Choice(List.of(new Option("a", "2/4"), new Option("b", "2/3"), new Option("c", "3/4")),
                        Set.of("a"), true)));
    }

    @Test
    void aNullIdIsMissingNotTheTextNull() {
        String yaml = HALVES.replace("{ id: b, text: \"2/3\" }", "{ id: null, text: \"2/3\" }");

        assertProblem(read(yaml), yaml, "id: null,", "'id' is required");
        assertThat(read(HALVES.replace("solution: \"1 × 2 = 2 and 2 × 2 = 4, so 1/2 = 2/4.\"", "solution: ~")).item()
                .solution()).as("an optional text given as null is absent, not the text '~'").isEmpty();
    }

    @Test
    void aSingleChoiceItemWithTwoCorrectChoicesIsRefusedWithItsLine() {
        String yaml = HALVES.replace("{ id: b, text: \"2/3\" }", "{ id: b, text: \"2/3\", correct: true }");

        assertProblem(read(yaml), yaml, "id: b,", "exactly one correct choice", "choice 'a' is already marked");
    }

    @Test
    void aMultipleChoiceItemWithoutACorrectChoiceIsRefused() {
        String yaml = HALVES.replace("single-choice", "multiple-choice").replace(", correct: true", "");

        assertProblem(read(yaml), yaml, "choices:", "at least one choice with 'correct: true'");
    }

    @Test
    void aChoiceItemWithOneChoiceOrAChoiceIdUsedTwiceIsRefused() {
        String one = HALVES.replace("  - { id: b, text: \"2/3\" }\n", "").replace("  - { id: c, text: \"3/4\" }\n", "");
        String twice = HALVES.replace("id: c,", "id: b,");

        assertProblem(read(one), one, "choices:", "2 to 10 entries", "it has 1");
        assertProblem(read(twice), twice, "id: b, text: \"3/4\"", "id 'b' is used twice in 'choices'");
    }

    @Test
    void everyProblemOfAnItemIsReportedNotOnlyTheFirst() {
        String yaml = HALVES.replace("id: equivalent-halves", "id: Equivalent Halves")
                .replace("skills: [equivalent-fractions]", "skills: [long-division]")
                .replace("prompt:", "difficulty: 6\nprompt:")
                .replace("solution:", "colour: blue\nsolution:");

        ItemYaml.Result result = read(yaml);

        assertProblem(result, yaml, "id: Equivalent", "'id' must be 1 to 80 lowercase");
        assertProblem(result, yaml, "skills:", "'long-division', which is not a skill");
        assertProblem(result, yaml, "difficulty:", "'difficulty' must be a whole number from 1 to 5");
        assertProblem(result, yaml, "colour:", "'colour' is not a known key");
    }

    @Test
    void aKeyOfAnotherItemTypeIsRefusedAsUnknown() {
        String yaml = HALVES + "tolerance: 0.5\n";

        assertProblem(read(yaml), yaml, "tolerance:", "'tolerance' is not a known key here");
    }

    @Test
    void anUnknownTypeIsRefusedWithTheKnownTypesNamedAndNoNoiseAboutItsKeys() {
        String yaml = HALVES.replace("single-choice", "true-false");

        ItemYaml.Result result = read(yaml);

        assertProblem(result, yaml, "type:", "must be one of single-choice, multiple-choice, numeric", "fill-in-the-blank");
        assertThat(result.problems()).hasSize(1);
    }

    @Test
    void rawHtmlInAHintOrAChoiceIsReportedAtItsOwnLine() {
        String yaml = HALVES.replace("{ id: c, text: \"3/4\" }", "{ id: c, text: \"<b>3/4</b>\" }")
                .replace("hints: [\"Multiply", "hints:\n  - Think of pizza.\n  - \"<i>Multiply")
                .replace("number.\"]", "number.\"");

        ItemYaml.Result result = read(yaml);

        assertProblem(result, yaml, "<b>3/4", "raw HTML");
        assertProblem(result, yaml, "<i>Multiply", "raw HTML");
    }

    @Test
    void aCodeFenceLeftOpenInABlockSolutionIsReportedAtItsLineInTheFile() {
        String yaml = HALVES.replace("solution: \"1 × 2 = 2 and 2 × 2 = 4, so 1/2 = 2/4.\"",
                "solution: |\n  Multiply by 2:\n\n  ```\n  1 × 2 = 2\n");

        assertProblem(read(yaml), yaml, "```", "never closed");
    }

    @Test
    void aShortTextItemNeedsAnswersOrPatternsUnlessAnInstructorGradesIt() {
        String none = """
                id: explain-halves
                type: short-text
                skills: [equivalent-fractions]
                prompt: Why is 2/4 equal to 1/2?
                """;
        String manual = none + "manual: true\n";

        assertProblem(read(none), none, "id: explain-halves", "needs 'answers' or 'patterns'");
        assertThat(read(manual).item().spec()).isEqualTo(new ItemSpec.Text(List.of(), List.of(), false, true));
        assertThat(read(manual).item().manual()).isTrue();
        String manualWithAnswers = manual + "answers: [because]\n";
        assertProblem(read(manualWithAnswers), manualWithAnswers, "manual: true", "graded by the instructor");
    }

    @Test
    void aPatternThatDoesNotCompileOrIsTooLongIsRefusedAtItsLine() {
        String yaml = """
                id: simplest-six-eighths
                type: short-text
                skills: [simplifying-fractions]
                prompt: Write 6/8 in simplest form.
                patterns:
                  - "3 ?/ ?4"
                  - "(3/4"
                  - "%s"
                """.formatted("a".repeat(201));

        ItemYaml.Result result = read(yaml);

        assertProblem(result, yaml, "(3/4", "not a valid regular expression");
        assertProblem(result, yaml, "aaaa", "at most 200 characters");
    }

    @Test
    void aTemplateNamingAParameterTheItemDoesNotDeclareIsRefusedAtItsLine() {
        String yaml = """
                id: third-of
                type: numeric
                skills: [fraction-of-an-amount]
                parameters: { n: {min: 2, max: 9} }
                prompt: |
                  What is 1/3 of {= 3 * n}?

                  Hint: {m} groups.
                answer: n
                """;

        ItemYaml.Result result = read(yaml);

        assertProblem(result, yaml, "Hint: {m}", "'{m}' inserts parameter 'm', which the item does not declare");
        assertThat(result.problems()).hasSize(1);
    }

    @Test
    void anItemSentAsJsonIsCheckedByTheSameRulesWithTheLinesOfTheJsonText() {
        String json = """
                {
                  "id": "halves",
                  "type": "single-choice",
                  "skills": ["equivalent-fractions"],
                  "prompt": "Which fraction is equal to 1/2?",
                  "choices": [
                    {"id": "a", "text": "2/4", "correct": true},
                    {"id": "b", "text": "2/3", "correct": "yes"}
                  ]
                }
                """;

        ItemYaml.Result result = read(json);

        assertProblem(result, json, "\"correct\": \"yes\"", "'correct' must be true or false");
        assertThat(result.problems()).hasSize(1);
    }
}
