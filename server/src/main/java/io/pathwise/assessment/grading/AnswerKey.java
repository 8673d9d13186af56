package io.pathwise.assessment.grading;

import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.assessment.item.ItemSpec;
import io.pathwise.assessment.item.Option;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fingerprint of what an item's grading depends on: its type, parameters and the right
 * answers, not its wording. Rewording a prompt or a hint keeps the fingerprint; changing which
 * choice is right, a tolerance or an accepted text changes it, and that regrades the attempts.
 */
public final class AnswerKey {

    private AnswerKey() {
    }

    public static String fingerprint(ItemDefinition item) {
        StringBuilder key = new StringBuilder(item.type().name()).append('|').append(new TreeMap<>(item.parameters()));
        // instanceof, not a pattern switch: Pathwise targets Java 17.
        ItemSpec spec = item.spec();
        if (spec instanceof ItemSpec.Choice choice) {
            key.append(new TreeSet<>(choice.correct())).append(choice.choices().stream().map(Option::id).sorted().toList());
        } else if (spec instanceof ItemSpec.Numeric numeric) {
            key.append(numeric.answer()).append('~').append(numeric.tolerance()).append(numeric.units());
        } else if (spec instanceof ItemSpec.Text text) {
            key.append(text.answers()).append(text.patterns()).append(text.caseSensitive()).append(text.manual());
        } else if (spec instanceof ItemSpec.Ordering ordering) {
            key.append(ordering.order().stream().map(Option::id).toList());
        } else if (spec instanceof ItemSpec.Matching matching) {
            key.append(matching.pairs().stream().map(pair -> pair.left().id() + "=" + pair.right().id()).toList())
                    .append(matching.distractors().stream().map(Option::id).sorted().toList());
        } else if (spec instanceof ItemSpec.Blanks blanks) {
            new TreeMap<>(blanks.blanks()).forEach((id, blank) -> key.append(id).append(':').append(blank.answers())
                    .append(blank.numeric()).append('~').append(blank.tolerance()).append(';'));
        }
        return sha256(key.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
