package io.pathwise.lrs.statement.validation;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The context of a statement (xAPI Data 2.4.6), including the context agents and groups that xAPI
 * 2.0 adds.
 *
 * <ul>
 *   <li>registration is a UUID; instructor an Agent or Group; team a Group; revision and platform
 *       strings that "MUST only be used if the Statement's Object is an Activity" (2.4.6.s4.b1, b2);
 *       language an RFC 5646 tag; statement a Statement Reference; extensions an extensions map.</li>
 *   <li>contextActivities: "Every key ... MUST be one of parent, grouping, category, or other" and
 *       "Every value ... MUST be either a single Activity Object or an array of Activity Objects"
 *       (2.4.6.2.s4). A single Activity is accepted here; the LRS returns it as an array. An empty
 *       contextActivities object is refused, as the conformance suite requires.</li>
 *   <li>xAPI 2.0 only: contextAgents, a list of {@code {"objectType": "contextAgent", "agent": Agent,
 *       "relevantTypes": [IRI...]}}, and contextGroups, the same with {@code "contextGroup"} and a
 *       Group. relevantTypes is optional but, when given, a non-empty list of IRIs (the 2.0 suite
 *       rejects an empty one). Under 1.0.3 both are unknown properties.</li>
 * </ul>
 */
final class ContextRules {

    private static final Set<String> PROPERTIES_1_0_3 = Set.of(
            "registration", "instructor", "team", "contextActivities", "revision", "platform", "language",
            "statement", "extensions");
    private static final Set<String> PROPERTIES_2_0 = Set.of(
            "registration", "instructor", "team", "contextActivities", "revision", "platform", "language",
            "statement", "extensions", "contextAgents", "contextGroups");
    private static final Set<String> CONTEXT_TYPES = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> CONTEXT_AGENT_PROPERTIES = Set.of("objectType", "agent", "relevantTypes");
    private static final Set<String> CONTEXT_GROUP_PROPERTIES = Set.of("objectType", "group", "relevantTypes");
    private static final Map<ObjectKind, String> OBJECT_NAMES = Map.of(
            ObjectKind.AGENT, "an Agent",
            ObjectKind.GROUP, "a Group",
            ObjectKind.STATEMENT_REF, "a Statement Reference",
            ObjectKind.SUB_STATEMENT, "a SubStatement");

    private ContextRules() {
    }

    static void context(JsonNode context, FieldPath at, Validation validation, ObjectKind object) {
        if (!JsonShape.object(context, at, validation, "a Context")) {
            return;
        }
        boolean v2 = validation.isV2();
        JsonShape.onlyProperties(context, v2 ? PROPERTIES_2_0 : PROPERTIES_1_0_3, at, validation, "a Context",
                v2 ? null : ContextRules::explainUnder103);

        JsonNode registration = JsonShape.get(context, "registration");
        if (registration != null) {
            ValueRules.uuid(registration, at.property("registration"), validation);
        }
        JsonNode instructor = JsonShape.get(context, "instructor");
        if (instructor != null) {
            AgentRules.agentOrGroup(instructor, at.property("instructor"), validation);
        }
        JsonNode team = JsonShape.get(context, "team");
        if (team != null) {
            AgentRules.group(team, at.property("team"), validation, "a team is a Group (Data 2.4.6)");
        }
        JsonNode contextActivities = JsonShape.get(context, "contextActivities");
        if (contextActivities != null) {
            contextActivities(contextActivities, at.property("contextActivities"), validation);
        }
        onlyWithActivity(context, "revision", at, validation, object);
        onlyWithActivity(context, "platform", at, validation, object);
        JsonNode language = JsonShape.get(context, "language");
        if (language != null) {
            ValueRules.languageTag(language, at.property("language"), validation);
        }
        JsonNode statement = JsonShape.get(context, "statement");
        if (statement != null) {
            StatementRefRules.statementRef(statement, at.property("statement"), validation);
        }
        JsonNode extensions = JsonShape.get(context, "extensions");
        if (extensions != null) {
            ValueRules.extensions(extensions, at.property("extensions"), validation);
        }
        if (v2) {
            JsonNode contextAgents = JsonShape.get(context, "contextAgents");
            if (contextAgents != null) {
                contextAgents(contextAgents, at.property("contextAgents"), validation);
            }
            JsonNode contextGroups = JsonShape.get(context, "contextGroups");
            if (contextGroups != null) {
                contextGroups(contextGroups, at.property("contextGroups"), validation);
            }
        }
    }

    private static String explainUnder103(String property) {
        return "contextAgents".equals(property) || "contextGroups".equals(property)
                ? "is only defined in xAPI 2.0; this request was made with xAPI 1.0.3"
                : null;
    }

