package io.pathwise.lrs.statement.wire;

import java.util.List;
import java.util.Locale.LanguageRange;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shapes stored statements for the {@code format} parameter of GET statements (xAPI Communication
 * 2.1.3) and normalises statements before they are stored.
 *
 * <p>These run for every statement the LRS stores or returns, so they copy as little as they can: a
 * result shares every subtree it does not change with its input, and returns the input itself when
 * nothing changes. Callers must therefore treat inputs and results as read-only.
 */
public final class StatementFormats {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Inverse Functional Identifiers (Data 2.4.2.3): any one identifies an Agent or an Identified Group. */
    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");

    /** The interaction component lists of an Activity Definition (Data 2.4.4.1.s15). */
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

    private StatementFormats() {
    }

    /** The values of the {@code format} parameter. */
    public enum Format {
        EXACT, IDS, CANONICAL;

        /**
         * The format a request asks for: {@code exact} when the parameter is absent, empty when it
         * names no format (the values are enumerated, so their case must match, Data 2.2.s4.b1.b6).
         */
        public static Optional<Format> fromParameter(String value) {
            if (value == null) {
                return Optional.of(EXACT);
            }
            return switch (value) {
                case "exact" -> Optional.of(EXACT);
                case "ids" -> Optional.of(IDS);
                case "canonical" -> Optional.of(CANONICAL);
                default -> Optional.empty();
            };
        }
    }

    /** A stored statement in the requested format. */
    public static JsonNode apply(Format format, JsonNode stored, List<LanguageRange> acceptLanguage) {
        return switch (format) {
            case EXACT -> stored;
            case IDS -> ids(stored);
            case CANONICAL -> canonical(stored, acceptLanguage);
        };
    }

    /**
     * Format {@code ids}: "only include minimum information necessary in Agent, Activity, Verb and Group
     * Objects to identify them. For Anonymous Groups this means including the minimum information
     * needed to identify each member." Agents and Identified Groups keep their {@code objectType} and
     * IFI, Anonymous Groups their {@code objectType} and members (each by IFI), Activities and Verbs
     * their id alone. This applies wherever they occur: actor, object, SubStatement, context
     * (instructor, team, contextActivities, and the contextAgents and contextGroups of 2.0) and
     * authority. Everything else is returned as stored.
     */
    public static JsonNode ids(JsonNode stored) {
        return statementIds(stored);
    }

    /**
     * Format {@code canonical}: Activities and Verbs with one language in each of their language maps,
     * the one that best suits the caller's {@code Accept-Language}, applied "to each language map
     * individually" (Communication 2.1.3.s4); Agents and Groups "as in exact mode". The maps reduced
     * are a Verb's {@code display} and an Activity Definition's {@code name}, {@code description} and
     * the {@code description} of its interaction components, wherever the Verb or Activity occurs.
     *
     * <p>The stored statement is taken to hold the LRS's canonical definitions already; which
     * definition is canonical is decided when statements are stored, not here.
     *
     * @param acceptLanguage the caller's ranges, as {@link #acceptLanguage(String)} reads them; empty
     *     if the request had none, which makes every language acceptable and the first entry win
     */
    public static JsonNode canonical(JsonNode stored, List<LanguageRange> acceptLanguage) {
        return statementCanonical(stored, acceptLanguage);
    }

    /**
     * A statement as the LRS stores it, so that "exact" returns what the spec requires: every
     * contextActivities value an array, "even if it arrived as a single Activity Object" (Data
     * 2.4.6.2.s4.b3, b4), in the statement and in its SubStatement. Nothing else is rewritten: the LRS
     * "MUST NOT return a different serialisation of any properties" except the immutability exceptions
     * (Data 2.2.s2.b5). Properties the LRS assigns (id, stored, timestamp, authority, version) are the
     * caller's to set.
     */
    public static JsonNode normalizeForStorage(JsonNode statement) {
        if (!statement.isObject()) {
            return statement;
        }
        JsonNode context = statement.get("context");
        JsonNode object = statement.get("object");
        JsonNode newContext = context == null ? null : contextActivitiesAsArrays(context);
        JsonNode newObject = isSubStatement(object) ? normalizeForStorage(object) : object;
        if (newContext == context && newObject == object) {
            return statement;
        }
        ObjectNode copy = shallowCopy(statement);
        if (newContext != null) {
            copy.set("context", newContext);
        }
        if (newObject != null) {
            copy.set("object", newObject);
        }
        return copy;
    }

