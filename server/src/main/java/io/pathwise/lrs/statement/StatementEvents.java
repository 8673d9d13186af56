package io.pathwise.lrs.statement;

import io.pathwise.lrs.AgentId;
import io.pathwise.lrs.StatementRecorded;
import io.pathwise.lrs.StatementResult;
import io.pathwise.lrs.StatementsRecorded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The {@link StatementsRecorded} events of a write: each stored statement's values, never the JSON
 * tree, at most {@link StatementsRecorded#MAX_STATEMENTS} to an event and about
 * {@link #BODY_CHARS_PER_EVENT} characters of statements.
 */
final class StatementEvents {

    /**
     * Stored statement text per event, at most (a single larger statement gets an event of its
     * own). An event is serialised into the Event Publication Registry within the write's
     * transaction and read back whole by each listener, so 200 statements with large extensions or
     * responses would make one very large row and one long listener transaction. (The registry's
     * column holds any event since migration h2/V12_2: extensions are escaped once more in the
     * event, so an event can hold twice its statements' characters.)
     */
    static final int BODY_CHARS_PER_EVENT = 256 * 1024;

    private StatementEvents() {
    }

    /**
     * Publishes the events announcing {@code fresh}, the statements a write newly stored, in their
     * order; {@code bodies} are their stored texts, which measure them.
     */
    static void announce(UUID tenantId, List<StatementRow> fresh, List<String> bodies,
            Consumer<StatementsRecorded> publish) {
        List<StatementRecorded> part = new ArrayList<>();
        long chars = 0;
        for (int i = 0; i < fresh.size(); i++) {
            int size = bodies.get(i).length();
            if (!part.isEmpty() && (part.size() == StatementsRecorded.MAX_STATEMENTS || chars + size > BODY_CHARS_PER_EVENT)) {
                publish.accept(new StatementsRecorded(tenantId, part));
                part = new ArrayList<>();
                chars = 0;
            }
            part.add(recorded(tenantId, fresh.get(i)));
            chars += size;
        }
        if (!part.isEmpty()) {
            publish.accept(new StatementsRecorded(tenantId, part));
        }
    }

    private static StatementRecorded recorded(UUID tenantId, StatementRow row) {
        JsonNode statement = row.json();
        JsonNode object = statement.get("object");
        String objectType = StatementPreparer.objectType(object, "Activity");
        String objectId = switch (objectType) {
            case "Agent", "Group" -> AgentId.of(object).map(AgentId::value).orElse(null);
            case "SubStatement" -> null;
            default -> object.get("id").asString();
        };
        List<String> contextActivities = new ArrayList<>();
        JsonNode byKind = statement.path("context").path("contextActivities");
        for (String kind : new String[] {"parent", "grouping", "category", "other"}) {
            for (JsonNode activity : byKind.path(kind)) {
                contextActivities.add(activity.get("id").asString());
            }
        }
        return new StatementRecorded(row.statementId(), tenantId, actor(row),
                statement.get("verb").get("id").asString(), objectId, objectType, List.copyOf(contextActivities),
                result(statement.get("result")), row.registration(),
                Timestamps.parse(statement.get("timestamp").asString()).orElse(row.stored()), row.stored(),
                extensions(statement.path("context").get("extensions")));
    }

    static String actor(StatementRow row) {
        return AgentId.of(row.json().get("actor")).map(AgentId::value).orElse(null);
    }

    private static StatementResult result(JsonNode result) {
        if (result == null) {
            return null;
        }
        JsonNode score = result.path("score");
        return new StatementResult(number(score.get("scaled")), number(score.get("raw")), number(score.get("min")),
                number(score.get("max")), bool(result.get("success")), bool(result.get("completion")),
                result.has("response") ? result.get("response").asString() : null, duration(result.get("duration")),
                extensions(result.get("extensions")));
    }

    /** Extension IRI to the value's JSON text; empty when there are none. */
    private static Map<String, String> extensions(JsonNode extensions) {
        if (extensions == null || !extensions.isObject() || extensions.isEmpty()) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> extension : extensions.properties()) {
            texts.put(extension.getKey(), extension.getValue().toString());
        }
        return Collections.unmodifiableMap(texts);
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }

    private static Boolean bool(JsonNode node) {
        return node != null && node.isBoolean() ? node.asBoolean() : null;
    }

    /** ISO 8601 durations with days, hours, minutes and seconds; years and months have no fixed length. */
    private static Duration duration(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        try {
            return Duration.parse(node.asString());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

}
