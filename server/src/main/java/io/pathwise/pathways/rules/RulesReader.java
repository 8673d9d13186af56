package io.pathwise.pathways.rules;

import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.PackageYaml;
import io.pathwise.catalog.packaging.YamlMap;
import io.pathwise.shared.problem.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the rules of a course package, {@code pathways/rules.yaml} (docs/rules.md), with the rules
 * of the rest of the package: unknown keys are errors, and every problem is listed with its file,
 * line and reason, so an author fixes them all in one round.
 */
final class RulesReader {

    static final String FOLDER = "pathways/";
    static final String FILE = FOLDER + "rules.yaml";
    static final int MAX_RULES = 200;
    static final int MAX_ENTRIES = 20;

    /**
     * The rules and the text they were read from; {@code source} is null when the package has no
     * rules file. Valid only when there are no problems.
     */
    record Result(RuleSet rules, String source, List<FieldProblem> problems) {
        boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final CourseKeys keys;
    private final PackageProblems problems = new PackageProblems();

    private RulesReader(CourseKeys keys) {
        this.keys = keys;
    }

    /** Reads the package's {@code pathways/} folder; a package without a rules file has no rules. */
    static Result read(PackageFiles files, CourseKeys keys) {
        RulesReader reader = new RulesReader(keys);
        files.all().keySet().stream().filter(path -> path.startsWith(FOLDER) && !path.equals(FILE)).forEach(path ->
                // A rules.yml, or a second file of rules, would otherwise be ignored without a word.
                reader.problems.add(path, (Integer) null, "is not a pathways file: the rules live in " + FILE));
        if (files.get(FILE) == null) {
            return new Result(RuleSet.NONE, null, reader.problems.list());
        }
        String text = PackageYaml.text(files, FILE, null, null, reader.problems);
        return text == null ? new Result(RuleSet.NONE, null, reader.problems.list()) : reader.parse(text);
    }

    /** Reads a rules file's text. */
    static Result parse(String text, CourseKeys keys) {
        return new RulesReader(keys).parse(text);
    }

    private Result parse(String text) {
        YamlMap file = PackageYaml.parse(FILE, text, "the rules file", problems);
        List<Rule> rules = new ArrayList<>();
        if (file != null) {
            List<Node> entries = file.list("rules", true);
            file.rejectUnknownKeys();
            if (entries.size() > MAX_RULES) {
                problems.add(FILE, file.keyOf("rules"), "'rules' holds " + entries.size() + " rules; at most " + MAX_RULES);
            }
            Map<String, Integer> lines = new HashMap<>();
            for (Node entry : entries) {
                Rule rule = rule(entry, lines);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        }
        return new Result(new RuleSet(rules), text, problems.list());
    }

    private Rule rule(Node node, Map<String, Integer> lines) {
        YamlMap map = YamlMap.of(FILE, node, "each rule", problems);
        if (map == null) {
            return null;
        }
        String id = map.id("id");
        if (id != null) {
            int line = map.nodeOf("id").getStartMark().getLine() + 1;
            Integer first = lines.putIfAbsent(id, line);
            if (first != null) {
                problems.add(FILE, line, "rule id '" + id + "' is used twice (first on line " + first + "); each rule "
                        + "needs its own id");
                id = null;
            }
        }
        ConditionReader conditions = new ConditionReader(FILE, keys, problems);
        ActionReader actions = new ActionReader(FILE, keys, problems);
        List<Condition> when = entries(map, "when", "condition").stream().map(conditions::read).toList();
        List<Action> then = entries(map, "then", "action").stream().map(actions::read).toList();
        map.rejectUnknownKeys();
        boolean complete = id != null && !when.isEmpty() && !then.isEmpty() && !when.contains(null) && !then.contains(null);
        return complete ? new Rule(id, when, then) : null;
    }

    /** The entries of a rule's {@code when} or {@code then}: required, at least one, at most {@link #MAX_ENTRIES}. */
    private List<Node> entries(YamlMap map, String key, String what) {
        List<Node> entries = map.list(key, true);
        if (map.value(key) instanceof SequenceNode && entries.isEmpty()) {
            problems.add(FILE, map.keyOf(key), "'" + key + "' must list at least one " + what);
        } else if (entries.size() > MAX_ENTRIES) {
            problems.add(FILE, map.keyOf(key), "'" + key + "' lists " + entries.size() + " " + what + "s; at most "
                    + MAX_ENTRIES);
        }
        return entries;
    }
}
