package io.pathwise.assessment.item;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Matching, {@code {"pairs": {"l1": "r2", ...}}}: the share of left entries given their partner. A left
 * entry left out is simply not matched; one right option may be given to several left entries, since
 * pairs may share a right option (sorting numbers into "even" and "odd").
 */
final class MatchingGrading implements Grading<Map<String, String>> {

    private final ItemSpec.Matching spec;
    private final Variant variant;

    MatchingGrading(ItemSpec.Matching spec, Variant variant) {
        this.spec = spec;
        this.variant = variant;
    }

    /**
     * A JSON object cannot give a left entry twice once parsed; the API's parser must reject duplicate
     * keys for that rule to hold on the wire (Jackson keeps the last otherwise).
     */
    @Override
    public Map<String, String> read(JsonNode answer) {
        AnswerJson.fields(answer, "pairs");
        Set<String> leftIds = spec.pairs().stream().map(pair -> pair.left().id()).collect(Collectors.toSet());
        Set<String> rightIds = ItemPresenter.rightOptions(spec).stream().map(Option::id).collect(Collectors.toSet());
        Map<String, String> pairs = AnswerJson.textsByKey(AnswerJson.required(answer, "pairs"), "pairs", leftIds, "left",
                false);
        pairs.forEach((left, right) -> {
            if (!rightIds.contains(right)) {
                throw new InvalidAnswerException("'pairs." + left + "' must be one of the item's right-hand ids, not '"
                        + right + "'");
            }
        });
        return pairs;
    }

    @Override
    public double credit(Map<String, String> pairs) {
        long matched = spec.pairs().stream().filter(pair -> pair.right().id().equals(pairs.get(pair.left().id()))).count();
        return spec.pairs().isEmpty() ? 0 : (double) matched / spec.pairs().size();
    }

    /** Such as {@code 2 → even; 3 → odd}, in the author's order. */
    @Override
    public String expected() {
        return spec.pairs().stream()
                .map(pair -> variant.render(pair.left().text()) + " → " + variant.render(pair.right().text()))
                .collect(Collectors.joining("; "));
    }
}
