package io.pathwise.assessment.item;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attempt's items are drawn from: the attempt's seed, and the parameter values each item
 * was shown with when the attempt started ({@code shown}, by item key then parameter name).
 * Grading, answer checks and every regrade use the values shown, so an author who changes an
 * item's ranges later does not change the numbers a learner answered. A parameter without a shown
 * value (one added to the item since, or any parameter of an attempt started before values were
 * kept) is drawn from the seed and the item's current range.
 */
public record Draws(long seed, Map<String, Map<String, Long>> shown) {

    private static final TypeReference<Map<String, Map<String, Long>>> SHOWN = new TypeReference<>() {
    };

    public Draws {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        (shown == null ? Map.<String, Map<String, Long>>of() : shown).forEach((key, values) -> copy.put(key, Map.copyOf(values)));
        shown = Map.copyOf(copy);
    }

    /** New draws from a seed, with nothing shown yet: what a starting attempt draws. */
    public static Draws fresh(long seed) {
        return new Draws(seed, Map.of());
    }

    /** The draws of a stored attempt: its seed and its shown values as JSON (null for attempts that kept none). */
    public static Draws of(long seed, String shownJson, JsonMapper json) {
        return shownJson == null ? fresh(seed) : new Draws(seed, json.readValue(shownJson, SHOWN));
    }

    /** The item as this attempt sees it. */
    public Variant variant(ItemDefinition item) {
        return new Variant(item, seed, shown.getOrDefault(item.key(), Map.of()));
    }
}
