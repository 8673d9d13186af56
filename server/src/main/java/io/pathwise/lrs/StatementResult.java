package io.pathwise.lrs;

import java.time.Duration;
import java.util.Map;

/**
 * The values of a statement's {@code result}, each null when the statement did not give it.
 * {@code duration} is kept as parsed; xAPI durations with years or months have no exact length and
 * are left null. {@code extensions} maps each result extension's IRI to its value's JSON text.
 */
public record StatementResult(Double scaled, Double raw, Double min, Double max, Boolean success,
        Boolean completion, String response, Duration duration, Map<String, String> extensions) {
}
