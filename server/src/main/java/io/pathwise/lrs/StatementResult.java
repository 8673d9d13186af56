package io.pathwise.lrs;

import java.time.Duration;

/**
 * The values of a statement's {@code result}, each null when the statement did not give it.
 * {@code duration} is kept as parsed; xAPI durations with years or months have no exact length and
 * are left null.
 */
public record StatementResult(Double scaled, Double raw, Double min, Double max, Boolean success,
        Boolean completion, String response, Duration duration) {
}
