package io.pathwise.assessment.item;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Numeric items, {@code {"value": "3.5", "unit": "cm"}}: 1 for a number within the tolerance and, when
 * the item lists units, one of them; 0.5 for the right number with a missing or wrong unit. A value that
 * is not a number is a wrong answer, not a wrong shape, so a half-typed draft is still saved.
 */
final class NumericGrading implements Grading<NumericGrading.Given> {

    /** Absorbs binary rounding, so that 0.1 + 0.2 equals 0.3 with a tolerance of 0. */
    static final double SLACK = 1e-9;

    private final ItemSpec.Numeric spec;
    private final Variant variant;

    NumericGrading(ItemSpec.Numeric spec, Variant variant) {
        this.spec = spec;
        this.variant = variant;
    }

    /** The value as sent, and the {@code unit} field (null when absent). */
    record Given(String value, String unit) {
    }

    @Override
    public Given read(JsonNode answer) {
        AnswerJson.fields(answer, "value", "unit");
        return new Given(AnswerJson.textOrNumber(AnswerJson.required(answer, "value"), "'value'"),
                AnswerJson.optionalText(answer, "unit"));
    }

    /**
     * A unit written after the number ({@code 3.5 cm}) is the one that counts, otherwise the {@code unit}
     * field. Items without units ignore any unit given: only the number is asked for.
     */
    @Override
    public double credit(Given given) {
        Optional<NumberText.Reading> reading = NumberText.read(given.value());
        if (reading.isEmpty() || !close(reading.get().value(), variant.evaluate(spec.answer()), spec.tolerance())) {
            return 0;
        }
        if (units().isEmpty()) {
            return 1;
        }
        String unit = !reading.get().unit().isEmpty() ? reading.get().unit() : given.unit() == null ? "" : given.unit();
        String key = NumberText.unitKey(unit);
        return units().stream().map(NumberText::unitKey).anyMatch(key::equals) ? 1 : 0.5;
    }

    /** Such as {@code 3.5 cm} or {@code 3.14 (± 0.01)}: the number, the first unit, the tolerance if any. */
    @Override
    public String expected() {
        String number = NumberText.format(variant.evaluate(spec.answer()));
        String unit = units().isEmpty() ? "" : " " + units().get(0);
        String tolerance = spec.tolerance() > 0 ? " (± " + NumberText.format(spec.tolerance()) + ")" : "";
        return number + unit + tolerance;
    }

    /** Whether a learner's number is within an absolute tolerance of the right one. */
    static boolean close(double given, double expected, double tolerance) {
        return Math.abs(given - expected) <= Math.max(0, tolerance) + SLACK;
    }

    private List<String> units() {
        return spec.units() == null ? List.of() : spec.units();
    }
}
