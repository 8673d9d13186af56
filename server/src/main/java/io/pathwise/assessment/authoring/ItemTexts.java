package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.Expression;
import io.pathwise.assessment.item.ParameterRange;
import io.pathwise.catalog.packaging.MarkdownCheck;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the Markdown texts of one item (prompt, hints, solution, option texts) and checks each one
 * where it stands in the file: Markdown the course cannot show, and variant templates
 * ({@code {a}}, {@code {= a * b}}) that name a parameter the item does not declare, do not parse
 * (which would otherwise show the raw braces to a learner) or cannot be computed for some drawn values.
 */
final class ItemTexts {

    private static final Pattern INSERT = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern COMPUTE = Pattern.compile("\\{=([^{}]*)}");

    private final String file;
    private final Set<String> parameters;
    private final Map<String, ParameterRange> ranges;
    private final PackageProblems problems;
    /** Each distinct expression is tried once per item, however often it is written. */
    private final Map<String, Optional<String>> verdicts = new HashMap<>();

    /**
     * @param parameters every declared parameter name, also those whose range is broken
     * @param ranges the valid ranges, which expressions are tried with (none for an item read back from storage)
     */
    ItemTexts(String file, Set<String> parameters, Map<String, ParameterRange> ranges, PackageProblems problems) {
        this.file = file;
        this.parameters = parameters;
        this.ranges = ranges;
        this.problems = problems;
    }

    /**
     * Why an expression (in a text, a numeric answer or a blank) is not one the item can use, or
     * empty when it is: a syntax error, an undeclared name, or values of its parameters that attempts
     * can draw and it cannot compute (see {@link ExpressionTrials}).
     */
    Optional<String> expressionProblem(String text) {
        return verdicts.computeIfAbsent(text, expression -> {
            Optional<String> reason = Expression.check(expression, parameters);
            if (reason.isPresent()) {
                return reason;
            }
            Expression parsed = Expression.parse(expression);
            // A name whose range is broken is reported at its range; its values are unknown.
            return ranges.keySet().containsAll(parsed.names()) ? ExpressionTrials.failure(parsed, ranges) : Optional.empty();
        });
    }

    /** A Markdown text at {@code key}, checked; null when missing (a problem when required) or too long. */
    String markdown(YamlMap map, String key, boolean required, int maxLength) {
        String text = map.string(key, required, maxLength);
        if (text != null) {
            check(map.nodeOf(key), text);
        }
        return text;
    }

    /** A list of Markdown texts (hints), each checked at its own line. */
    List<String> markdownList(YamlMap map, String key, int maxEntries, int maxLength) {
        List<Node> nodes = map.list(key, false);
        if (nodes.size() > maxEntries) {
            problems.add(file, map.keyOf(key), "'" + key + "' has " + nodes.size() + " entries; at most " + maxEntries + " are allowed");
        }
        List<String> texts = new ArrayList<>();
        for (Node node : nodes) {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(file, node, "each entry of '" + key + "' must be a non-empty text");
            } else if (scalar.getValue().length() > maxLength) {
                problems.add(file, node, "each entry of '" + key + "' must be at most " + maxLength + " characters");
            } else {
                check(node, scalar.getValue());
                texts.add(scalar.getValue());
            }
        }
        return texts;
    }

    /** Checks one text read from {@code node}. */
    void check(Node node, String text) {
        MarkdownCheck.check(file, text, firstLine(node), problems);
        Matcher insert = INSERT.matcher(text);
        while (insert.find()) {
            if (!parameters.contains(insert.group(1))) {
                problems.add(file, lineAt(node, text, insert.start()), "'" + insert.group() + "' inserts parameter '"
                        + insert.group(1) + "', which the item does not declare in 'parameters'");
            }
        }
        Matcher compute = COMPUTE.matcher(text);
        while (compute.find()) {
            expressionProblem(compute.group(1)).ifPresent(reason -> problems.add(file,
                    lineAt(node, text, compute.start()), "the expression '" + compute.group() + "' " + reason));
        }
    }

    /**
     * The line (from 1) of the character at {@code index} of a text read from {@code node}; exact for
     * plain, quoted and literal ({@code |}) texts, close for folded ones.
     */
    static int lineAt(Node node, String text, int index) {
        int newlines = (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
        return firstLine(node) + newlines + 1;
    }

    /** The line (from 0) the text starts after, as MarkdownCheck counts: a block scalar starts below its indicator. */
    private static int firstLine(Node node) {
        int line = node.getStartMark().getLine();
        boolean block = node instanceof ScalarNode scalar && (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED);
        return block ? line + 1 : line;
    }
}
