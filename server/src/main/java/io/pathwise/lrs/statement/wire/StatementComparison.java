package io.pathwise.lrs.statement.wire;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides whether two statements are the same statement, by the Statement Comparison Requirements
 * (xAPI Data 2.3.1, 1.0.3 and 2.0): "Differences which could have been caused by exceptions to
 * Statement immutability MUST be ignored"; every other difference, including serialisation, counts.
 * The LRS uses it when a statement arrives with an id it already stores (the same statement is a
 * no-op, a different one a 409 Conflict) and when it checks a signed statement against its JWS payload.
 *
 * <p>The immutability exceptions, and how each is applied here:
 * <ul>
 *   <li>properties the LRS assigns ({@code id}, {@code authority}, {@code stored}, {@code timestamp},
 *       {@code version}): {@code authority}, {@code stored} and {@code version} are ignored outright, as
 *       the LRS overwrites or fills them; {@code id} and {@code timestamp} are ignored when only one side
 *       has them (the LRS filled one in) and compared when both do;</li>
 *   <li>Activity Definitions and the Verb's {@code display} are not part of the statement: Activities
 *       are compared by id, Verbs by id;</li>
 *   <li>timestamps may be returned in another time zone and truncated or rounded to milliseconds
 *       (Data 4.5): they are compared as instants, to the millisecond;</li>
 *   <li>the members of a Group are an unordered list: compared in any order;</li>
 *   <li>attachment data is not part of the statement: only the {@code attachments} declarations are compared;</li>
 *   <li>case-insensitive values: UUIDs, the scheme and domain of {@code mbox}, hex digests
 *       ({@code mbox_sha1sum}, {@code sha2}) and language tags compare without regard to case.</li>
 * </ul>
 * Two further differences the LRS itself may introduce are ignored: a single contextActivities object
 * against the one-element array the LRS must return it as (Data 2.4.6.2.s4.b3), and a Duration's
 * precision beyond 0.01 seconds (Data 4.6.s1.b5: it "SHOULD* NOT be included in the comparison").
 * Numbers compare by value ({@code 1} equals {@code 1.0}), object properties in any order, and an
 * omitted {@code objectType} equals the type the spec assumes in its place.
 */
public final class StatementComparison {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> FILLED_IN_BY_LRS = List.of("id", "timestamp");
    private static final Pattern FRACTIONAL_SECONDS = Pattern.compile("(\\d+)[.,](\\d+)S$");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS_ONLY = Pattern.compile("(T.*[+-]\\d{2})$");

    private StatementComparison() {
    }

    /** True if {@code a} and {@code b} are the same statement under the comparison requirements. */
    public static boolean sameStatement(JsonNode a, JsonNode b) {
        JsonNode left = comparableForm(a);
        JsonNode right = comparableForm(b);
        if (left instanceof ObjectNode leftObject && right instanceof ObjectNode rightObject) {
            for (String name : FILLED_IN_BY_LRS) {
                if (leftObject.has(name) != rightObject.has(name)) {
                    leftObject.remove(name);
                    rightObject.remove(name);
                }
            }
        }
        return left.equals(right);
    }

    /**
     * A new tree holding only what the comparison looks at, in one normal form: properties sorted,
     * case-insensitive values in lower case, timestamps as UTC instants, numbers without trailing
     * zeros, Group members sorted, contextActivities as arrays, ignored properties left out. Two
     * statements are the same when their forms are equal, once {@code id} and {@code timestamp} are
     * dropped from both if only one has them. (Not to be confused with the "canonical" format of GET
     * statements, which is {@link StatementFormats#canonical}.)
     */
    public static JsonNode comparableForm(JsonNode statement) {
        return normalized(statement.isObject() ? statementForm(statement) : statement);
    }

