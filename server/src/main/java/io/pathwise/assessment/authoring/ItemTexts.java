package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.Expression;
import io.pathwise.catalog.packaging.MarkdownCheck;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the Markdown texts of one item (prompt, hints, solution, option texts) and checks each one
 * where it stands in the file: Markdown the course cannot show, and variant templates
 * ({@code {a}}, {@code {= a * b}}) that name a parameter the item does not declare or do not parse,
 * which would otherwise show the raw braces to a learner.
 */
final class ItemTexts {

    private static final Pattern INSERT = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern COMPUTE = Pattern.compile("\\{=([^{}]*)}");

    private final String file;
    private final Set<String> parameters;
    private final PackageProblems problems;

    ItemTexts(String file, Set<String> parameters, PackageProblems problems) {
        this.file = file;
        this.parameters = parameters;
        this.problems = problems;
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
            Expression.check(compute.group(1), parameters).ifPresent(reason -> problems.add(file,
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
