package io.pathwise.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.ItemType;
import io.pathwise.assessment.item.Option;
import io.pathwise.assessment.item.ParameterRange;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.assessment.item.QuizDefinition.Draw;
import io.pathwise.assessment.item.QuizDefinition.FeedbackPolicy;
import io.pathwise.assessment.item.QuizDefinition.QuizMode;
import io.pathwise.catalog.packaging.PackageFiles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What export writes, import reads back unchanged: package files, and items stored or sent as JSON. */
class AssessmentRoundTripTest {

    private static final Set<String> SKILLS = Set.of("equivalent-fractions", "fraction-of-an-amount", "simplifying-fractions");

    static final List<ItemDefinition> ITEMS = List.of(
            item("halves", ItemType.SINGLE_CHOICE, new ItemSpec.Choice(
                    List.of(new Option("a", "2/4"), new Option("b", "2/3")), Set.of("a"), false)),
            item("all-halves", ItemType.MULTIPLE_CHOICE, new ItemSpec.Choice(
                    List.of(new Option("a", "2/4"), new Option("b", "3/6"), new Option("c", "3/4")), Set.of("a", "b"), true)),
            new ItemDefinition("of-amount", ItemType.NUMERIC, List.of("fraction-of-an-amount", "equivalent-fractions"), 4,
                    "What is {a}/{b} of {= b * c} sweets?", parameters(), List.of("Find 1/{b} first.", "Then times {a}."),
                    "1/{b} of {= b * c} is {c}.\n\nSo {a}/{b} is {= a * c}.\n",
                    new ItemSpec.Numeric("a * c", 0.25, List.of("sweets", "sweet"))),
            item("explain", ItemType.SHORT_TEXT, new ItemSpec.Text(List.of(), List.of(), false, true)),
            item("simplest", ItemType.SHORT_TEXT, new ItemSpec.Text(List.of("3/4"), List.of("3 ?/ ?4", "three quarters?"),
                    true, false)),
            item("order", ItemType.ORDERING, new ItemSpec.Ordering(List.of(new Option("x", "1/4"), new Option("y", "1/2"),
                    new Option("z", "3/4")))),
            item("match", ItemType.MATCHING, new ItemSpec.Matching(List.of(
                    new ItemSpec.Matching.Pair(new Option("l1", "1/2"), new Option("r1", "2/4")),
                    new ItemSpec.Matching.Pair(new Option("l2", "1/3"), new Option("r2", "2/6"))),
                    List.of(new Option("r3", "3/4")))),
            new ItemDefinition("blanks", ItemType.FILL_IN_THE_BLANK, List.of("simplifying-fractions"), 1,
                    "{a}/{= a * 2} = [[top]]/2, one [[word]]", Map.of("a", new ParameterRange(2, 9)), List.of(), "",
                    new ItemSpec.Blanks(blanks())));

    static final List<QuizDefinition> QUIZZES = List.of(
            new QuizDefinition("halves-quiz", QuizMode.GRADED, 15, 2, Instant.parse("2026-09-01T08:00:00Z"),
                    Instant.parse("2026-09-30T22:00:00Z"), FeedbackPolicy.AFTER_DUE, 0.8, true, List.of("halves", "explain"),
                    List.of(new Draw("equivalent-fractions", 2))),
            new QuizDefinition("warm-up", QuizMode.PRACTICE, null, null, null, null, FeedbackPolicy.IMMEDIATE, 0.5, false,
                    List.of("blanks", "order"), List.of()));

    private static final Map<String, List<String>> ACTIVITIES = Map.of(
            "halves-quiz", List.of("equivalent-fractions"),
            "warm-up", List.of("simplifying-fractions", "equivalent-fractions"));

    @Test
    void anExportedAssessmentFolderReadsBackAsTheSameItemsAndQuizzes() {
        Map<String, byte[]> files = AssessmentPackageWriter.write(ITEMS, QUIZZES);

        AssessmentPackageReader.Result read = AssessmentPackageReader.read(PackageFiles.of(files), SKILLS, ACTIVITIES);

        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).containsExactlyInAnyOrderElementsOf(ITEMS);
        assertThat(read.quizzes()).containsExactlyElementsOf(QUIZZES);
        assertThat(files).containsOnlyKeys("assessment/items/equivalent-fractions.yaml",
                "assessment/items/fraction-of-an-amount.yaml", "assessment/items/simplifying-fractions.yaml",
                "assessment/quizzes/halves-quiz.yaml", "assessment/quizzes/warm-up.yaml");
    }

    @Test
    void anExportedBankKeepsItsItemsInOrderAndWritesSeveralLineTextsAsBlocksAnAuthorCanEdit() {
        String bank = new String(AssessmentPackageWriter.write(ITEMS, List.of())
                .get("assessment/items/fraction-of-an-amount.yaml"), StandardCharsets.UTF_8);

        assertThat(bank).startsWith("items:\n  - id: of-amount\n    type: numeric\n");
        assertThat(bank).contains("    solution: |\n      1/{b} of {= b * c} is {c}.\n\n      So {a}/{b} is {= a * c}.\n");
    }

    @Test
    void anItemStoredAsJsonReadsBackAsTheSameItem() {
        JsonMapper json = JsonMapper.builder().build();
        for (ItemDefinition item : ITEMS) {
            String stored = json.writeValueAsString(ItemYaml.toMap(item));

            ItemYaml.Result read = ItemYaml.read("item", stored, SKILLS);

            assertThat(read.problems()).as(stored).isEmpty();
            assertThat(read.item()).isEqualTo(item);
        }
    }

    @Test
    void aQuizFileWritesItsSettingsInTheDocumentedOrder() {
        assertThat(QuizYaml.toMap(QUIZZES.get(0))).containsExactly(
                Map.entry("mode", "graded"), Map.entry("time-limit-minutes", 15), Map.entry("attempts", 2),
                Map.entry("opens", "2026-09-01T08:00:00Z"), Map.entry("due", "2026-09-30T22:00:00Z"),
                Map.entry("feedback", "after-due"), Map.entry("passing-score", 0.8), Map.entry("shuffle-items", true),
                Map.entry("items", List.of("halves", "explain")),
                Map.entry("draws", List.of(Map.of("skill", "equivalent-fractions", "count", 2))));
    }

    private static ItemDefinition item(String key, ItemType type, ItemSpec spec) {
        return new ItemDefinition(key, type, List.of("equivalent-fractions"), 2, "Prompt of " + key + " with *Markdown*",
                Map.of(), List.of("A hint."), "The worked solution.", spec);
    }

    private static Map<String, ParameterRange> parameters() {
        Map<String, ParameterRange> parameters = new LinkedHashMap<>();
        parameters.put("a", new ParameterRange(1, 4));
        parameters.put("b", new ParameterRange(5, 9));
        parameters.put("c", new ParameterRange(-3, 6));
        return parameters;
    }

    private static Map<String, ItemSpec.Blanks.Blank> blanks() {
        Map<String, ItemSpec.Blanks.Blank> blanks = new LinkedHashMap<>();
        blanks.put("top", new ItemSpec.Blanks.Blank(List.of(), "1", 0.5));
        blanks.put("word", new ItemSpec.Blanks.Blank(List.of("half", "one half"), null, 0));
        return blanks;
    }
}
