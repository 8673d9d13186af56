package io.pathwise.assessment.authoring;

import io.pathwise.assessment.item.Expression;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.catalog.packaging.PackageProblems;
import io.pathwise.catalog.packaging.YamlMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code blanks} of a fill-in-the-blank item and holds them against the prompt: every
 * {@code [[id]]} in the prompt needs its blank and every blank its place in the prompt, or a
 * learner would meet a blank nobody can grade, or be graded on a blank they never saw.
 */
final class BlanksReader {

    static final int MAX_BLANKS = 20;

    /** A blank in a prompt; anything between double brackets, so that a malformed id is reported too. */
    static final Pattern BLANK = Pattern.compile("\\[\\[([^\\[\\]\\n]{1,80})]]");

    private final YamlMap item;
    private final String file;
    private final ItemTexts texts;
    private final PackageProblems problems;

    BlanksReader(YamlMap item, ItemTexts texts, PackageProblems problems) {
        this.item = item;
        this.file = item.file();
        this.texts = texts;
        this.problems = problems;
    }

    /** The blanks, in the order they are listed; null when there are none. */
    ItemSpec.Blanks read(String prompt) {
        Node node = item.value("blanks");
        Map<String, ItemSpec.Blanks.Blank> blanks = new LinkedHashMap<>();
        if (node == null) {
            problems.add(file, item.node(), "'blanks' is required for a fill-in-the-blank item");
        }
        YamlMap entries = node == null ? null : YamlMap.of(file, node, "'blanks' (blank ids to their answers)", problems);
        List<String> ids = entries == null ? List.of() : entries.keys();
        if (ids.size() > MAX_BLANKS) {
            problems.add(file, node, "'blanks' has " + ids.size() + " entries; at most " + MAX_BLANKS + " are allowed");
        }
        for (String id : ids) {
            Node value = entries.value(id);
            if (!YamlMap.ID.matcher(id).matches()) {
                problems.add(file, value, "blank id '" + id + "' " + YamlMap.ID_RULE);
                continue;
            }
            YamlMap blank = YamlMap.of(file, value, "blank '" + id + "'", problems);
            ItemSpec.Blanks.Blank read = blank == null ? null : blank(id, blank);
            if (read != null) {
                blanks.put(id, read);
            }
        }
        Map<String, Node> declared = new LinkedHashMap<>();
        if (entries != null) {
            entries.rejectUnknownKeys();
            ids.forEach(id -> declared.put(id, entries.keyOf(id)));
        }
        if (prompt != null) {
            matchPrompt(prompt, declared);
        }
        return new ItemSpec.Blanks(Collections.unmodifiableMap(blanks));
    }

    private ItemSpec.Blanks.Blank blank(String id, YamlMap blank) {
        boolean hasAnswers = blank.has("answers");
        List<String> answers = ItemSpecReader.readStrings(blank, "answers", 50, 500, problems);
        String numeric = blank.string("numeric", false, Expression.MAX_LENGTH);
        Double tolerance = blank.number("tolerance", false, 0, ItemSpecReader.MAX_TOLERANCE);
        blank.rejectUnknownKeys();
        if (hasAnswers == (numeric != null) || (hasAnswers && answers.isEmpty())) {
            problems.add(file, blank.node(), "blank '" + id + "' needs either 'answers' (accepted texts) or 'numeric' "
                    + "(a number or an expression of the parameters)");
            return null;
        }
        if (numeric == null) {
            if (blank.has("tolerance")) {
                problems.add(file, blank.nodeOf("tolerance"), "blank '" + id + "' has 'tolerance' but no 'numeric' answer");
            }
            return new ItemSpec.Blanks.Blank(answers, null, 0);
        }
        var reason = texts.expressionProblem(numeric);
        reason.ifPresent(why -> problems.add(file, blank.nodeOf("numeric"),
                "blank '" + id + "': 'numeric' must be a number or an expression of the parameters; it " + why));
        return new ItemSpec.Blanks.Blank(List.of(), numeric, tolerance == null ? 0 : tolerance);
    }

    private void matchPrompt(String prompt, Map<String, Node> declared) {
        Node promptNode = item.nodeOf("prompt");
        Set<String> inPrompt = new LinkedHashSet<>();
        Matcher matcher = BLANK.matcher(prompt);
        while (matcher.find()) {
            String id = matcher.group(1);
            int line = ItemTexts.lineAt(promptNode, prompt, matcher.start());
            if (!inPrompt.add(id)) {
                problems.add(file, line, "blank '[[" + id + "]]' appears twice in the prompt");
            } else if (!declared.containsKey(id)) {
                problems.add(file, line, "the prompt has blank '[[" + id + "]]', which has no entry in 'blanks'");
            }
        }
        if (inPrompt.isEmpty()) {
            problems.add(file, promptNode, "the prompt of a fill-in-the-blank item needs at least one blank, written [[id]]");
        }
        for (Map.Entry<String, Node> blank : declared.entrySet()) {
            String id = blank.getKey();
            if (!inPrompt.contains(id)) {
                problems.add(file, blank.getValue(), "blank '" + id + "' is not in the prompt; write [[" + id + "]] where it goes");
            }
        }
    }
}
