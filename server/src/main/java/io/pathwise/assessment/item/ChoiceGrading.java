package io.pathwise.assessment.item;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Single choice ({@code {"choice": "a"}}: 1 or 0) and multiple choice ({@code {"choices": ["a", "c"]}}:
 * (right picks − wrong picks) / correct choices, at least 0, so that ticking every box earns nothing).
 */
final class ChoiceGrading implements Grading<List<String>> {

    private final ItemSpec.Choice spec;
    private final Variant variant;
    private final boolean multiple;
    private final Set<String> ids;

    ChoiceGrading(ItemSpec.Choice spec, Variant variant, boolean multiple) {
        this.spec = spec;
        this.variant = variant;
        this.multiple = multiple;
        this.ids = spec.choices().stream().map(Option::id).collect(Collectors.toSet());
    }

    @Override
    public List<String> read(JsonNode answer) {
        if (multiple) {
            AnswerJson.fields(answer, "choices");
            return AnswerJson.distinctIds(AnswerJson.required(answer, "choices"), "choices", ids, "choice");
        }
        AnswerJson.fields(answer, "choice");
        String choice = AnswerJson.text(AnswerJson.required(answer, "choice"), "'choice'");
        if (!ids.contains(choice)) {
            throw new InvalidAnswerException("'choice' must be one of the item's choice ids, not '" + choice + "'");
        }
        return List.of(choice);
    }

    @Override
    public double credit(List<String> picks) {
        long right = picks.stream().filter(spec.correct()::contains).count();
        if (!multiple) {
            return right == 1 ? 1 : 0;
        }
        if (spec.correct().isEmpty()) {
            return 0; // not a valid item (the validator requires a correct choice); no credit rather than NaN
        }
        long wrong = picks.size() - right;
        return Math.max(0, (double) (right - wrong) / spec.correct().size());
    }

    /** The correct choices' texts in the author's order. */
    @Override
    public String expected() {
        return spec.choices().stream().filter(option -> spec.correct().contains(option.id()))
                .map(option -> variant.render(option.text())).collect(Collectors.joining(", "));
    }
}
