package io.pathwise.lrs.statement.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The interaction properties of an Activity Definition (xAPI Data 2.4.4.1, "Interaction
 * Activities").
 *
 * <ul>
 *   <li>interactionType is one of ten values, matched exactly (Data 2.2.s4.b1.b6: the case of an
 *       enumerated value must match).</li>
 *   <li>correctResponsesPattern is an array of strings. The patterns themselves are not checked:
 *       "The LRS SHOULD* NOT enforce character limits relating to response patterns", and
 *       characterstring parameters "are not validated by the LRS".</li>
 *   <li>choices, scale, source, target and steps are arrays of interaction components, each with a
 *       string id and an optional description language map; "Within an array of interaction
 *       components, all id values MUST be distinct" (2.4.4.1.s16.b1). Each list is only supported by
 *       certain interaction types (2.4.4.1.s15 table 2); the LRS MAY reject the others
 *       (2.4.4.1.s13.b3) and does.</li>
 *   <li>Any of these properties without an interactionType is rejected: the conformance suite
 *       sends each interaction template with interactionType removed and expects 400 (XAPI-00064).</li>
 * </ul>
 */
final class InteractionRules {

    private static final Set<String> TYPES = Set.of(
            "true-false", "choice", "fill-in", "long-fill-in", "matching",
            "performance", "sequencing", "likert", "numeric", "other");
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");
    private static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of(
            "choice", Set.of("choices"),
            "sequencing", Set.of("choices"),
            "likert", Set.of("scale"),
            "matching", Set.of("source", "target"),
            "performance", Set.of("steps"));
    private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");

    private InteractionRules() {
    }

    static void interaction(JsonNode definition, FieldPath at, Validation validation) {
        JsonNode typeNode = JsonShape.get(definition, "interactionType");
        String type = null;
        if (typeNode != null) {
            String value = JsonShape.string(typeNode, at.property("interactionType"), validation);
            if (value != null && TYPES.contains(value)) {
                type = value;
            } else if (value != null) {
                validation.problem(at.property("interactionType"), "must be one of true-false, choice, fill-in, long-fill-in, "
                        + "matching, performance, sequencing, likert, numeric or other (values are case-sensitive), not \""
                        + ValueRules.shorten(value) + "\"");
            }
        }

        JsonNode pattern = JsonShape.get(definition, "correctResponsesPattern");
        if (pattern != null) {
            FieldPath patternPath = at.property("correctResponsesPattern");
            if (typeNode == null) {
                validation.problem(patternPath, "can only be used together with interactionType (Data 2.4.4.1)");
            }
            if (JsonShape.array(pattern, patternPath, validation, "a list of response patterns")) {
                for (int i = 0; i < pattern.size(); i++) {
                    JsonShape.string(pattern.get(i), patternPath.index(i), validation);
                }
            }
        }

        for (String list : COMPONENT_LISTS) {
            JsonNode components = JsonShape.get(definition, list);
            if (components == null) {
                continue;
            }
            FieldPath listPath = at.property(list);
            if (typeNode == null) {
                validation.problem(listPath, "can only be used together with interactionType (Data 2.4.4.1)");
            } else if (type != null && !LISTS_BY_TYPE.getOrDefault(type, Set.of()).contains(list)) {
                validation.problem(listPath, "is not an interaction component list of a '" + type + "' interaction; "
                        + supportedLists(type) + " (Data 2.4.4.1)");
            }
            components(components, listPath, validation);
        }
    }

    private static String supportedLists(String type) {
        switch (type) {
            case "choice":
            case "sequencing":
                return "it uses choices";
            case "likert":
                return "it uses scale";
            case "matching":
                return "it uses source and target";
            case "performance":
                return "it uses steps";
            default:
                return "it has no component lists";
        }
    }

    private static void components(JsonNode components, FieldPath at, Validation validation) {
        if (!JsonShape.array(components, at, validation, "a list of interaction components")) {
            return;
        }
        Set<String> ids = components.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            FieldPath componentPath = at.index(i);
            if (!JsonShape.object(component, componentPath, validation, "an interaction component")) {
                continue;
            }
            JsonShape.onlyProperties(component, COMPONENT_PROPERTIES, componentPath, validation, "an interaction component");
            JsonNode id = JsonShape.required(component, "id", componentPath, validation,
                    "an interaction component is identified within its list by its id");
            if (id != null) {
                String value = JsonShape.string(id, componentPath.property("id"), validation);
                if (value != null && ids != null && !ids.add(value)) {
                    validation.problem(componentPath.property("id"), "'" + ValueRules.shorten(value)
                            + "' is used by an earlier component: ids within a list must be distinct (Data 2.4.4.1)");
                }
            }
            JsonNode description = JsonShape.get(component, "description");
            if (description != null) {
                ValueRules.languageMap(description, componentPath.property("description"), validation);
            }
        }
    }
}
