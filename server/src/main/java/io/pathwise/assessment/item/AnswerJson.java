package io.pathwise.assessment.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the parts of an answer's JSON, throwing {@link InvalidAnswerException} naming the field when the shape is wrong. */
final class AnswerJson {

    /** The longest text a learner may send in any field; longer ones are refused, not graded. */
    static final int MAX_TEXT = 2_000;
    /** More entries than any item can have (10), with room to spare; bounds the work on a hostile answer. */
    private static final int MAX_ENTRIES = 100;

    private AnswerJson() {
    }

    /** Checks that the answer is an object whose fields are all among {@code allowed}. */
    static void fields(JsonNode answer, String... allowed) {
        if (answer == null || !answer.isObject()) {
            throw new InvalidAnswerException("the answer must be a JSON object with " + describe(allowed));
        }
        Set<String> known = Set.of(allowed);
        for (String name : answer.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidAnswerException("unexpected field '" + name + "': the answer has " + describe(allowed));
            }
        }
    }

    /** The field's value; a JSON null counts as missing. */
    static JsonNode required(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidAnswerException("'" + field + "' is missing");
        }
        return value;
    }

    /** The field's text, or null when absent or JSON null. */
    static String optionalText(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        return value == null || value.isNull() ? null : text(value, "'" + field + "'");
    }

    /** A JSON string of at most {@link #MAX_TEXT} characters; {@code what} names it in the message. */
    static String text(JsonNode node, String what) {
        if (!node.isString()) {
            throw new InvalidAnswerException(what + " must be a string");
        }
        return checkLength(node.asString(), what);
    }

    /** A JSON string or number, as text (a number is what a player might send for a numeric value). */
    static String textOrNumber(JsonNode node, String what) {
        if (node.isNumber()) {
            // JSON numbers beyond a double's range (1e309) are read as infinite doubles, which have no decimal value.
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                throw new InvalidAnswerException(what + " must be a finite number");
            }
            return checkLength(node.decimalValue().toString(), what);
        }
        if (!node.isString()) {
            throw new InvalidAnswerException(what + " must be a string such as \"3.5\" or a number");
        }
        return checkLength(node.asString(), what);
    }

    /** A JSON array of strings, each of which must be one of {@code ids}, none repeated. */
    static List<String> distinctIds(JsonNode node, String field, Set<String> ids, String kind) {
        if (!node.isArray()) {
            throw new InvalidAnswerException("'" + field + "' must be an array of " + kind + " ids");
        }
        checkSize(node, field);
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode element : node.values()) {
            String id = text(element, "each entry of '" + field + "'");
            if (!ids.contains(id)) {
                throw new InvalidAnswerException("'" + field + "' must hold only the item's " + kind + " ids, not '"
                        + id + "'");
            }
            if (!seen.add(id)) {
                throw new InvalidAnswerException("'" + field + "' must not repeat '" + id + "'");
            }
            values.add(id);
        }
        return values;
    }

    /** A JSON object whose keys must be among {@code keys} and whose values are texts (or numbers when allowed). */
    static Map<String, String> textsByKey(JsonNode node, String field, Set<String> keys, String kind, boolean numbers) {
        if (!node.isObject()) {
            throw new InvalidAnswerException("'" + field + "' must be an object keyed by " + kind + " ids");
        }
        checkSize(node, field);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!keys.contains(entry.getKey())) {
                throw new InvalidAnswerException("'" + field + "' key '" + entry.getKey() + "' must be one of the item's "
                        + kind + " ids");
            }
            String what = "'" + field + "." + entry.getKey() + "'";
            values.put(entry.getKey(), numbers ? textOrNumber(entry.getValue(), what) : text(entry.getValue(), what));
        }
        return values;
    }

    private static void checkSize(JsonNode node, String field) {
        if (node.size() > MAX_ENTRIES) {
            throw new InvalidAnswerException("'" + field + "' has more than " + MAX_ENTRIES + " entries");
        }
    }

    private static String checkLength(String text, String what) {
        if (text.length() > MAX_TEXT) {
            throw new InvalidAnswerException(what + " must be at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static String describe(String... fields) {
        return fields.length == 1 ? "'" + fields[0] + "'" : "'" + String.join("' and '", fields) + "'";
    }
}