    private static ObjectNode statementForm(JsonNode statement) {
        ObjectNode form = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : statement.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            switch (name) {
                case "authority", "stored", "version" -> {
                    // set or overwritten by the LRS
                }
                case "id" -> form.set(name, lowerCase(value));
                case "timestamp" -> form.set(name, timestampForm(value));
                case "actor" -> form.set(name, agentForm(value, "Agent"));
                case "verb" -> form.set(name, without(value, "display"));
                case "object" -> form.set(name, objectForm(value));
                case "result" -> form.set(name, resultForm(value));
                case "context" -> form.set(name, contextForm(value));
                case "attachments" -> {
                    if (!(value.isArray() && value.isEmpty())) {
                        form.set(name, attachmentsForm(value));
                    }
                }
                default -> form.set(name, value);
            }
        }
        return form;
    }

    private static JsonNode objectForm(JsonNode object) {
        if (!object.isObject()) {
            return object;
        }
        return switch (object.path("objectType").asString("Activity")) {
            case "Agent" -> agentForm(object, "Agent");
            case "Group" -> agentForm(object, "Group");
            case "SubStatement" -> statementForm(object);
            case "StatementRef" -> statementRefForm(object);
            default -> activityForm(object);
        };
    }

    /** An Activity is its id: its definition "is not considered part of the Statement itself" (Data 2.3.1.b2). */
    private static JsonNode activityForm(JsonNode activity) {
        if (!activity.isObject()) {
            return activity;
        }
        ObjectNode form = (ObjectNode) without(activity, "definition");
        form.putIfAbsent("objectType", NODES.stringNode("Activity"));
        return form;
    }

    private static JsonNode statementRefForm(JsonNode reference) {
        if (!reference.isObject()) {
            return reference;
        }
        ObjectNode form = ((ObjectNode) reference).deepCopy();
        if (reference.has("id")) {
            form.set("id", lowerCase(reference.get("id")));
        }
        return form;
    }

    private static JsonNode agentForm(JsonNode agent, String defaultType) {
        if (!agent.isObject()) {
            return agent;
        }
        ObjectNode form = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : agent.properties()) {
            JsonNode value = property.getValue();
            switch (property.getKey()) {
                case "mbox" -> form.set("mbox", value.isString() ? NODES.stringNode(mbox(value.stringValue())) : value);
                case "mbox_sha1sum" -> form.set("mbox_sha1sum", lowerCase(value));
                case "member" -> form.set("member", membersForm(value));
                default -> form.set(property.getKey(), value);
            }
        }
        form.putIfAbsent("objectType", NODES.stringNode(defaultType));
        return form;
    }

    /** "The list of Agents in a Group is not considered to be an ordered list" (Data 2.3.1.b5). */
    private static JsonNode membersForm(JsonNode members) {
        if (!members.isArray()) {
            return members;
        }
        List<JsonNode> forms = new ArrayList<>(members.size());
        for (JsonNode member : members) {
            forms.add(normalized(agentForm(member, "Agent")));
        }
        forms.sort(Comparator.comparing(JsonNode::toString));
        return NODES.arrayNode(forms.size()).addAll(forms);
    }

    /**
     * The scheme and the domain of an e-mail address are case insensitive (Data 2.3.1.b7, 2.4.2.3.s4.b1);
     * its local part is not.
     */
    private static String mbox(String mbox) {
        String normal = mbox.regionMatches(true, 0, "mailto:", 0, 7) ? "mailto:" + mbox.substring(7) : mbox;
        int at = normal.lastIndexOf('@');
        return at < 0 ? normal : normal.substring(0, at + 1) + normal.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static JsonNode resultForm(JsonNode result) {
        if (!result.isObject() || !result.path("duration").isString()) {
            return result;
        }
        ObjectNode form = ((ObjectNode) result).deepCopy();
        form.put("duration", duration(result.path("duration").stringValue()));
        return form;
    }

    /**
     * A Duration is compared as a string (Data 2.3.1.b8), but without the precision beyond 0.01 seconds
     * that the LRS may truncate away (Data 4.6.s1.b4, b5).
     */
    private static String duration(String duration) {
        Matcher seconds = FRACTIONAL_SECONDS.matcher(duration);
        if (!seconds.find()) {
            return duration;
        }
        String fraction = seconds.group(2);
        fraction = fraction.substring(0, Math.min(2, fraction.length())).replaceFirst("0+$", "");
        return duration.substring(0, seconds.start()) + seconds.group(1)
                + (fraction.isEmpty() ? "" : "." + fraction) + "S";
    }

    private static JsonNode contextForm(JsonNode context) {
        if (!context.isObject()) {
            return context;
        }
        ObjectNode form = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : context.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            switch (name) {
                case "registration", "language" -> form.set(name, lowerCase(value));
                case "instructor" -> form.set(name, agentForm(value, "Agent"));
                case "team" -> form.set(name, agentForm(value, "Group"));
                case "statement" -> form.set(name, statementRefForm(value));
                case "contextActivities" -> form.set(name, contextActivitiesForm(value));
                case "contextAgents" -> form.set(name, eachWith(value, "agent", "Agent"));
                case "contextGroups" -> form.set(name, eachWith(value, "group", "Group"));
                default -> form.set(name, value);
            }
        }
        return form;
    }

    /** A single Activity equals the one-element array the LRS must return it as (Data 2.4.6.2.s4.b3, b4). */
    private static JsonNode contextActivitiesForm(JsonNode contextActivities) {
        if (!contextActivities.isObject()) {
            return contextActivities;
        }
        ObjectNode form = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : contextActivities.properties()) {
            JsonNode value = property.getValue();
            ArrayNode activities = NODES.arrayNode();
            if (value.isArray()) {
                value.forEach(activity -> activities.add(activityForm(activity)));
            } else {
                activities.add(activityForm(value));
            }
            form.set(property.getKey(), activities);
        }
        return form;
    }

    /** xAPI 2.0 contextAgents and contextGroups: compare the Agent or Group each entry names. */
    private static JsonNode eachWith(JsonNode entries, String actorProperty, String defaultType) {
        if (!entries.isArray()) {
            return entries;
        }
        ArrayNode form = NODES.arrayNode(entries.size());
        for (JsonNode entry : entries) {
            if (entry.isObject() && entry.has(actorProperty)) {
                ObjectNode copy = ((ObjectNode) entry).deepCopy();
                copy.set(actorProperty, agentForm(entry.get(actorProperty), defaultType));
                form.add(copy);
            } else {
                form.add(entry);
            }
        }
        return form;
    }

    private static JsonNode attachmentsForm(JsonNode attachments) {
        if (!attachments.isArray()) {
            return attachments;
        }
        ArrayNode form = NODES.arrayNode(attachments.size());
        for (JsonNode attachment : attachments) {
            if (!attachment.isObject()) {
                form.add(attachment);
                continue;
            }
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> property : attachment.properties()) {
                String name = property.getKey();
                JsonNode value = property.getValue();
                switch (name) {
                    case "sha2" -> copy.set(name, lowerCase(value));
                    case "display", "description" -> copy.set(name, languageMapForm(value));
                    default -> copy.set(name, value);
                }
            }
            form.add(copy);
        }
        return form;
    }

    /** Language tags are case insensitive (RFC 5646 section 2.1.1). */
    private static JsonNode languageMapForm(JsonNode map) {
        if (!map.isObject()) {
            return map;
        }
        ObjectNode form = NODES.objectNode();
        map.properties().forEach(entry -> form.set(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue()));
        return form;
    }

    private static JsonNode timestampForm(JsonNode timestamp) {
        if (!timestamp.isString()) {
            return timestamp;
        }
        return instant(timestamp.stringValue())
                .<JsonNode>map(instant -> NODES.stringNode(instant.truncatedTo(ChronoUnit.MILLIS).toString()))
                .orElse(timestamp);
    }

    /**
     * The instant an ISO 8601 timestamp names. A timestamp without a time zone is read as UTC; 1.0.3
     * only recommends the zone (Data 4.5.s1.b4).
     */
    static Optional<Instant> instant(String timestamp) {
        String text = timestamp.strip();
        List<String> candidates = List.of(text,
                OFFSET_WITHOUT_COLON.matcher(text).replaceFirst("$1:$2"),
                OFFSET_HOURS_ONLY.matcher(text).replaceFirst("$1:00"));
        for (String candidate : candidates) {
            try {
                return Optional.of(OffsetDateTime.parse(candidate).toInstant());
            } catch (DateTimeParseException notThisForm) {
                // try the next spelling of the offset
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notATimestamp) {
            return Optional.empty();
        }
    }

    private static JsonNode lowerCase(JsonNode value) {
        return value.isString() ? NODES.stringNode(value.stringValue().toLowerCase(Locale.ROOT)) : value;
    }

    private static JsonNode without(JsonNode object, String property) {
        if (!object.isObject()) {
            return object;
        }
        ObjectNode copy = NODES.objectNode();
        object.properties().forEach(entry -> {
            if (!entry.getKey().equals(property)) {
                copy.set(entry.getKey(), entry.getValue());
            }
        });
        return copy;
    }

    /** Sorts properties and writes every number by value, so that equal statements give equal trees. */
    private static JsonNode normalized(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(entry -> sorted.put(entry.getKey(), normalized(entry.getValue())));
            ObjectNode form = NODES.objectNode();
            sorted.forEach(form::set);
            return form;
        }
        if (node.isArray()) {
            ArrayNode form = NODES.arrayNode(node.size());
            node.forEach(element -> form.add(normalized(element)));
            return form;
        }
        if (node.isNumber()) {
            return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }
}
