package io.pathwise.lrs.statement.validation;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Activities and their definitions (xAPI Data 2.4.4.1), as a statement's object or as a context
 * activity.
 *
 * <ul>
 *   <li>objectType is optional and MUST be {@code Activity} when present; id is a required IRI.</li>
 *   <li>definition: name and description are language maps, type an IRI, moreInfo an IRL,
 *       extensions an extensions map; the interaction properties are checked by
 *       {@link InteractionRules}.</li>
 * </ul>
 */
final class ActivityRules {

    private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_PROPERTIES = Set.of(
            "name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");

    private ActivityRules() {
    }

    static void activity(JsonNode activity, FieldPath at, Validation validation) {
        if (!JsonShape.object(activity, at, validation, "an Activity")) {
            return;
        }
        JsonShape.onlyProperties(activity, ACTIVITY_PROPERTIES, at, validation, "an Activity");
        JsonNode objectType = JsonShape.get(activity, "objectType");
        if (objectType != null) {
            String type = JsonShape.string(objectType, at.property("objectType"), validation);
            if (type != null && !"Activity".equals(type)) {
                validation.problem(at.property("objectType"), "must be \"Activity\" (values are case-sensitive), not \""
                        + ValueRules.shorten(type) + "\"");
            }
        }
        JsonNode id = JsonShape.required(activity, "id", at, validation, "an Activity is identified by its IRI (Data 2.4.4.1)");
        if (id != null) {
            ValueRules.iri(id, at.property("id"), validation);
        }
        JsonNode definition = JsonShape.get(activity, "definition");
        if (definition != null) {
            definition(definition, at.property("definition"), validation);
        }
    }

    private static void definition(JsonNode definition, FieldPath at, Validation validation) {
        if (!JsonShape.object(definition, at, validation, "an Activity Definition")) {
            return;
        }
        JsonShape.onlyProperties(definition, DEFINITION_PROPERTIES, at, validation, "an Activity Definition");
        JsonNode name = JsonShape.get(definition, "name");
        if (name != null) {
            ValueRules.languageMap(name, at.property("name"), validation);
        }
        JsonNode description = JsonShape.get(definition, "description");
        if (description != null) {
            ValueRules.languageMap(description, at.property("description"), validation);
        }
        JsonNode type = JsonShape.get(definition, "type");
        if (type != null) {
            ValueRules.iri(type, at.property("type"), validation);
        }
        JsonNode moreInfo = JsonShape.get(definition, "moreInfo");
        if (moreInfo != null) {
            ValueRules.irl(moreInfo, at.property("moreInfo"), validation);
        }
        JsonNode extensions = JsonShape.get(definition, "extensions");
        if (extensions != null) {
            ValueRules.extensions(extensions, at.property("extensions"), validation);
        }
        InteractionRules.interaction(definition, at, validation);
    }
}
