package io.pathwise.catalog.packaging;

import io.pathwise.shared.text.CourseFileCharacters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping of a package file with line numbers for every problem: required and
 * optional keys of the expected kinds, duplicate keys, and keys the format does not know.
 */
public final class YamlMap {

    public static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,79}$");
    public static final String ID_RULE = "must be 1 to 80 lowercase letters, digits or hyphens, starting with a letter or digit";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final String file;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    private final PackageProblems problems;

    private YamlMap(String file, Node node, PackageProblems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
    }

    /** Wraps a node that must be a mapping; returns null (with a problem) when it is not. */
    public static YamlMap of(String file, Node node, String what, PackageProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.add(file, node, what + " must be a mapping of keys to values");
            return null;
        }
        YamlMap map = new YamlMap(file, node, problems);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problems.add(file, tuple.getKeyNode(), "keys must be plain names");
            } else if (map.values.containsKey(key)) {
                problems.add(file, tuple.getKeyNode(), "'" + key + "' appears twice");
            } else {
                map.values.put(key, tuple.getValueNode());
                map.keys.put(key, tuple.getKeyNode());
            }
        }
        return map;
    }

    public String file() {
        return file;
    }

    public Node node() {
        return node;
    }

    public Node nodeOf(String key) {
        return values.containsKey(key) ? values.get(key) : node;
    }

    /**
     * The node of a key itself, or of the whole mapping when the key is missing: where a problem
     * with a value as a whole (a list too short) reads naturally, since a block list starts a line below.
     */
    public Node keyOf(String key) {
        return keys.containsKey(key) ? keys.get(key) : node;
    }

    /** A string value; null (with a problem when required) when missing or not a string. */
    public String string(String key, boolean required, int maxLength) {
        read.add(key);
        Node value = values.get(key);
        if (absent(value)) {
            if (required) {
                problems.add(file, node, "'" + key + "' is required");
            }
            return null;
        }
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(file, value, "'" + key + "' must be text");
            return null;
        }
        String text = scalar.getValue();
        if (required && text.isBlank()) {
            problems.add(file, value, "'" + key + "' must not be empty");
            return null;
        }
        if (text.length() > maxLength) {
            problems.add(file, value, "'" + key + "' must be at most " + maxLength + " characters");
            return null;
        }
        // A YAML escape ("\uD800", "\x07", "\0") can put into a value what the file itself may not
        // hold; such a value could be stored but never exported again.
        int unprintable = CourseFileCharacters.indexOfUnprintable(text);
        if (unprintable >= 0) {
            problems.add(file, value, "'" + key + "' " + CourseFileCharacters.describe(text, unprintable));
            return null;
        }
        return text;
    }

    /** A stable id; null (with a problem) when missing or malformed. */
    public String id(String key) {
        String value = string(key, true, 80);
        if (value != null && !ID.matcher(value).matches()) {
            problems.add(file, values.get(key), "'" + key + "' " + ID_RULE);
            return null;
        }
        return value;
    }

    public Integer integer(String key, int min, int max) {
        String text = string(key, true, 12);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(file, values.get(key), "'" + key + "' must be a whole number from " + min + " to " + max);
            return null;
        }
    }

    /**
     * A number (whole or decimal) from {@code min} to {@code max}; null when missing (with a problem
     * when required) or when it is not such a number (with a problem).
     */
    public Double number(String key, boolean required, double min, double max) {
        String text = string(key, required, 40);
        if (text == null) {
            return null;
        }
        // A plain decimal only: Double.parseDouble would also take NaN, Infinity, hex and 1d.
        double value = NUMBER.matcher(text.trim()).matches() ? Double.parseDouble(text.trim()) : Double.NaN;
        if (!(value >= min && value <= max)) {
            problems.add(file, values.get(key), "'" + key + "' must be a number from " + plain(min) + " to " + plain(max));
            return null;
        }
        return value;
    }

    /** A boolean ({@code true} or {@code false}); null when missing, or (with a problem) when it is something else. */
    public Boolean bool(String key) {
        read.add(key);
        Node value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
            return Boolean.valueOf(scalar.getValue());
        }
        problems.add(file, value, "'" + key + "' must be true or false");
        return null;
    }

    /**
     * The keys of the mapping in the file's order, for mappings whose keys are names chosen by the
     * author (blanks, parameters). Listing them does not count as reading them.
     */
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    /** Any value (a mapping, a list or a scalar) to read further; null when the key is missing. */
    public Node value(String key) {
        read.add(key);
        return values.get(key);
    }

    /** Whether the key is present (without reading it). */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The items of a list value, each as a node; empty (with a problem when required) when missing. */
    public List<Node> list(String key, boolean required) {
        read.add(key);
        Node value = values.get(key);
        if (absent(value)) {
            if (required) {
                problems.add(file, node, "'" + key + "' is required");
            }
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            problems.add(file, value, "'" + key + "' must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    /** A list of ids, each checked against the id rule. */
    public List<String> idList(String key, boolean required) {
        List<String> ids = new ArrayList<>();
        for (Node item : list(key, required)) {
            if (item instanceof ScalarNode scalar && ID.matcher(scalar.getValue()).matches()) {
                ids.add(scalar.getValue());
            } else {
                problems.add(file, item, "each entry of '" + key + "' " + ID_RULE);
            }
        }
        return ids;
    }

    private static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number) : Double.toString(number);
    }

    /** Reports every key that was never asked for: the format does not know it. */
    public void rejectUnknownKeys() {
        keys.forEach((key, keyNode) -> {
            if (!read.contains(key)) {
                problems.add(file, keyNode, "'" + key + "' is not a known key here");
            }
        });
    }

    /**
     * No value: the key is missing, or holds YAML's null ({@code null}, {@code ~} or nothing after the
     * colon; JSON's null in an item sent by API), which is not the text "null".
     */
    private static boolean absent(Node value) {
        return value == null || Tag.NULL.equals(value.getTag());
    }
}
