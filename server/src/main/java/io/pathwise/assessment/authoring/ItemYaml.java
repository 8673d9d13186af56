package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.Option;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.PackageYaml;
import io.pathwise.catalog.packaging.YamlMap;
import io.pathwise.shared.problem.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item in the package format, both ways: {@link #toMap} gives the mapping a bank file (or a
 * JSON document) holds, and {@link #read} reads one such mapping back by the package rules. The
 * server stores items as JSON of {@code toMap} and the API accepts items as JSON, both read here,
 * so {@code read(toMap(item))} gives the same item.
 */
public final class ItemYaml {

    /** The item (null unless there are no problems) and every problem with file and line. */
    public record Result(ItemDefinition item, List<FieldProblem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private ItemYaml() {
    }

    /**
     * Reads one item mapping from YAML or JSON text.
     *
     * @param file what to name in problems (a bank file, or a field of a request)
     * @param skillKeys the course's skills; every skill an item names must be one of them (null for an item
     *        read back from storage, checked when it was stored, as its expressions were tried with drawn values)
     */
    public static Result read(String file, String text, Set<String> skillKeys) {
        PackageProblems problems = new PackageProblems();
        YamlMap map = PackageYaml.parse(file, text, "the item", problems);
        ItemDefinition item = map == null ? null : ItemReader.read(map, skillKeys, problems);
        return new Result(problems.isEmpty() ? item : null, problems.list());
    }

    /**
     * The item as the package writes it, keys in the documented order; defaults that carry meaning
     * ({@code difficulty}, {@code shuffle}) are written out, empty optional keys left out.
     */
    public static Map<String, Object> toMap(ItemDefinition item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.key());
        map.put("type", item.type().packageName());
        map.put("skills", item.skills());
        map.put("difficulty", item.difficulty());
        if (!item.parameters().isEmpty()) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            item.parameters().forEach((name, range) -> parameters.put(name, ordered("min", range.min(), "max", range.max())));
            map.put("parameters", parameters);
        }
        map.put("prompt", item.prompt());
        putSpec(map, item.spec());
        if (!item.hints().isEmpty()) {
            map.put("hints", item.hints());
        }
        if (item.solution() != null && !item.solution().isEmpty()) {
            map.put("solution", item.solution());
        }
        return map;
    }

    private static void putSpec(Map<String, Object> map, ItemSpec spec) {
        if (spec instanceof ItemSpec.Choice choice) {
            map.put("choices", choice.choices().stream().map(option -> {
                Map<String, Object> entry = option(option);
                if (choice.correct().contains(option.id())) {
                    entry.put("correct", true);
                }
                return entry;
            }).toList());
            map.put("shuffle", choice.shuffle());
        } else if (spec instanceof ItemSpec.Numeric numeric) {
            map.put("answer", numeric.answer());
            putTolerance(map, numeric.tolerance());
            if (!numeric.units().isEmpty()) {
                map.put("units", numeric.units());
            }
        } else if (spec instanceof ItemSpec.Text text) {
            putText(map, text);
        } else if (spec instanceof ItemSpec.Ordering ordering) {
            map.put("order", ordering.order().stream().map(ItemYaml::option).toList());
        } else if (spec instanceof ItemSpec.Matching matching) {
            map.put("pairs", matching.pairs().stream()
                    .map(pair -> ordered("left", option(pair.left()), "right", option(pair.right()))).toList());
            if (!matching.distractors().isEmpty()) {
                map.put("distractors", matching.distractors().stream().map(ItemYaml::option).toList());
            }
        } else if (spec instanceof ItemSpec.Blanks blanks) {
            Map<String, Object> entries = new LinkedHashMap<>();
            blanks.blanks().forEach((id, blank) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                if (blank.numeric() != null) {
                    entry.put("numeric", blank.numeric());
                    putTolerance(entry, blank.tolerance());
                } else {
                    entry.put("answers", blank.answers());
                }
                entries.put(id, entry);
            });
            map.put("blanks", entries);
        }
    }

    private static void putText(Map<String, Object> map, ItemSpec.Text text) {
        if (text.manual()) {
            map.put("manual", true);
            return;
        }
        if (!text.answers().isEmpty()) {
            map.put("answers", text.answers());
        }
        if (!text.patterns().isEmpty()) {
            map.put("patterns", text.patterns());
        }
        if (text.caseSensitive()) {
            map.put("case-sensitive", true);
        }
    }

    private static void putTolerance(Map<String, Object> map, double tolerance) {
        if (tolerance != 0) {
            map.put("tolerance", tolerance);
        }
    }

    private static Map<String, Object> option(Option option) {
        return ordered("id", option.id(), "text", option.text());
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }
}
