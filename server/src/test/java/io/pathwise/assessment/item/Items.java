package io.pathwise.assessment.item;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Items and answers for the tests, written as briefly as the YAML an author would write. */
final class Items {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Items() {
    }

    static ItemDefinition item(String key, ItemType type, String prompt, ItemSpec spec) {
        return new ItemDefinition(key, type, List.of("skill"), 1, prompt, Map.of(), List.of(), null, spec);
    }

    static ItemDefinition withParameters(ItemDefinition item, Map<String, ParameterRange> parameters) {
        return new ItemDefinition(item.key(), item.type(), item.skills(), item.difficulty(), item.prompt(), parameters,
                item.hints(), item.solution(), item.spec());
    }

    static ItemDefinition withSkills(ItemDefinition item, String... skills) {
        return new ItemDefinition(item.key(), item.type(), List.of(skills), item.difficulty(), item.prompt(),
                item.parameters(), item.hints(), item.solution(), item.spec());
    }

    static ItemDefinition singleChoice() {
        return item("halves", ItemType.SINGLE_CHOICE, "Which fraction is equal to 1/2?",
                new ItemSpec.Choice(List.of(new Option("a", "2/4"), new Option("b", "2/3"), new Option("c", "3/4")),
                        Set.of("a"), true));
    }

    static ItemDefinition multipleChoice() {
        return item("evens", ItemType.MULTIPLE_CHOICE, "Which are even?",
                new ItemSpec.Choice(List.of(new Option("a", "2"), new Option("b", "3"), new Option("c", "4"),
                        new Option("d", "5")), Set.of("a", "c"), true));
    }

    static ItemDefinition numeric(String answer, double tolerance, String... units) {
        return item("length", ItemType.NUMERIC, "How long?", new ItemSpec.Numeric(answer, tolerance, List.of(units)));
    }

    static ItemDefinition shortText(List<String> answers, List<String> patterns, boolean caseSensitive) {
        return item("capital", ItemType.SHORT_TEXT, "Capital of France?",
                new ItemSpec.Text(answers, patterns, caseSensitive, false));
    }

    static ItemDefinition essay() {
        return item("essay", ItemType.SHORT_TEXT, "Explain why.", new ItemSpec.Text(List.of(), List.of(), false, true));
    }

    static ItemDefinition ordering() {
        return item("sizes", ItemType.ORDERING, "Smallest first",
                new ItemSpec.Ordering(List.of(new Option("x", "1/4"), new Option("y", "1/3"), new Option("z", "1/2"))));
    }

    static ItemDefinition matching() {
        return item("pairs", ItemType.MATCHING, "Match the equal fractions", new ItemSpec.Matching(List.of(
                new ItemSpec.Matching.Pair(new Option("l1", "1/2"), new Option("r1", "2/4")),
                new ItemSpec.Matching.Pair(new Option("l2", "1/3"), new Option("r2", "2/6")),
                new ItemSpec.Matching.Pair(new Option("l3", "1/4"), new Option("r3", "2/8")),
                new ItemSpec.Matching.Pair(new Option("l4", "1/5"), new Option("r4", "2/10"))),
                List.of(new Option("d1", "3/7"))));
    }

    static ItemDefinition blanks() {
        return item("fill", ItemType.FILL_IN_THE_BLANK, "[[animal]] has [[legs]] legs and [[half]] of them are front legs.",
                new ItemSpec.Blanks(Map.of(
                        "legs", new ItemSpec.Blanks.Blank(null, "2 * 2", 0),
                        "animal", new ItemSpec.Blanks.Blank(List.of("A cat", "a dog"), null, 0),
                        "half", new ItemSpec.Blanks.Blank(null, "1/2", 0))));
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
