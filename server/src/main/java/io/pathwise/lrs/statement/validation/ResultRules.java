package io.pathwise.lrs.statement.validation;

import java.math.BigDecimal;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The result of a statement (xAPI Data 2.4.5) and its score (2.4.5.1).
 *
 * <ul>
 *   <li>success and completion are booleans, response a string, duration an ISO 8601 duration
 *       ({@link DurationCheck}), extensions an extensions map.</li>
 *   <li>score: scaled is a "decimal number between -1 and 1, inclusive"; raw a "decimal number
 *       between min and max (if present, otherwise unrestricted), inclusive"; min a "decimal number
 *       less than max (if present)"; max a "decimal number greater than min (if present)". Numbers
 *       given as strings are refused (Data 2.2.s4.b1.b2). raw, min and max must be finite numbers
 *       a double can hold (up to about 1.8e308), as the scores Pathwise announces are doubles.</li>
 * </ul>
 */
final class ResultRules {

    private static final Set<String> RESULT_PROPERTIES =
            Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");
    private static final BigDecimal LARGEST_DOUBLE = new BigDecimal(Double.MAX_VALUE);

    private ResultRules() {
    }

    static void result(JsonNode result, FieldPath at, Validation validation) {
        if (!JsonShape.object(result, at, validation, "a Result")) {
            return;
        }
        JsonShape.onlyProperties(result, RESULT_PROPERTIES, at, validation, "a Result");
        JsonNode score = JsonShape.get(result, "score");
        if (score != null) {
            score(score, at.property("score"), validation);
        }
        JsonNode success = JsonShape.get(result, "success");
        if (success != null) {
            JsonShape.bool(success, at.property("success"), validation);
        }
        JsonNode completion = JsonShape.get(result, "completion");
        if (completion != null) {
            JsonShape.bool(completion, at.property("completion"), validation);
        }
        JsonNode response = JsonShape.get(result, "response");
        if (response != null) {
            JsonShape.string(response, at.property("response"), validation);
        }
        JsonNode duration = JsonShape.get(result, "duration");
        if (duration != null) {
            String value = JsonShape.string(duration, at.property("duration"), validation);
            if (value != null && !DurationCheck.isValid(value)) {
                validation.problem(at.property("duration"), "must be an ISO 8601 duration such as PT1H30M or PT4.5S "
                        + "(weeks, as in P4W, cannot be combined with other units); '" + ValueRules.shorten(value) + "' is not");
            }
        }
        JsonNode extensions = JsonShape.get(result, "extensions");
        if (extensions != null) {
            ValueRules.extensions(extensions, at.property("extensions"), validation);
        }
    }

    private static void score(JsonNode score, FieldPath at, Validation validation) {
        if (!JsonShape.object(score, at, validation, "a Score")) {
            return;
        }
        JsonShape.onlyProperties(score, SCORE_PROPERTIES, at, validation, "a Score");
        JsonNode scaledNode = number(score, "scaled", at, validation);
        if (scaledNode != null) {
            // Out of -1..1 says all there is to say about 1e400 too, so scaled needs no range check of its own.
            BigDecimal scaled = exact(scaledNode);
            if (scaled == null || scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0) {
                validation.problem(at.property("scaled"), "must be between -1 and 1 inclusive, not "
                        + ValueRules.shorten(scaledNode.toString()));
            }
        }
        BigDecimal raw = representable(score, "raw", at, validation);
        BigDecimal min = representable(score, "min", at, validation);
        BigDecimal max = representable(score, "max", at, validation);
        // Compared as the exact decimals sent: as doubles, a min of -1e-400 and a max of 1e-400 are both 0.
        if (min != null && max != null && min.compareTo(max) >= 0) {
            validation.problem(at.property("min"), "must be less than max (" + max + "), not " + min);
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            validation.problem(at.property("raw"), "must not be less than min (" + min + "), but is " + raw);
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            validation.problem(at.property("raw"), "must not be more than max (" + max + "), but is " + raw);
        }
    }

    /** The property if it holds a number; reports it and returns null if it holds anything else. */
    private static JsonNode number(JsonNode score, String property, FieldPath at, Validation validation) {
        JsonNode value = JsonShape.get(score, property);
        return value != null && JsonShape.number(value, at.property(property), validation) ? value : null;
    }

    /**
     * The property's exact value if it holds a number within the range of a double; reports and
     * returns null otherwise. Scores are announced to the rest of Pathwise as doubles
     * ({@code StatementResult}), and a double cannot hold 1e309 or a 400-digit integer: stored, the
     * first came back as the string "Infinity" and the second failed the request with a 500.
     */
    private static BigDecimal representable(JsonNode score, String property, FieldPath at, Validation validation) {
        JsonNode node = number(score, property, at, validation);
        if (node == null) {
            return null;
        }
        BigDecimal value = exact(node);
        if (value == null || value.abs().compareTo(LARGEST_DOUBLE) > 0) {
            validation.problem(at.property(property), "must be a finite number within the range of a 64-bit "
                    + "floating-point number (at most 1.7976931348623157E308 either way), not "
                    + ValueRules.shorten(node.toString()));
            return null;
        }
        return value;
    }

    /**
     * A JSON number's exact value; null for a double that is not finite, which is what a parser
     * reading doubles makes of 1e309 (the LRS reads exact decimals, but statements recorded inside
     * Pathwise may be built with doubles).
     */
    private static BigDecimal exact(JsonNode number) {
        if (number.isDouble() || number.isFloat()) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        return number.decimalValue();
    }
}
