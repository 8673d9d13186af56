package io.pathwise.lrs.statement;

import io.pathwise.lrs.XapiVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a valid statement into what the LRS stores: sets the properties the LRS owns (id when
 * missing, stored, authority, version, timestamp when missing; xAPI Data 2.4.7-2.4.10) and
 * extracts the keys queries filter on. Context activities given as one object have already been
 * written as arrays ({@code StatementFormats.normalizeForStorage}).
 */
final class StatementPreparer {

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final String[] CONTEXT_ACTIVITY_KINDS = {"parent", "grouping", "category", "other"};

    private StatementPreparer() {
    }

    static StatementRow prepare(ObjectNode statement, ObjectNode authority, XapiVersion version, Instant stored) {
        Instant storedMillis = stored.truncatedTo(ChronoUnit.MILLIS);
        UUID id = statement.has("id") ? UUID.fromString(statement.get("id").asString()) : UUID.randomUUID();
        statement.put("id", id.toString());
        statement.put("stored", Timestamps.format(storedMillis));
        if (!statement.has("timestamp")) {
            statement.put("timestamp", Timestamps.format(storedMillis));
        }
        statement.set("authority", authority.deepCopy());
        if (!statement.has("version")) {
            statement.put("version", version == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
        }

        JsonNode object = statement.get("object");
        String objectType = objectType(object, "Activity");
        Set<UUID> agents = new LinkedHashSet<>();
        Set<UUID> activities = new LinkedHashSet<>();
        List<ObjectNode> definitions = new ArrayList<>();
        UUID actorKey = actorKey(statement.get("actor"), id);
        Set<UUID> groupMembers = new LinkedHashSet<>();
        addMembers(groupMembers, statement.get("actor"));
        UUID objectKey;
        UUID refTarget = null;
        switch (objectType) {
            case "Agent", "Group" -> {
                objectKey = orElse(Keys.agent(object), Keys.hash("anonymous|object|" + id));
                addMembers(groupMembers, object);
            }
            case "StatementRef" -> {
                refTarget = UUID.fromString(object.get("id").asString());
                objectKey = Keys.statement(refTarget);
            }
            case "SubStatement" -> {
                objectKey = Keys.hash("substatement|" + id);
                collectSubStatement(object, agents, activities);
            }
            default -> {
                objectKey = Keys.activity(object.get("id").asString());
                if (object.has("definition")) {
                    definitions.add((ObjectNode) object);
                }
            }
        }
        addAgent(agents, authority);
        collectContext(statement.get("context"), agents, activities, definitions);
        agents.remove(actorKey);
        agents.remove(objectKey);
        activities.remove(objectKey);

        String verb = statement.get("verb").get("id").asString();
        UUID voidTarget = VOIDED.equals(verb) && refTarget != null ? refTarget : null;
        JsonNode registration = statement.path("context").get("registration");
        return new StatementRow(id, statement, actorKey, Keys.verb(verb), objectKey, refTarget,
                registration == null ? null : UUID.fromString(registration.asString()), voidTarget,
                groupMembers, agents, activities, definitions, storedMillis);
    }

    private static UUID actorKey(JsonNode actor, UUID statementId) {
        // An anonymous group has no identifier to filter by; it gets a key of its own statement.
        return orElse(Keys.agent(actor), Keys.hash("anonymous|actor|" + statementId));
    }

    private static void collectSubStatement(JsonNode sub, Set<UUID> agents, Set<UUID> activities) {
        addAgent(agents, sub.get("actor"));
        JsonNode object = sub.get("object");
        String type = objectType(object, "Activity");
        if (type.equals("Agent") || type.equals("Group")) {
            addAgent(agents, object);
        } else if (type.equals("Activity")) {
            activities.add(Keys.activity(object.get("id").asString()));
        }
        collectContext(sub.get("context"), agents, activities, null);
    }

    private static void collectContext(JsonNode context, Set<UUID> agents, Set<UUID> activities,
            List<ObjectNode> definitions) {
        if (context == null) {
            return;
        }
        addAgent(agents, context.get("instructor"));
        addAgent(agents, context.get("team"));
        for (JsonNode contextAgent : context.path("contextAgents")) {
            addAgent(agents, contextAgent.get("agent"));
        }
        for (JsonNode contextGroup : context.path("contextGroups")) {
            addAgent(agents, contextGroup.get("group"));
        }
        JsonNode contextActivities = context.get("contextActivities");
        if (contextActivities == null) {
            return;
        }
        for (String kind : CONTEXT_ACTIVITY_KINDS) {
            for (JsonNode activity : contextActivities.path(kind)) {
                activities.add(Keys.activity(activity.get("id").asString()));
                if (definitions != null && activity.has("definition")) {
                    definitions.add((ObjectNode) activity);
                }
            }
        }
    }

    private static void addMembers(Set<UUID> members, JsonNode group) {
        for (JsonNode member : group.path("member")) {
            addAgent(members, member);
        }
    }

    private static void addAgent(Set<UUID> agents, JsonNode agent) {
        if (agent != null && agent.isObject()) {
            UUID key = Keys.agent(agent);
            if (key != null) {
                agents.add(key);
            }
        }
    }

    static String objectType(JsonNode object, String otherwise) {
        JsonNode type = object.get("objectType");
        return type != null && type.isString() ? type.asString() : otherwise;
    }

    private static UUID orElse(UUID value, UUID otherwise) {
        return value != null ? value : otherwise;
    }
}
