package io.pathwise.assessment.item;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item as one attempt sees it: its parameters drawn from the attempt's seed, and the means to
 * put them into texts and expressions and to order lists, all of them deterministic. The same item and
 * seed always give the same variant, on any JVM (see {@link Seeds} for how streams are derived).
 *
 * <p>Each parameter is drawn from its own stream ({@code seed ^ fnv1a64("param␟<item key>␟<name>")}), so
 * a value depends only on the seed, the item key, its name and its range: adding another parameter to
 * an item does not change the values drawn for the others.
 */
public final class Variant {

    /** {@code {= expression}} or {@code {name}}: braces inside an expression are not allowed, so no nesting. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:=([^{}]*)|([a-z][a-z0-9_]*))\\}");

    private final ItemDefinition item;
    private final long seed;
    private final Map<String, Long> values;

    /** Draws the item's parameters; throws {@link IllegalArgumentException} for a range whose min is above its max. */
    public Variant(ItemDefinition item, long seed) {
        this(item, seed, Map.of());
    }

    /**
     * The item with the values in {@code shown} for the parameters it names (what an attempt was
     * shown, kept even when the range has changed since) and the others drawn from the seed; see
     * {@link Draws}.
     */
    Variant(ItemDefinition item, long seed, Map<String, Long> shown) {
        this.item = item;
        this.seed = seed;
        Map<String, Long> drawn = new TreeMap<>();
        Map<String, ParameterRange> parameters = item.parameters() == null ? Map.of() : item.parameters();
        parameters.forEach((name, range) -> {
            if (shown.containsKey(name)) {
                drawn.put(name, shown.get(name));
                return;
            }
            if (range.min() > range.max()) {
                throw new IllegalArgumentException("item '" + item.key() + "': parameter '" + name + "' has min "
                        + range.min() + " above max " + range.max());
            }
            long size = (long) range.max() - range.min() + 1;
            drawn.put(name, range.min() + Seeds.below(Seeds.stream(seed, "param", item.key(), name), size));
        });
        this.values = Collections.unmodifiableMap(drawn);
    }

    /** The drawn values by parameter name (sorted by name). */
    public Map<String, Long> values() {
        return values;
    }

    /**
     * The text with {@code {name}} replaced by the parameter's value and {@code {= expression}} by the
     * expression's value (whole numbers without decimals, others with at most six, trailing zeros
     * dropped). Braces around anything else, such as {@code {x}} when x is not a parameter, are left as
     * written, since Markdown and formulas use braces too. Null stays null (an absent solution).
     *
     * @throws IllegalArgumentException when an expression is not valid or cannot be computed
     */
    public String render(String markdownText) {
        if (markdownText == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(markdownText);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                replacement = NumberText.format(evaluate(matcher.group(1).strip()));
            } else {
                Long value = values.get(matcher.group(2));
                replacement = value == null ? matcher.group() : value.toString();
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    /** The value of an expression of this variant's parameters (see {@link Expression}). */
    public double evaluate(String expression) {
        try {
            return Expression.evaluate(expression, values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("item '" + item.key() + "': " + e.getMessage(), e);
        }
    }

    /**
     * A new list with the elements in an order drawn from this attempt's seed, this item and {@code salt}
     * (one salt per list of an item, so that its lists are ordered independently). The input is not changed.
     */
    public <T> List<T> shuffle(List<T> elements, String salt) {
        return Seeds.shuffle(elements, Seeds.stream(seed, "shuffle", item.key(), salt));
    }
}
