package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.Expression;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.ItemType;
import io.pathwise.assessment.item.Option;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads what makes an answer right for each item type (the keys of the type table in
 * docs/assessment.md). Keys of other types are left unread, so the item reports them as unknown.
 */
final class ItemSpecReader {

    static final int MAX_OPTIONS = 10;
    static final int MAX_OPTION_CHARS = 2_000;
    static final int MAX_PATTERN_CHARS = 200;
    static final double MAX_TOLERANCE = 1e9;
    private static final String RIGHT = "the right side of 'pairs' and 'distractors'";

    private final YamlMap item;
    private final String file;
    private final ItemTexts texts;
    private final PackageProblems problems;

    ItemSpecReader(YamlMap item, ItemTexts texts, PackageProblems problems) {
        this.item = item;
        this.file = item.file();
        this.texts = texts;
        this.problems = problems;
    }

    /** The spec of an item of {@code type}; null when it has problems (all reported). */
    ItemSpec read(ItemType type, String prompt) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choice(type == ItemType.SINGLE_CHOICE);
            case NUMERIC -> numeric();
            case SHORT_TEXT -> text();
            case ORDERING -> new ItemSpec.Ordering(options("order", 2, true, new HashSet<>(), "'order'"));
            case MATCHING -> matching();
            case FILL_IN_THE_BLANK -> new BlanksReader(item, texts, problems).read(prompt);
        };
    }

    private ItemSpec choice(boolean single) {
        List<Option> choices = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> correct = new LinkedHashSet<>();
        List<Node> nodes = item.list("choices", true);
        for (Node node : nodes) {
            YamlMap choice = YamlMap.of(file, node, "each choice", problems);
            if (choice == null) {
                continue;
            }
            Option option = option(choice, ids, "'choices'");
            boolean isCorrect = Boolean.TRUE.equals(choice.bool("correct"));
            choice.rejectUnknownKeys();
            if (single && isCorrect && !correct.isEmpty()) {
                problems.add(file, node, "a single-choice item has exactly one correct choice; choice '" + correct.iterator().next()
                        + "' is already marked 'correct: true'");
            }
            if (option != null) {
                choices.add(option);
                if (isCorrect) {
                    correct.add(option.id());
                }
            }
        }
        count(nodes, "choices", 2);
        if (correct.isEmpty() && !nodes.isEmpty()) {
            problems.add(file, item.keyOf("choices"), "a " + (single ? "single" : "multiple") + "-choice item needs "
                    + (single ? "exactly one choice" : "at least one choice") + " with 'correct: true'; it has none");
        }
        Boolean shuffle = item.bool("shuffle");
        return new ItemSpec.Choice(List.copyOf(choices), Set.copyOf(correct), shuffle == null || shuffle);
    }

    private ItemSpec numeric() {
        String answer = item.string("answer", true, Expression.MAX_LENGTH);
        if (answer != null) {
            texts.expressionProblem(answer).ifPresent(reason -> problems.add(file, item.nodeOf("answer"),
                    "'answer' must be a number or an expression of the parameters; it " + reason));
        }
        Double tolerance = item.number("tolerance", false, 0, MAX_TOLERANCE);
        List<String> units = strings("units", 10, 30);
        return new ItemSpec.Numeric(answer, tolerance == null ? 0 : tolerance, units);
    }

    private ItemSpec text() {
        List<String> answers = strings("answers", 50, 500);
        List<String> patterns = strings("patterns", 20, MAX_PATTERN_CHARS);
        for (Node node : item.list("patterns", false)) {
            if (node instanceof ScalarNode scalar) {
                try {
                    Pattern.compile(scalar.getValue());
                } catch (PatternSyntaxException e) {
                    problems.add(file, scalar, "pattern '" + scalar.getValue() + "' is not a valid regular expression: "
                            + e.getDescription());
                }
            }
        }
        Boolean caseSensitive = item.bool("case-sensitive");
        boolean manual = Boolean.TRUE.equals(item.bool("manual"));
        if (manual && (item.has("answers") || item.has("patterns") || item.has("case-sensitive"))) {
            problems.add(file, item.keyOf("manual"), "a manual short-text item is graded by the instructor, so it takes no 'answers', "
                    + "'patterns' or 'case-sensitive'; put a model answer in 'solution'");
        } else if (!manual && answers.isEmpty() && patterns.isEmpty()) {
            problems.add(file, item.node(), "a short-text item needs 'answers' or 'patterns' (or 'manual: true' for free text "
                    + "the instructor grades)");
        }
        return new ItemSpec.Text(answers, patterns, Boolean.TRUE.equals(caseSensitive), manual);
    }

    private ItemSpec matching() {
        List<ItemSpec.Matching.Pair> pairs = new ArrayList<>();
        Set<String> leftIds = new HashSet<>();
        Set<String> rightIds = new HashSet<>();
        List<Node> nodes = item.list("pairs", true);
        for (Node node : nodes) {
            YamlMap pair = YamlMap.of(file, node, "each pair", problems);
            if (pair == null) {
                continue;
            }
            Option left = side(pair, "left", leftIds);
            Option right = side(pair, "right", rightIds);
            pair.rejectUnknownKeys();
            if (left != null && right != null) {
                pairs.add(new ItemSpec.Matching.Pair(left, right));
            }
        }
        count(nodes, "pairs", 2);
        // Right-hand ids and distractor ids are one set: the learner picks among all of them.
        List<Option> distractors = options("distractors", 0, false, rightIds, RIGHT);
        return new ItemSpec.Matching(List.copyOf(pairs), distractors);
    }

    /** A list of {@code {id, text}} options with {@code min} to 10 entries, ids unique within {@code ids}. */
    private List<Option> options(String key, int min, boolean required, Set<String> ids, String where) {
        List<Option> options = new ArrayList<>();
        List<Node> nodes = item.list(key, required);
        for (Node node : nodes) {
            YamlMap entry = YamlMap.of(file, node, "each entry of '" + key + "'", problems);
            Option option = entry == null ? null : option(entry, ids, where);
            if (entry != null) {
                entry.rejectUnknownKeys();
            }
            if (option != null) {
                options.add(option);
            }
        }
        if (required || !nodes.isEmpty()) {
            count(nodes, key, min);
        }
        return List.copyOf(options);
    }

    /** One side ({@code left}, {@code right}) of a pair. */
    private Option side(YamlMap pair, String key, Set<String> ids) {
        Node node = pair.value(key);
        if (node == null) {
            problems.add(file, pair.node(), "'" + key + "' is required");
            return null;
        }
        YamlMap map = YamlMap.of(file, node, "'" + key + "'", problems);
        Option option = map == null ? null : option(map, ids, "right".equals(key) ? RIGHT : "the left side of 'pairs'");
        if (map != null) {
            map.rejectUnknownKeys();
        }
        return option;
    }

    /** The id and text of an option; reports an id already in {@code ids} (and adds it). */
    private Option option(YamlMap entry, Set<String> ids, String where) {
        String id = entry.id("id");
        String text = texts.markdown(entry, "text", true, MAX_OPTION_CHARS);
        if (id != null && !ids.add(id)) {
            problems.add(file, entry.nodeOf("id"), "id '" + id + "' is used twice in " + where);
        }
        return id == null || text == null ? null : new Option(id, text);
    }

    private void count(List<Node> nodes, String key, int min) {
        if (nodes.size() < min || nodes.size() > MAX_OPTIONS) {
            problems.add(file, item.keyOf(key), "'" + key + "' must have " + min + " to " + MAX_OPTIONS + " entries; it has "
                    + nodes.size());
        }
    }

    /** A list of non-empty plain texts (accepted answers, patterns, units), without repeats. */
    private List<String> strings(String key, int maxEntries, int maxLength) {
        return readStrings(item, key, maxEntries, maxLength, problems);
    }

    static List<String> readStrings(YamlMap map, String key, int maxEntries, int maxLength, PackageProblems problems) {
        List<Node> nodes = map.list(key, false);
        if (nodes.size() > maxEntries) {
            problems.add(map.file(), map.keyOf(key), "'" + key + "' has " + nodes.size() + " entries; at most " + maxEntries
                    + " are allowed");
        }
        List<String> values = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(map.file(), node, "each entry of '" + key + "' must be a non-empty text");
            } else if (scalar.getValue().length() > maxLength) {
                problems.add(map.file(), node, "each entry of '" + key + "' must be at most " + maxLength + " characters");
            } else if (values.contains(scalar.getValue())) {
                problems.add(map.file(), node, "'" + key + "' lists '" + scalar.getValue() + "' twice");
            } else {
                values.add(scalar.getValue());
            }
        }
        return List.copyOf(values);
    }
}
