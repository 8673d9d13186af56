package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.QuizDefinition;
import io.pathwise.catalog.packaging.PackageFiles;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.PackageYaml;
import io.pathwise.catalog.packaging.YamlMap;
import io.pathwise.shared.problem.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates the {@code assessment/} folder of a course package (docs/assessment.md):
 * item banks {@code assessment/items/*.yaml} and one quiz file per quiz activity,
 * {@code assessment/quizzes/<activity>.yaml}. Like the catalog's reader it never stops at the first
 * problem: every problem comes back with its file and line, so an author fixes them in one round.
 */
public final class AssessmentPackageReader {

    public static final String ITEMS = "assessment/items/";
    public static final String QUIZZES = "assessment/quizzes/";
    public static final String SUFFIX = ".yaml";

    /** Most items a course holds. */
    public static final int MAX_ITEMS = 2_000;

    /** The items and quizzes, or (when {@code problems} is not empty) only the problems. */
    public record Result(List<ItemDefinition> items, List<QuizDefinition> quizzes, List<FieldProblem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private final PackageFiles files;
    private final Set<String> skillKeys;
    private final PackageProblems problems = new PackageProblems();
    /** Every item id seen (valid or not) to its skills as written, for the quizzes' references. */
    private final Map<String, List<String>> itemSkills = new LinkedHashMap<>();
    /** Where each item id was first seen, to name it when an id is used again. */
    private final Map<String, String> itemPlaces = new LinkedHashMap<>();

    private AssessmentPackageReader(PackageFiles files, Set<String> skillKeys) {
        this.files = files;
        this.skillKeys = skillKeys;
    }

    /**
     * @param skillKeys the skills of the course (skills.yaml)
     * @param quizActivities each catalog activity of type quiz (its key) to the skills it assesses
     */
    public static Result read(PackageFiles files, Set<String> skillKeys, Map<String, List<String>> quizActivities) {
        return new AssessmentPackageReader(files, skillKeys).read(quizActivities);
    }

    private Result read(Map<String, List<String>> quizActivities) {
        List<String> banks = new ArrayList<>();
        List<String> quizFiles = new ArrayList<>();
        for (String path : files.all().keySet()) {
            if (inFolder(path, ITEMS)) {
                banks.add(path);
            } else if (inFolder(path, QUIZZES)) {
                quizFiles.add(path);
            } else if (path.startsWith("assessment/")) {
                // A bank saved as .yml, or a quiz one folder too deep, would otherwise vanish silently.
                problems.add(path, (Integer) null, "is not an assessment file: item banks are " + ITEMS + "<name>" + SUFFIX
                        + " and quizzes " + QUIZZES + "<activity-id>" + SUFFIX);
            }
        }
        List<ItemDefinition> items = new ArrayList<>();
        banks.forEach(bank -> readBank(bank, items));

        List<QuizDefinition> quizzes = new ArrayList<>();
        for (String path : quizFiles) {
            String activity = path.substring(QUIZZES.length(), path.length() - SUFFIX.length());
            List<String> assessed = quizActivities.get(activity);
            if (assessed == null) {
                problems.add(path, 1, "there is no activity '" + activity + "' of type quiz in the units; a quiz file is named "
                        + "after its quiz activity");
            }
            YamlMap quiz = PackageYaml.mapping(files, path, "the quiz file", problems);
            // A quiz holding a character its file cannot hold is reported alone: reading it on
            // would name the same texts again.
            QuizDefinition read = quiz == null || ItemFileCharacters.check(path, quiz.node(), problems) ? null
                    : new QuizReader(quiz, itemSkills, skillKeys, problems).read(activity, assessed);
            if (read != null) {
                quizzes.add(read);
            }
        }
        quizActivities.keySet().stream().sorted().forEach(activity -> {
            if (files.get(QUIZZES + activity + SUFFIX) == null) {
                problems.add(QUIZZES + activity + SUFFIX, (Integer) null,
                        "is missing: activity '" + activity + "' is a quiz and needs its quiz file");
            }
        });
        if (!problems.isEmpty()) {
            return new Result(List.of(), List.of(), problems.list());
        }
        return new Result(List.copyOf(items), List.copyOf(quizzes), List.of());
    }

    private void readBank(String file, List<ItemDefinition> items) {
        YamlMap bank = PackageYaml.mapping(files, file, "an item bank", problems);
        if (bank == null) {
            return;
        }
        List<Node> entries = bank.list("items", true);
        bank.rejectUnknownKeys();
        for (Node entry : entries) {
            if (itemPlaces.size() == MAX_ITEMS) {
                problems.add(file, entry, "a course holds at most " + MAX_ITEMS + " items; this is one more");
            }
            String id = peekId(entry);
            if (id != null && itemPlaces.containsKey(id)) {
                problems.add(file, entry, "item id '" + id + "' is already used at " + itemPlaces.get(id)
                        + "; item ids are unique in the course");
            } else if (id != null) {
                itemPlaces.put(id, file + ":" + (entry.getStartMark().getLine() + 1));
                itemSkills.put(id, peekSkills(entry));
            }
            YamlMap item = YamlMap.of(file, entry, "each item", problems);
            ItemDefinition read = item == null ? null : ItemReader.read(item, skillKeys, problems);
            if (read != null) {
                items.add(read);
            }
        }
    }

    /** Directly in the folder, with the YAML suffix (sub-folders are not read). */
    private static boolean inFolder(String path, String folder) {
        return path.startsWith(folder) && path.endsWith(SUFFIX) && path.indexOf('/', folder.length()) < 0
                && path.length() > folder.length() + SUFFIX.length();
    }

    /** The id an item entry gives itself, before (and whether or not) the item as a whole is valid. */
    private static String peekId(Node entry) {
        Node id = peek(entry, "id");
        return id instanceof ScalarNode scalar && YamlMap.ID.matcher(scalar.getValue()).matches() ? scalar.getValue() : null;
    }

    private static List<String> peekSkills(Node entry) {
        List<String> skills = new ArrayList<>();
        if (peek(entry, "skills") instanceof SequenceNode sequence) {
            for (Node skill : sequence.getValue()) {
                if (skill instanceof ScalarNode scalar) {
                    skills.add(scalar.getValue());
                }
            }
        }
        return skills;
    }

    private static Node peek(Node entry, String key) {
        if (entry instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }
}
