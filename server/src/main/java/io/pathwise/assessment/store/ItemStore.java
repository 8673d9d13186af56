package io.pathwise.assessment.store;

import io.pathwise.assessment.authoring.ItemYaml;
import io.pathwise.assessment.grading.AnswerKey;
import io.pathwise.assessment.item.ItemDefinition;
import io.pathwise.shared.problem.FieldProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A course's items, stored as the JSON of their package form and read back through the same
 * reader as packages and the API. Each item carries the fingerprint of its answer key and a
 * version that goes up when the key changes.
 */
@Repository
public class ItemStore {

    /** An item whose answer key changed: the attempts that asked it are regraded. */
    public record KeyChange(String itemKey, int fromVersion, int toVersion) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ItemStore.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    // Holds the items read on this node (a few KB each); an entry whose row changed is replaced on the next read.
    private final Map<CacheKey, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    ItemStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Writes items (new ones at version 1, changed keys one version up) and returns the answer keys
     * that changed. With {@code removeOthers}, the course's items not among them are deleted:
     * attempts keep what they showed, so no attempt loses anything.
     */
    public List<KeyChange> save(UUID tenantId, UUID courseId, Collection<ItemDefinition> items, boolean removeOthers) {
        Map<String, Row> existing = new HashMap<>();
        jdbc.sql("SELECT item_key, answer_key, version FROM assessment_item WHERE course_id = ?").param(courseId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list().forEach(row -> existing.put(row.key(), row));
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<KeyChange> changes = new ArrayList<>();
        for (ItemDefinition item : items) {
            String definition = json.writeValueAsString(ItemYaml.toMap(item));
            String answerKey = AnswerKey.fingerprint(item);
            Row before = existing.get(item.key());
            if (before == null) {
                jdbc.sql("INSERT INTO assessment_item (course_id, item_key, tenant_id, item_type, definition, answer_key, version, "
                                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)")
                        .params(courseId, item.key(), tenantId, item.type().packageName(), definition, answerKey, now).update();
                continue;
            }
            int version = before.answerKey().equals(answerKey) ? before.version() : before.version() + 1;
            jdbc.sql("UPDATE assessment_item SET item_type = ?, definition = ?, answer_key = ?, version = ?, updated_at = ? "
                            + "WHERE course_id = ? AND item_key = ?")
                    .params(item.type().packageName(), definition, answerKey, version, now, courseId, item.key()).update();
            if (version != before.version()) {
                changes.add(new KeyChange(item.key(), before.version(), version));
            }
        }
        if (removeOthers) {
            Set<String> kept = items.stream().map(ItemDefinition::key).collect(Collectors.toSet());
            existing.keySet().stream().filter(key -> !kept.contains(key)).forEach(key ->
                    jdbc.sql("DELETE FROM assessment_item WHERE course_id = ? AND item_key = ?").params(courseId, key).update());
        }
        return changes;
    }

    /**
     * The course's items by key, in key order. Every submission needs them, so parsed definitions
     * are kept in memory by (course, item, update time): the query reads only keys and times, and
     * a definition is read and parsed again only when its row changed, on this node or another.
     * Items that no longer read are left out (see {@link #unreadable}).
     */
    public Map<String, StoredItem> ofCourse(UUID courseId) {
        Map<String, StoredItem> items = new LinkedHashMap<>();
        entries(courseId).forEach((key, entry) -> {
            if (entry.item() != null) {
                items.put(key, entry.item());
            }
        });
        return items;
    }

    /**
     * The course's stored items that no longer read, by key, with why: items stored before a rule
     * that now refuses them (a character YAML cannot hold). One such item must not take every quiz
     * of its course down, so {@link #ofCourse} leaves them out; staff see them here, and saving the
     * item again replaces it.
     */
    public Map<String, String> unreadable(UUID courseId) {
        Map<String, String> problems = new LinkedHashMap<>();
        entries(courseId).forEach((key, entry) -> {
            if (entry.item() == null) {
                problems.put(key, entry.problem());
            }
        });
        return problems;
    }

    public boolean exists(UUID courseId, String itemKey) {
        return jdbc.sql("SELECT COUNT(*) FROM assessment_item WHERE course_id = ? AND item_key = ?").params(courseId, itemKey)
                .query(Integer.class).single() > 0;
    }

    private Map<String, Cached> entries(UUID courseId) {
        Map<String, Cached> entries = new LinkedHashMap<>();
        List<Stamp> stamps = jdbc.sql("SELECT item_key, updated_at, version FROM assessment_item WHERE course_id = ? "
                        + "ORDER BY item_key")
                .param(courseId).query((rs, n) -> new Stamp(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getInt(3))).list();
        for (Stamp stamp : stamps) {
            CacheKey key = new CacheKey(courseId, stamp.itemKey());
            Cached cached = cache.get(key);
            if (cached == null || !cached.updatedAt().equals(stamp.updatedAt()) || cached.version() != stamp.version()) {
                Optional<Cached> fresh = load(courseId, stamp.itemKey(), stamp.updatedAt());
                if (fresh.isEmpty()) {
                    continue; // deleted meanwhile
                }
                cached = fresh.get();
                cache.put(key, cached);
            }
            entries.put(stamp.itemKey(), cached);
        }
        return entries;
    }

    private Optional<Cached> load(UUID courseId, String itemKey, Instant updatedAt) {
        return jdbc.sql("SELECT item_key, definition, version FROM assessment_item WHERE course_id = ? AND item_key = ?")
                .params(courseId, itemKey).query((rs, n) -> {
                    String key = rs.getString(1);
                    int version = rs.getInt(3);
                    ItemYaml.Result read = ItemYaml.read("item " + key, rs.getString(2), null);
                    if (read.item() != null) {
                        return new Cached(updatedAt, version, new StoredItem(read.item(), version, updatedAt), null);
                    }
                    // Logged once per change of the row on this node: the cache keeps the verdict.
                    LOG.error("Stored item {} of course {} no longer reads and is left out of its quizzes until it is "
                            + "saved again: {}", key, courseId, read.problems());
                    return new Cached(updatedAt, version, null, read.problems().stream().map(FieldProblem::reason)
                            .collect(Collectors.joining("; ")));
                }).optional();
    }

    private record Row(String key, String answerKey, int version) {
    }

    private record Stamp(String itemKey, Instant updatedAt, int version) {
    }

    private record CacheKey(UUID courseId, String itemKey) {
    }

    /** A row as last read: its item, or (null item) why it no longer reads. */
    private record Cached(Instant updatedAt, int version, StoredItem item, String problem) {
    }
}
