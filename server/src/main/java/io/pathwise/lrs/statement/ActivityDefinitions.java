package io.pathwise.lrs.statement;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import io.pathwise.lrs.statement.wire.ExactJson;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The canonical definition of each activity, for the Activities resource: the latest definition
 * sent by a credential allowed to define (scope {@code define}). Most statements repeat the
 * definition they sent before, so the last one written is remembered and an unchanged one costs
 * no write.
 */
@Component
public class ActivityDefinitions {

    private static final int REMEMBERED = 20_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    // Compared as trees, not as text: writing each definition out to compare it cost more than the
    // rest of storing the statement (ingestion profile, bench/results/lrs-ingestion.md).
    private final Map<Remembered, JsonNode> lastWritten = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Remembered, JsonNode> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private record Remembered(UUID tenantId, String activityId) {
    }

    ActivityDefinitions(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        // The stored definition is read exactly (ExactJson) so a merge keeps its extensions' numbers as sent.
        this.json = ExactJson.of(json);
        this.clock = clock;
    }

    void remember(UUID tenantId, List<StatementRow> rows) {
        // A batch often repeats a definition (the course as every statement's parent): one write.
        Map<Remembered, JsonNode> inThisBatch = new java.util.HashMap<>();
        for (StatementRow row : rows) {
            for (ObjectNode activity : row.definitions()) {
                String id = activity.get("id").asString();
                JsonNode sentDefinition = activity.get("definition");
                Remembered key = new Remembered(tenantId, id);
                if (sentDefinition.equals(inThisBatch.get(key)) || sentDefinition.equals(lastWritten.get(key))) {
                    continue;
                }
                inThisBatch.put(key, sentDefinition);
                String body = definition(tenantId, id)
                        .map(stored -> json.writeValueAsString(merge((ObjectNode) json.readTree(stored),
                                (ObjectNode) sentDefinition)))
                        .orElseGet(() -> json.writeValueAsString(sentDefinition));
                JsonNode sent = sentDefinition.deepCopy();
                OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
                int updated = jdbc.sql("UPDATE xapi_activity SET body = ?, updated = ? WHERE tenant_id = ? AND activity_key = ?")
                        .params(body, now, tenantId, Keys.activity(id)).update();
                if (updated == 0) {
                    jdbc.sql("INSERT INTO xapi_activity (tenant_id, activity_key, activity_id, body, updated) VALUES (?, ?, ?, ?, ?)")
                            .params(tenantId, Keys.activity(id), id, body, now).update();
                }
                // Remembered only once committed: a batch rolled back and retried must write it again.
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        lastWritten.put(key, sent);
                    }
                });
            }
        }
    }

    /**
     * A newer definition replaces each property of the older one, except the language maps (name,
     * description), which gain the new languages and keep the others: a course defined in English
     * and later in French answers in both (xAPI 2.0 requirement XAPI-00254).
     */
    private static ObjectNode merge(ObjectNode stored, ObjectNode sent) {
        ObjectNode merged = stored.deepCopy();
        for (var entry : sent.properties()) {
            JsonNode before = merged.get(entry.getKey());
            boolean languageMap = entry.getKey().equals("name") || entry.getKey().equals("description");
            if (languageMap && before instanceof ObjectNode beforeMap && entry.getValue() instanceof ObjectNode sentMap) {
                beforeMap.setAll(sentMap);
            } else {
                merged.set(entry.getKey(), entry.getValue().deepCopy());
            }
        }
        return merged;
    }

    /** The activity's canonical definition as JSON text, if one was ever sent. */
    public Optional<String> definition(UUID tenantId, String activityId) {
        return jdbc.sql("SELECT body FROM xapi_activity WHERE tenant_id = ? AND activity_key = ?")
                .params(tenantId, Keys.activity(activityId)).query(String.class).optional();
    }
}
