package io.pathwise.lrs.statement.validation;

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
 *       given as strings are refused (Data 2.2.s4.b1.b2).</li>
 * </ul>
 */
final class ResultRules {

    private static final Set<String> RESULT_PROPERTIES =
            Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");

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
        JsonNode scaled = number(score, "scaled", at, validation);
        JsonNode raw = number(score, "raw", at, validation);
        JsonNode min = number(score, "min", at, validation);
        JsonNode max = number(score, "max", at, validation);
        if (scaled != null && (scaled.doubleValue() < -1 || scaled.doubleValue() > 1)) {
            validation.problem(at.property("scaled"), "must be between -1 and 1 inclusive, not " + scaled);
        }
        if (min != null && max != null && min.doubleValue() >= max.doubleValue()) {
            validation.problem(at.property("min"), "must be less than max (" + max + "), not " + min);
        }
        if (raw != null && min != null && raw.doubleValue() < min.doubleValue()) {
            validation.problem(at.property("raw"), "must not be less than min (" + min + "), but is " + raw);
        }
        if (raw != null && max != null && raw.doubleValue() > max.doubleValue()) {
            validation.problem(at.property("raw"), "must not be more than max (" + max + "), but is " + raw);
        }
    }

    /** The property if it holds a number; reports it and returns null if it holds anything else. */
    private static JsonNode number(JsonNode score, String property, FieldPath at, Validation validation) {
        JsonNode value = JsonShape.get(score, property);
        return value != null && JsonShape.number(value, at.property(property), validation) ? value : null;
    }
}
