package io.pathwise.lrs.statement.validation;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Statement References (xAPI Data 2.4.4.3), as a statement's object or as context.statement: "A
 * Statement Reference MUST specify an 'objectType' property with the value StatementRef" and "MUST
 * set the 'id' property to the UUID of a Statement". Nothing else is allowed in it.
 */
final class StatementRefRules {

    private static final Set<String> PROPERTIES = Set.of("objectType", "id");

    private StatementRefRules() {
    }

    static void statementRef(JsonNode ref, FieldPath at, Validation validation) {
        if (!JsonShape.object(ref, at, validation, "a Statement Reference")) {
            return;
        }
        JsonShape.onlyProperties(ref, PROPERTIES, at, validation, "a Statement Reference");
        JsonNode objectType = JsonShape.required(ref, "objectType", at, validation,
                "a Statement Reference says \"objectType\": \"StatementRef\" (Data 2.4.4.3)");
        if (objectType != null) {
            String type = JsonShape.string(objectType, at.property("objectType"), validation);
            if (type != null && !"StatementRef".equals(type)) {
                validation.problem(at.property("objectType"), "must be \"StatementRef\" (values are case-sensitive), not \""
                        + ValueRules.shorten(type) + "\"");
            }
        }
        JsonNode id = JsonShape.required(ref, "id", at, validation, "a Statement Reference names a statement by its UUID");
        if (id != null) {
            ValueRules.uuid(id, at.property("id"), validation);
        }
    }
}
