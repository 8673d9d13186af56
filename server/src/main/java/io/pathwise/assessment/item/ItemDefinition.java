package io.pathwise.assessment.item;

import java.util.List;
import java.util.Map;

/**
 * A quiz item as its author wrote it: the same for every attempt, before parameters are drawn and
 * choices shuffled. Texts are Markdown in which {@code {name}} inserts a parameter and
 * {@code {= expression}} a computed value.
 *
 * @param key the author's stable id, unique in the course
 * @param skills skills of the course the item is evidence for (at least one)
 * @param difficulty 1 (easiest) to 5
 * @param parameters integer ranges drawn per attempt from its seed, by name (empty for a fixed item)
 */
public record ItemDefinition(String key, ItemType type, List<String> skills, int difficulty, String prompt,
        Map<String, ParameterRange> parameters, List<String> hints, String solution, ItemSpec spec) {

    /** Whether an instructor grades it (free text); such items wait in the manual grading queue. */
    public boolean manual() {
        return spec instanceof ItemSpec.Text text && text.manual();
    }
}
