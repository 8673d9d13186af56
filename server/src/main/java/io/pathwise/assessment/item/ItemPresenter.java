package io.pathwise.assessment.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an item and an attempt's seed into what the learner sees; the same inputs always give the same result. */
public final class ItemPresenter {

    private static final Pattern BLANK = Pattern.compile("\\[\\[([A-Za-z0-9_-]+)\\]\\]");
    /** Reshuffles of an ordering before falling back to a rotation; with three entries, 1 in 1.7 million gets that far. */
    private static final int ORDER_DRAWS = 8;

    private ItemPresenter() {
    }

    /**
     * The item with its parameters drawn from {@code seed} and put into every text, choices and right-hand
     * options shuffled, and ordering entries shuffled into an order that is not already right (two
     * entries: either order).
     *
     * @throws IllegalArgumentException when the item's texts hold an expression that cannot be computed
     */
    public static PresentedItem present(ItemDefinition item, long seed) {
        return present(item, Draws.fresh(seed));
    }

    /** The item as {@link #present(ItemDefinition, long)} shows it, with the values the draws keep for it. */
    public static PresentedItem present(ItemDefinition item, Draws draws) {
        Variant variant = draws.variant(item);
        List<Option> choices = List.of();
        List<Option> order = List.of();
        List<Option> left = List.of();
        List<Option> right = List.of();
        List<String> blanks = List.of();
        List<String> units = List.of();
        if (item.spec() instanceof ItemSpec.Choice choice) {
            List<Option> rendered = render(variant, choice.choices());
            choices = choice.shuffle() ? variant.shuffle(rendered, "choices") : rendered;
        } else if (item.spec() instanceof ItemSpec.Ordering ordering) {
            order = outOfOrder(variant, render(variant, ordering.order()));
        } else if (item.spec() instanceof ItemSpec.Matching matching) {
            left = render(variant, matching.pairs().stream().map(ItemSpec.Matching.Pair::left).toList());
            right = variant.shuffle(render(variant, rightOptions(matching)), "right");
        } else if (item.spec() instanceof ItemSpec.Blanks fill) {
            blanks = blankIds(item.prompt(), fill.blanks().keySet());
        } else if (item.spec() instanceof ItemSpec.Numeric numeric && numeric.units() != null) {
            units = numeric.units();
        }
        List<String> hints = item.hints() == null ? List.of() : item.hints().stream().map(variant::render).toList();
        return new PresentedItem(item.key(), item.type().packageName(), variant.render(item.prompt()), choices, order,
                left, right, blanks, units, hints, variant.render(item.solution()));
    }

    /**
     * The blank ids in the order their {@code [[id]]} markers appear in the prompt, each once; ids of
     * {@code known} the prompt lacks (an authoring mistake the validator reports) follow in sorted order,
     * so that every blank can still be answered. Markers of unknown ids are left out.
     */
    static List<String> blankIds(String prompt, Set<String> known) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = BLANK.matcher(prompt == null ? "" : prompt);
        while (matcher.find()) {
            if (known.contains(matcher.group(1))) {
                ids.add(matcher.group(1));
            }
        }
        ids.addAll(new TreeSet<>(known));
        return List.copyOf(ids);
    }

    /** The right-hand options: each pair's right option once by id (pairs may share one), then the distractors. */
    static List<Option> rightOptions(ItemSpec.Matching matching) {
        Map<String, Option> byId = new LinkedHashMap<>();
        matching.pairs().forEach(pair -> byId.putIfAbsent(pair.right().id(), pair.right()));
        if (matching.distractors() != null) {
            matching.distractors().forEach(option -> byId.putIfAbsent(option.id(), option));
        }
        return List.copyOf(byId.values());
    }

    private static List<Option> render(Variant variant, List<Option> options) {
        return options.stream().map(option -> new Option(option.id(), variant.render(option.text()))).toList();
    }

    /**
     * A shuffle that is never the right order (for three or more entries), so that no learner gets an
     * ordering item already solved. Redrawing keeps every other order equally likely; the rotation after
     * {@value #ORDER_DRAWS} unlucky draws only bounds the work, and a rotation by one is never the identity.
     *
     * <p>Two entries have only one wrong order, so "never right" would always show them reversed and
     * the learner would only need to swap them. Either order is shown instead, each half the time: the
     * item is then what it can only be, a choice between two answers.
     */
    private static List<Option> outOfOrder(Variant variant, List<Option> right) {
        if (right.size() < 2) {
            return right;
        }
        if (right.size() == 2) {
            return variant.shuffle(right, "order/0");
        }
        for (int draw = 0; draw < ORDER_DRAWS; draw++) {
            List<Option> shuffled = variant.shuffle(right, "order/" + draw);
            if (!shuffled.equals(right)) {
                return shuffled;
            }
        }
        List<Option> rotated = new ArrayList<>(right);
        Collections.rotate(rotated, 1);
        return rotated;
    }
}
