package io.pathwise.lrs.statement.validation;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The verb (xAPI Data 2.4.3): an object with a required IRI {@code id} and an optional
 * {@code display} language map, and nothing else.
 */
final class VerbRules {

    /** The reserved verb for voiding (Data 2.3.2). */
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static final Set<String> PROPERTIES = Set.of("id", "display");

    private VerbRules() {
    }

    /** Validates the verb and returns its id if it is a string, so the caller can spot "voided". */
    static String verb(JsonNode verb, FieldPath at, Validation validation) {
        if (!JsonShape.object(verb, at, validation, "a Verb")) {
            return null;
        }
        JsonShape.onlyProperties(verb, PROPERTIES, at, validation, "a Verb");
        JsonNode id = JsonShape.required(verb, "id", at, validation, "a Verb is identified by its IRI (Data 2.4.3)");
        if (id != null) {
            ValueRules.iri(id, at.property("id"), validation);
        }
        JsonNode display = JsonShape.get(verb, "display");
        if (display != null) {
            ValueRules.languageMap(display, at.property("display"), validation);
        }
        return id != null && id.isString() ? id.stringValue() : null;
    }
}