    private static void onlyWithActivity(JsonNode context, String property, FieldPath at, Validation validation, ObjectKind object) {
        JsonNode value = JsonShape.get(context, property);
        if (value == null) {
            return;
        }
        JsonShape.string(value, at.property(property), validation);
        String objectName = OBJECT_NAMES.get(object);
        if (objectName != null) {
            validation.problem(at.property(property), "must only be used when the statement's object is an Activity, "
                    + "and this object is " + objectName + " (Data 2.4.6)");
        }
    }

    private static void contextActivities(JsonNode contextActivities, FieldPath at, Validation validation) {
        if (!JsonShape.object(contextActivities, at, validation, "a contextActivities object")) {
            return;
        }
        if (contextActivities.isEmpty()) {
            validation.problem(at, "must have at least one of parent, grouping, category or other; leave it out when there are none");
            return;
        }
        JsonShape.onlyProperties(contextActivities, CONTEXT_TYPES, at, validation, "contextActivities",
                property -> "is not a context type: the keys of contextActivities are parent, grouping, category and other");
        for (String type : CONTEXT_TYPES) {
            JsonNode activities = JsonShape.get(contextActivities, type);
            if (activities == null) {
                continue;
            }
            FieldPath typePath = at.property(type);
            if (activities.isArray()) {
                for (int i = 0; i < activities.size(); i++) {
                    ActivityRules.activity(activities.get(i), typePath.index(i), validation);
                }
            } else if (activities.isObject()) {
                ActivityRules.activity(activities, typePath, validation);
            } else {
                validation.problem(typePath, "must be an Activity or a list of Activities, not " + JsonShape.describe(activities));
            }
        }
    }

    private static void contextAgents(JsonNode contextAgents, FieldPath at, Validation validation) {
        if (!JsonShape.array(contextAgents, at, validation, "a list of contextAgent objects")) {
            return;
        }
        for (int i = 0; i < contextAgents.size(); i++) {
            JsonNode entry = contextAgents.get(i);
            FieldPath entryPath = at.index(i);
            if (!JsonShape.object(entry, entryPath, validation, "a contextAgent object")) {
                continue;
            }
            JsonShape.onlyProperties(entry, CONTEXT_AGENT_PROPERTIES, entryPath, validation, "a contextAgent object");
            objectType(entry, "contextAgent", entryPath, validation);
            JsonNode agent = JsonShape.required(entry, "agent", entryPath, validation, "a contextAgent names its Agent");
            if (agent != null) {
                AgentRules.agent(agent, entryPath.property("agent"), validation,
                        "must be an Agent; put Groups in contextGroups");
            }
            relevantTypes(entry, entryPath, validation);
        }
    }

    private static void contextGroups(JsonNode contextGroups, FieldPath at, Validation validation) {
        if (!JsonShape.array(contextGroups, at, validation, "a list of contextGroup objects")) {
            return;
        }
        for (int i = 0; i < contextGroups.size(); i++) {
            JsonNode entry = contextGroups.get(i);
            FieldPath entryPath = at.index(i);
            if (!JsonShape.object(entry, entryPath, validation, "a contextGroup object")) {
                continue;
            }
            JsonShape.onlyProperties(entry, CONTEXT_GROUP_PROPERTIES, entryPath, validation, "a contextGroup object");
            objectType(entry, "contextGroup", entryPath, validation);
            JsonNode group = JsonShape.required(entry, "group", entryPath, validation, "a contextGroup names its Group");
            if (group != null) {
                AgentRules.group(group, entryPath.property("group"), validation,
                        "a contextGroup holds a Group; put Agents in contextAgents");
            }
            relevantTypes(entry, entryPath, validation);
        }
    }

    private static void objectType(JsonNode entry, String expected, FieldPath at, Validation validation) {
        JsonNode objectType = JsonShape.required(entry, "objectType", at, validation,
                "it must say \"objectType\": \"" + expected + "\"");
        if (objectType != null) {
            String value = JsonShape.string(objectType, at.property("objectType"), validation);
            if (value != null && !expected.equals(value)) {
                validation.problem(at.property("objectType"), "must be \"" + expected + "\" (values are case-sensitive), not \""
                        + ValueRules.shorten(value) + "\"");
            }
        }
    }

    private static void relevantTypes(JsonNode entry, FieldPath at, Validation validation) {
        JsonNode relevantTypes = JsonShape.get(entry, "relevantTypes");
        if (relevantTypes == null) {
            return;
        }
        FieldPath typesPath = at.property("relevantTypes");
        if (!JsonShape.array(relevantTypes, typesPath, validation, "a list of IRIs")) {
            return;
        }
        if (relevantTypes.isEmpty()) {
            validation.problem(typesPath, "must list at least one IRI; leave it out when there is none");
        }
        for (int i = 0; i < relevantTypes.size(); i++) {
            ValueRules.iri(relevantTypes.get(i), typesPath.index(i), validation);
        }
    }
}
