package io.pathwise.lrs.statement.validation;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The value types shared by all parts of a statement: IRIs, IRLs, UUIDs, language maps,
 * extensions and timestamps. Each method reports at most one problem for the value it is given
 * (a language map reports one per bad entry).
 */
final class ValueRules {

    private ValueRules() {
    }

    /** An absolute IRI string (Data 2.2.s4.b1.b4, b8: format-following, with a scheme). */
    static void iri(JsonNode node, FieldPath at, Validation validation) {
        String value = JsonShape.string(node, at, validation);
        if (value != null && !IriCheck.isAbsoluteIri(value)) {
            validation.problem(at, "must be an absolute IRI with a scheme, such as http://example.com/path; '"
                    + shorten(value) + "' is not");
        }
    }

    /** An IRL: an IRI meant to be resolvable, held to the same syntax as {@link #iri}. */
    static void irl(JsonNode node, FieldPath at, Validation validation) {
        String value = JsonShape.string(node, at, validation);
        if (value != null && !IriCheck.isAbsoluteIri(value)) {
            validation.problem(at, "must be an absolute IRL (a resolvable IRI with a scheme, such as https://example.com/page); '"
                    + shorten(value) + "' is not");
        }
    }

    /** A UUID in standard string form (Data 4.4). */
    static void uuid(JsonNode node, FieldPath at, Validation validation) {
        String value = JsonShape.string(node, at, validation);
        if (value != null && !UuidCheck.isUuid(value)) {
            validation.problem(at, "must be a UUID in standard form, such as 6690e6c9-3ef0-4ed3-8b37-7f3964730bee; '"
                    + shorten(value) + "' is not");
        }
    }

    /**
     * A language map (Data 4.2): an object whose keys are RFC 5646 language tags and whose values
     * are strings. The conformance suite rejects an empty map ("A Language Map is defined as an
     * array of language tag/String pairs has at least 1 entry").
     */
    static void languageMap(JsonNode node, FieldPath at, Validation validation) {
        if (!JsonShape.object(node, at, validation, "a language map")) {
            return;
        }
        if (node.isEmpty()) {
            validation.problem(at, "must have at least one entry: a language map maps RFC 5646 language tags to text");
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            FieldPath entryPath = at.key(entry.getKey());
            if (!LanguageTagCheck.isValid(entry.getKey())) {
                validation.problem(entryPath, "'" + shorten(entry.getKey())
                        + "' is not an RFC 5646 language tag (such as en, en-US, zh-Hant or sr-Latn-RS)");
            }
            JsonShape.string(entry.getValue(), entryPath, validation);
        }
    }

    /** An RFC 5646 language tag given as a string (context.language). */
    static void languageTag(JsonNode node, FieldPath at, Validation validation) {
        String value = JsonShape.string(node, at, validation);
        if (value != null && !LanguageTagCheck.isValid(value)) {
            validation.problem(at, "must be an RFC 5646 language tag (such as en, en-US or zh-Hant); '"
                    + shorten(value) + "' is not");
        }
    }

    /**
     * Extensions (Data 4.1): an object whose keys are IRIs. The values can be any JSON value,
     * null included: "An LRS MUST NOT reject a Statement based on the values of the extensions
     * map", and nulls are only forbidden outside extensions (2.2.s4.b1.b1). An empty map is fine.
     */
    static void extensions(JsonNode node, FieldPath at, Validation validation) {
        if (!JsonShape.object(node, at, validation, "an extensions map")) {
            return;
        }
        for (String key : node.propertyNames()) {
            if (!IriCheck.isAbsoluteIri(key)) {
                validation.problem(at.key(key), "extension keys must be absolute IRIs, such as "
                        + "http://example.com/xapi/extensions/speed; '" + shorten(key) + "' is not");
            }
        }
    }

    /** An ISO 8601 timestamp; xAPI 2.0 also requires its time zone (see {@link TimestampCheck}). */
    static void timestamp(JsonNode node, FieldPath at, Validation validation) {
        String value = JsonShape.string(node, at, validation);
        if (value == null) {
            return;
        }
        String reason = TimestampCheck.problemWith(value, validation.isV2());
        if (reason != null) {
            validation.problem(at, reason + " (got '" + shorten(value) + "')");
        }
    }

    /** Long values are cut in reasons so a problem stays readable. */
    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