    /**
     * The language ranges of an {@code Accept-Language} header, most wanted first. A missing or
     * malformed header gives no ranges: it should not cost the caller their statements.
     */
    public static List<LanguageRange> acceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    /**
     * The language tag to keep from a language map: the tag with the highest quality value, the
     * quality of a tag being that of the longest range matching it (RFC 2616 section 14.4), ties going
     * to the first tag in the map. If no tag is acceptable, the ranges are shortened subtag by subtag
     * (RFC 4647 lookup), so that {@code en-GB} finds {@code en} or {@code en-US}; failing that the
     * first tag is kept, as the map must still say something.
     */
    static String bestLanguage(List<String> tags, List<LanguageRange> ranges) {
        String best = null;
        double bestWeight = 0;
        for (String tag : tags) {
            double weight = weight(tag, ranges);
            if (weight > bestWeight) {
                best = tag;
                bestWeight = weight;
            }
        }
        if (best != null) {
            return best;
        }
        for (LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            String prefix = basic(range.getRange());
            for (int dash = prefix.lastIndexOf('-'); dash > 0; dash = prefix.lastIndexOf('-')) {
                prefix = prefix.substring(0, dash);
                for (String tag : tags) {
                    if (tag.equalsIgnoreCase(prefix)) {
                        return tag;
                    }
                }
                for (String tag : tags) {
                    if (matches(prefix, tag)) {
                        return tag;
                    }
                }
            }
        }
        return tags.get(0);
    }

    private static double weight(String tag, List<LanguageRange> ranges) {
        double weight = 0;
        int longest = -1;
        for (LanguageRange range : ranges) {
            String pattern = basic(range.getRange());
            int length;
            if (pattern.equals("*")) {
                length = 0;
            } else if (matches(pattern, tag)) {
                length = pattern.length();
            } else {
                continue;
            }
            if (length > longest) {
                longest = length;
                weight = range.getWeight();
            }
        }
        return weight;
    }

    /** RFC 2616: a range matches a tag equal to it, or one it is a prefix of followed by "-". */
    private static boolean matches(String range, String tag) {
        return tag.equalsIgnoreCase(range) || tag.length() > range.length()
                && tag.regionMatches(true, 0, range, 0, range.length()) && tag.charAt(range.length()) == '-';
    }

    /** An extended range ending in a wildcard subtag ("en-*") means the same as its basic prefix. */
    private static String basic(String range) {
        String basic = range;
        while (basic.length() > 1 && basic.endsWith("-*")) {
            basic = basic.substring(0, basic.length() - 2);
        }
        return basic;
    }

    // ---- ids ---------------------------------------------------------------------------------

