package io.pathwise.lrs.statement.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-level checks every part of a statement needs: is this an object, a string, a number;
 * does this object use only the properties the specification defines, spelled with the right
 * case; is anything set to null.
 *
 * <p>xAPI Data 2.2.s4.b1: the LRS MUST reject statements with null values (except inside
 * extensions), with the wrong data type, where the case of a key does not match the
 * specification, or where a key is not allowed by the specification.
 */
final class JsonShape {

    private JsonShape() {
    }

    /**
     * True if {@code node} is a JSON object; otherwise reports that it must be {@code what} (an
     * Agent, a Result...) and returns false so the caller skips the object's insides.
     */
    static boolean object(JsonNode node, FieldPath at, Validation validation, String what) {
        if (node.isObject()) {
            return true;
        }
        validation.problem(at, node.isNull()
                ? "must not be null; leave the property out instead"
                : "must be " + what + " (a JSON object), not " + describe(node));
        return false;
    }

    /** True if {@code node} is a JSON array; otherwise reports it. */
    static boolean array(JsonNode node, FieldPath at, Validation validation, String what) {
        if (node.isArray()) {
            return true;
        }
        validation.problem(at, node.isNull()
                ? "must not be null; leave the property out instead"
                : "must be " + what + " (a JSON array), not " + describe(node));
        return false;
    }

    /** The string value, or null after reporting that the value is not a string. */
    static String string(JsonNode node, FieldPath at, Validation validation) {
        if (node.isString()) {
            return node.stringValue();
        }
        validation.problem(at, node.isNull()
                ? "must not be null; leave the property out instead"
                : "must be a string, not " + describe(node));
        return null;
    }

    /** Reports a value that is not a JSON boolean: the string "true" is not a boolean (Data 2.2.s4.b1.b3). */
    static void bool(JsonNode node, FieldPath at, Validation validation) {
        if (!node.isBoolean()) {
            validation.problem(at, "must be true or false (a JSON boolean), not " + describe(node));
        }
    }

    /**
     * Reports a value that is not a JSON number: the string "100" is not a number
     * (Data 2.2.s4.b1.b2). Returns whether it is one.
     */
    static boolean number(JsonNode node, FieldPath at, Validation validation) {
        if (node.isNumber()) {
            return true;
        }
        validation.problem(at, "must be a number, not " + describe(node));
        return false;
    }

    /**
     * The value of a property, or null when the property is missing or JSON null. A null value
     * has already been reported by {@link #onlyProperties}, so callers simply skip it.
     */
    static JsonNode get(JsonNode object, String property) {
        JsonNode value = object.get(property);
        return value == null || value.isNull() ? null : value;
    }

    /** Reports a required property that is missing (a present-but-null one is reported as null). */
    static JsonNode required(JsonNode object, String property, FieldPath at, Validation validation, String why) {
        JsonNode value = object.get(property);
        if (value == null) {
            validation.problem(at.property(property), "is required: " + why);
            return null;
        }
        return value.isNull() ? null : value;
    }

    /**
     * Reports every property of {@code object} that is not in {@code allowed}, and every allowed
     * property whose value is null. Property names are case-sensitive (Data 2.2.s4.b1.b5), so a
     * wrongly cased name is reported as unknown with a hint at the right spelling.
     */
    static void onlyProperties(JsonNode object, Set<String> allowed, FieldPath at, Validation validation, String what) {
        onlyProperties(object, allowed, at, validation, what, null);
    }

    /**
     * As {@link #onlyProperties(JsonNode, Set, FieldPath, Validation, String)}; {@code explain}
     * may give a more precise reason for a particular unknown property (or null for the default).
     */
    static void onlyProperties(JsonNode object, Set<String> allowed, FieldPath at, Validation validation, String what,
            Function<String, String> explain) {
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            if (!allowed.contains(name)) {
                String reason = explain == null ? null : explain.apply(name);
                validation.problem(at.property(name), reason != null ? reason : unknown(name, allowed, what));
            } else if (property.getValue().isNull()) {
                validation.problem(at.property(name), "must not be null; leave the property out instead");
            }
        }
    }

    private static String unknown(String name, Set<String> allowed, String what) {
        for (String known : allowed) {
            if (known.equalsIgnoreCase(name)) {
                return "is not a property of " + what + "; property names are case-sensitive, did you mean '" + known + "'?";
            }
        }
        return "is not a property of " + what + " in xAPI, and additional properties are not allowed";
    }

    /** The kind of a JSON value, in words, for reasons such as "must be a string, not a number". */
    static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case BOOLEAN:
                return "a boolean";
            case ARRAY:
                return "an array";
            case OBJECT:
            case POJO:
                return "an object";
            case NULL:
                return "null";
            default:
                return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
        }
    }
}
