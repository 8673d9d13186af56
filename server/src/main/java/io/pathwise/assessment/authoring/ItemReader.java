package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.ItemType;
import io.pathwise.assessment.item.ParameterRange;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one item mapping by the rules of docs/assessment.md. The single place those rules live:
 * item banks of a package, items the API receives as JSON and items the server stores all come
 * through here, so an item accepted one way is accepted every way.
 */
final class ItemReader {

    static final int DEFAULT_DIFFICULTY = 3;
    static final int MAX_PARAMETERS = 10;
    static final long MAX_PARAMETER_SPAN = 1_000_000;
    static final int MAX_PROMPT_CHARS = 20_000;
    static final int MAX_HINTS = 10;
    static final int MAX_HINT_CHARS = 4_000;
    static final int MAX_SOLUTION_CHARS = 20_000;

    /** Parameter names: short, and unambiguous inside expressions. */
    static final Pattern PARAMETER = Pattern.compile("^[a-z][a-z0-9_]{0,19}$");

    private static final String TYPES = Arrays.stream(ItemType.values()).map(ItemType::packageName)
            .collect(Collectors.joining(", "));

    private ItemReader() {
    }

    /**
     * Reads the item; returns it only when it has no problems, otherwise null with every problem
     * added (file and line).
     */
    static ItemDefinition read(YamlMap item, Set<String> skillKeys, PackageProblems problems) {
        int before = problems.list().size();
        String file = item.file();
        if (ItemFileCharacters.check(file, item.node(), problems)) {
            // Reported alone: reading the item on would name the same texts again.
            return null;
        }
        String id = item.id("id");
        String typeName = item.string("type", true, 40);
        ItemType type = typeName == null ? null : ItemType.fromPackageName(typeName).orElse(null);
        if (typeName != null && type == null) {
            problems.add(file, item.nodeOf("type"), "'type' must be one of " + TYPES);
        }
        List<String> skills = skills(item, skillKeys, problems);
        int difficulty = DEFAULT_DIFFICULTY;
        if (item.has("difficulty")) {
            Integer read = item.integer("difficulty", 1, 5);
            difficulty = read == null ? DEFAULT_DIFFICULTY : read;
        }
        Set<String> names = new HashSet<>();
        Map<String, ParameterRange> parameters = parameters(item, names, problems);
        // Texts are checked against every declared name, also those with a broken range, so that
        // one mistake in a range is reported once rather than at every use.
        // Expressions are tried with drawn values when an item is stored, not each time it is read
        // back (skillKeys is null then): a stored item that only some draws fail still serves the others.
        ItemTexts texts = new ItemTexts(file, names, skillKeys == null ? Map.of() : parameters, problems);
        String prompt = texts.markdown(item, "prompt", true, MAX_PROMPT_CHARS);
        List<String> hints = List.copyOf(texts.markdownList(item, "hints", MAX_HINTS, MAX_HINT_CHARS));
        String solution = texts.markdown(item, "solution", false, MAX_SOLUTION_CHARS);
        ItemSpec spec = type == null ? null : new ItemSpecReader(item, texts, problems).read(type, prompt);
        if (type != null) {
            // Without a known type, the keys of its type cannot be told from typos.
            item.rejectUnknownKeys();
        }
        if (problems.list().size() > before) {
            return null;
        }
        return new ItemDefinition(id, type, skills, difficulty, prompt, parameters, hints, solution == null ? "" : solution,
                spec);
    }

    private static List<String> skills(YamlMap item, Set<String> skillKeys, PackageProblems problems) {
        List<String> skills = item.idList("skills", true);
        Node node = item.keyOf("skills");
        if (skills.isEmpty() && item.has("skills")) {
            problems.add(item.file(), node, "'skills' must name at least one skill of skills.yaml");
        }
        Set<String> seen = new HashSet<>();
        for (String skill : skills) {
            if (skillKeys != null && !skillKeys.contains(skill)) {
                problems.add(item.file(), node, "'skills' names '" + skill + "', which is not a skill of skills.yaml");
            } else if (!seen.add(skill)) {
                problems.add(item.file(), node, "'skills' lists '" + skill + "' twice");
            }
        }
        return List.copyOf(skills);
    }

    /**
     * The variant parameters with valid ranges, in the author's order (empty for a fixed item);
     * adds every well-formed name to {@code names}.
     */
    private static Map<String, ParameterRange> parameters(YamlMap item, Set<String> names, PackageProblems problems) {
        Node node = item.value("parameters");
        if (node == null) {
            return Map.of();
        }
        YamlMap map = YamlMap.of(item.file(), node, "'parameters' (names to {min, max})", problems);
        if (map == null) {
            return Map.of();
        }
        if (map.keys().size() > MAX_PARAMETERS) {
            problems.add(item.file(), item.keyOf("parameters"), "an item has at most " + MAX_PARAMETERS + " parameters; this one has "
                    + map.keys().size());
        }
        Map<String, ParameterRange> parameters = new LinkedHashMap<>();
        for (String name : map.keys()) {
            Node value = map.value(name);
            if (!PARAMETER.matcher(name).matches()) {
                problems.add(item.file(), value, "parameter name '" + name + "' must be 1 to 20 lowercase letters, digits "
                        + "or underscores, starting with a letter");
                continue;
            }
            names.add(name);
            YamlMap range = YamlMap.of(item.file(), value, "parameter '" + name + "'", problems);
            if (range == null) {
                continue;
            }
            Integer min = range.integer("min", -1_000_000_000, 1_000_000_000);
            Integer max = range.integer("max", -1_000_000_000, 1_000_000_000);
            range.rejectUnknownKeys();
            if (min != null && max != null && min > max) {
                problems.add(item.file(), value, "parameter '" + name + "' has 'min' " + min + " above 'max' " + max);
            } else if (min != null && max != null && (long) max - min > MAX_PARAMETER_SPAN) {
                problems.add(item.file(), value, "parameter '" + name + "' spans more than " + MAX_PARAMETER_SPAN
                        + " values; narrow its range");
            } else if (min != null && max != null) {
                parameters.put(name, new ParameterRange(min, max));
            }
        }
        return Collections.unmodifiableMap(parameters);
    }
}
