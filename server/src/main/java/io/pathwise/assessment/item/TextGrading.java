package io.pathwise.assessment.item;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Short text, {@code {"text": "..."}}: 1 when the normalised text equals an accepted answer or fully
 * matches a pattern, else 0. Free-text (manual) items are read here but scored by an instructor.
 */
final class TextGrading implements Grading<String> {

    private final ItemSpec.Text spec;
    private final Variant variant;

    TextGrading(ItemSpec.Text spec, Variant variant) {
        this.spec = spec;
        this.variant = variant;
    }

    @Override
    public String read(JsonNode answer) {
        AnswerJson.fields(answer, "text");
        return AnswerJson.text(AnswerJson.required(answer, "text"), "'text'");
    }

    @Override
    public double credit(String text) {
        boolean accepted = answers().stream()
                .anyMatch(answer -> TextMatch.sameText(text, variant.render(answer), spec.caseSensitive()))
                || patterns().stream().anyMatch(pattern -> TextMatch.fullMatch(pattern, text, spec.caseSensitive()));
        return accepted ? 1 : 0;
    }

    /** The first accepted answer, else the first pattern; empty for free text. */
    @Override
    public String expected() {
        if (spec.manual()) {
            return "";
        }
        return !answers().isEmpty() ? variant.render(answers().get(0)) : patterns().isEmpty() ? "" : patterns().get(0);
    }

    private List<String> answers() {
        return spec.answers() == null ? List.of() : spec.answers();
    }

    private List<String> patterns() {
        return spec.patterns() == null ? List.of() : spec.patterns();
    }
}