    private static JsonNode statementIds(JsonNode statement) {
        if (!statement.isObject()) {
            return statement;
        }
        ObjectNode ids = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : statement.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            switch (name) {
                case "actor", "authority" -> ids.set(name, agentIds(value));
                case "verb" -> ids.set(name, idOnly(value));
                case "object" -> ids.set(name, objectIds(value));
                case "context" -> ids.set(name, contextIds(value));
                default -> ids.set(name, value);
            }
        }
        return ids;
    }

    private static JsonNode objectIds(JsonNode object) {
        if (!object.isObject()) {
            return object;
        }
        return switch (object.path("objectType").asString("Activity")) {
            case "Agent", "Group" -> agentIds(object);
            case "SubStatement" -> statementIds(object);
            case "StatementRef" -> object;
            default -> idOnly(object);
        };
    }

    private static JsonNode idOnly(JsonNode node) {
        if (!node.isObject() || !node.has("id") || node.size() == 1) {
            return node;
        }
        return NODES.objectNode().set("id", node.get("id"));
    }

    /** An Agent or Identified Group by objectType and IFI; an Anonymous Group by objectType and members. */
    private static JsonNode agentIds(JsonNode agent) {
        if (!agent.isObject()) {
            return agent;
        }
        ObjectNode ids = NODES.objectNode();
        if (agent.has("objectType")) {
            ids.set("objectType", agent.get("objectType"));
        }
        boolean identified = false;
        for (String ifi : IFIS) {
            if (agent.has(ifi)) {
                ids.set(ifi, agent.get(ifi));
                identified = true;
            }
        }
        JsonNode members = agent.get("member");
        if (!identified && members != null && members.isArray()) {
            ArrayNode memberIds = NODES.arrayNode(members.size());
            members.forEach(member -> memberIds.add(agentIds(member)));
            ids.set("member", memberIds);
        }
        return ids;
    }

    private static JsonNode contextIds(JsonNode context) {
        if (!context.isObject()) {
            return context;
        }
        ObjectNode ids = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : context.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            switch (name) {
                case "instructor", "team" -> ids.set(name, agentIds(value));
                case "contextActivities" -> ids.set(name, eachActivity(value, StatementFormats::idOnly));
                case "contextAgents" -> ids.set(name, eachEntry(value, "agent"));
                case "contextGroups" -> ids.set(name, eachEntry(value, "group"));
                default -> ids.set(name, value);
            }
        }
        return ids;
    }

    /** xAPI 2.0 contextAgents and contextGroups: the Agent or Group of each entry by its ids. */
    private static JsonNode eachEntry(JsonNode entries, String actorProperty) {
        if (!entries.isArray()) {
            return entries;
        }
        ArrayNode ids = NODES.arrayNode(entries.size());
        for (JsonNode entry : entries) {
            if (entry.isObject() && entry.has(actorProperty)) {
                ids.add(shallowCopy(entry).set(actorProperty, agentIds(entry.get(actorProperty))));
            } else {
                ids.add(entry);
            }
        }
        return ids;
    }

    // ---- canonical ---------------------------------------------------------------------------

    private static JsonNode statementCanonical(JsonNode statement, List<LanguageRange> ranges) {
        if (!statement.isObject()) {
            return statement;
        }
        JsonNode verb = statement.get("verb");
        JsonNode object = statement.get("object");
        JsonNode context = statement.get("context");
        JsonNode newVerb = verb == null ? null : verbCanonical(verb, ranges);
        JsonNode newObject = object == null ? null : objectCanonical(object, ranges);
        JsonNode newContext = context == null ? null : contextCanonical(context, ranges);
        if (newVerb == verb && newObject == object && newContext == context) {
            return statement;
        }
        ObjectNode copy = shallowCopy(statement);
        if (newVerb != null) {
            copy.set("verb", newVerb);
        }
        if (newObject != null) {
            copy.set("object", newObject);
        }
        if (newContext != null) {
            copy.set("context", newContext);
        }
        return copy;
    }

    private static JsonNode objectCanonical(JsonNode object, List<LanguageRange> ranges) {
        if (!object.isObject()) {
            return object;
        }
        return switch (object.path("objectType").asString("Activity")) {
            case "Activity" -> activityCanonical(object, ranges);
            case "SubStatement" -> statementCanonical(object, ranges);
            default -> object;
        };
    }

    private static JsonNode verbCanonical(JsonNode verb, List<LanguageRange> ranges) {
        JsonNode display = verb.get("display");
        JsonNode reduced = display == null ? null : oneLanguage(display, ranges);
        return reduced == display ? verb : shallowCopy(verb).set("display", reduced);
    }

    private static JsonNode activityCanonical(JsonNode activity, List<LanguageRange> ranges) {
        if (!activity.isObject()) {
            return activity;
        }
        JsonNode definition = activity.get("definition");
        if (definition == null || !definition.isObject()) {
            return activity;
        }
        ObjectNode newDefinition = null;
        for (String map : List.of("name", "description")) {
            JsonNode value = definition.get(map);
            JsonNode reduced = value == null ? null : oneLanguage(value, ranges);
            if (reduced != value) {
                newDefinition = newDefinition == null ? shallowCopy(definition) : newDefinition;
                newDefinition.set(map, reduced);
            }
        }
        for (String list : COMPONENT_LISTS) {
            JsonNode components = definition.get(list);
            JsonNode reduced = components == null ? null : componentsCanonical(components, ranges);
            if (reduced != components) {
                newDefinition = newDefinition == null ? shallowCopy(definition) : newDefinition;
                newDefinition.set(list, reduced);
            }
        }
        return newDefinition == null ? activity : shallowCopy(activity).set("definition", newDefinition);
    }

    private static JsonNode componentsCanonical(JsonNode components, List<LanguageRange> ranges) {
        if (!components.isArray()) {
            return components;
        }
        ArrayNode reducedComponents = null;
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            JsonNode description = component.isObject() ? component.get("description") : null;
            JsonNode reduced = description == null ? null : oneLanguage(description, ranges);
            if (reduced != description) {
                if (reducedComponents == null) {
                    reducedComponents = NODES.arrayNode(components.size());
                    for (int j = 0; j < i; j++) {
                        reducedComponents.add(components.get(j));
                    }
                }
                reducedComponents.add(shallowCopy(component).set("description", reduced));
            } else if (reducedComponents != null) {
                reducedComponents.add(component);
            }
        }
        return reducedComponents == null ? components : reducedComponents;
    }

    private static JsonNode contextCanonical(JsonNode context, List<LanguageRange> ranges) {
        if (!context.isObject()) {
            return context;
        }
        JsonNode contextActivities = context.get("contextActivities");
        if (contextActivities == null) {
            return context;
        }
        JsonNode reduced = eachActivity(contextActivities, activity -> activityCanonical(activity, ranges));
        return reduced == contextActivities ? context : shallowCopy(context).set("contextActivities", reduced);
    }

    /** A language map with only its best entry; the map itself if it has one entry or none. */
    private static JsonNode oneLanguage(JsonNode map, List<LanguageRange> ranges) {
        if (!map.isObject() || map.size() <= 1) {
            return map;
        }
        String tag = bestLanguage(List.copyOf(map.propertyNames()), ranges);
        return NODES.objectNode().set(tag, map.get(tag));
    }

    // ---- shared ------------------------------------------------------------------------------

    /**
     * Applies {@code change} to every Activity of a contextActivities object, whether a value is an
     * array or a single Activity; returns the object itself if no Activity changed.
     */
    private static JsonNode eachActivity(JsonNode contextActivities, UnaryOperator<JsonNode> change) {
        if (!contextActivities.isObject()) {
            return contextActivities;
        }
        ObjectNode changed = null;
        for (Map.Entry<String, JsonNode> property : contextActivities.properties()) {
            JsonNode value = property.getValue();
            JsonNode newValue;
            if (value.isArray()) {
                ArrayNode activities = null;
                for (int i = 0; i < value.size(); i++) {
                    JsonNode activity = value.get(i);
                    JsonNode newActivity = change.apply(activity);
                    if (newActivity != activity && activities == null) {
                        activities = NODES.arrayNode(value.size());
                        for (int j = 0; j < i; j++) {
                            activities.add(value.get(j));
                        }
                    }
                    if (activities != null) {
                        activities.add(newActivity);
                    }
                }
                newValue = activities == null ? value : activities;
            } else {
                newValue = change.apply(value);
            }
            if (newValue != value) {
                changed = changed == null ? shallowCopy(contextActivities) : changed;
                changed.set(property.getKey(), newValue);
            }
        }
        return changed == null ? contextActivities : changed;
    }

    private static JsonNode contextActivitiesAsArrays(JsonNode context) {
        JsonNode contextActivities = context.get("contextActivities");
        if (contextActivities == null || !contextActivities.isObject()) {
            return context;
        }
        ObjectNode arrays = null;
        for (Map.Entry<String, JsonNode> property : contextActivities.properties()) {
            if (property.getValue().isObject()) {
                arrays = arrays == null ? shallowCopy(contextActivities) : arrays;
                arrays.set(property.getKey(), NODES.arrayNode(1).add(property.getValue()));
            }
        }
        return arrays == null ? context : shallowCopy(context).set("contextActivities", arrays);
    }

    private static boolean isSubStatement(JsonNode object) {
        return object != null && object.isObject() && object.path("objectType").asString("").equals("SubStatement");
    }

    /** A new object holding the same property values: changing a property of it leaves the original alone. */
    private static ObjectNode shallowCopy(JsonNode object) {
        ObjectNode copy = NODES.objectNode();
        object.properties().forEach(entry -> copy.set(entry.getKey(), entry.getValue()));
        return copy;
    }
}
