package io.pathwise.assessment.item;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Fill-in-the-blank, {@code {"blanks": {"b1": "8"}}}: the share of the item's blanks answered right. A
 * text blank takes a normalised, case-insensitive accepted answer; a numeric blank a number within its
 * tolerance, read as for numeric items (fractions, mixed numbers; no units are asked for, so any is ignored).
 */
final class BlanksGrading implements Grading<Map<String, String>> {

    private final ItemDefinition item;
    private final ItemSpec.Blanks spec;
    private final Variant variant;

    BlanksGrading(ItemDefinition item, ItemSpec.Blanks spec, Variant variant) {
        this.item = item;
        this.spec = spec;
        this.variant = variant;
    }

    @Override
    public Map<String, String> read(JsonNode answer) {
        AnswerJson.fields(answer, "blanks");
        return AnswerJson.textsByKey(AnswerJson.required(answer, "blanks"), "blanks", spec.blanks().keySet(), "blank",
                true);
    }

    @Override
    public double credit(Map<String, String> given) {
        if (spec.blanks().isEmpty()) {
            return 0;
        }
        long right = spec.blanks().entrySet().stream()
                .filter(blank -> given.containsKey(blank.getKey()) && isRight(blank.getValue(), given.get(blank.getKey())))
                .count();
        return (double) right / spec.blanks().size();
    }

    /** Each blank's right answer in prompt order, such as {@code 8, cat}. */
    @Override
    public String expected() {
        return ItemPresenter.blankIds(item.prompt(), spec.blanks().keySet()).stream()
                .map(id -> expected(spec.blanks().get(id))).collect(Collectors.joining(", "));
    }

    private boolean isRight(ItemSpec.Blanks.Blank blank, String text) {
        if (blank.numeric() != null) {
            return NumberText.read(text)
                    .filter(reading -> NumericGrading.close(reading.value(), variant.evaluate(blank.numeric()),
                            blank.tolerance()))
                    .isPresent();
        }
        return answers(blank).stream().anyMatch(answer -> TextMatch.sameText(text, variant.render(answer), false));
    }

    private String expected(ItemSpec.Blanks.Blank blank) {
        if (blank.numeric() != null) {
            return NumberText.format(variant.evaluate(blank.numeric()));
        }
        return answers(blank).isEmpty() ? "" : variant.render(answers(blank).get(0));
    }

    private static List<String> answers(ItemSpec.Blanks.Blank blank) {
        return blank.answers() == null ? List.of() : blank.answers();
    }
}
