package io.pathwise.assessment.item;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Ordering, {@code {"order": ["x", "y", "z"]}} listing every entry once: the share of pairs of entries
 * in the right relative order (Kendall's tau as a share), so one entry out of place costs little and
 * the reverse order earns 0.
 */
final class OrderingGrading implements Grading<List<String>> {

    private final ItemSpec.Ordering spec;
    private final Variant variant;

    OrderingGrading(ItemSpec.Ordering spec, Variant variant) {
        this.spec = spec;
        this.variant = variant;
    }

    @Override
    public List<String> read(JsonNode answer) {
        AnswerJson.fields(answer, "order");
        Set<String> ids = spec.order().stream().map(Option::id).collect(Collectors.toSet());
        List<String> order = AnswerJson.distinctIds(AnswerJson.required(answer, "order"), "order", ids, "entry");
        if (order.size() != ids.size()) {
            throw new InvalidAnswerException("'order' must list all " + ids.size() + " entries, each once");
        }
        return order;
    }

    @Override
    public double credit(List<String> order) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < spec.order().size(); i++) {
            rank.put(spec.order().get(i).id(), i);
        }
        int pairs = 0;
        int inOrder = 0;
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                pairs++;
                if (rank.get(order.get(i)) < rank.get(order.get(j))) {
                    inOrder++;
                }
            }
        }
        return pairs == 0 ? 1 : (double) inOrder / pairs;
    }

    /** The entries' texts in the right order. */
    @Override
    public String expected() {
        return spec.order().stream().map(option -> variant.render(option.text())).collect(Collectors.joining(", "));
    }
}
