package io.pathwise.lrs.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements a filtered query returns because they refer to a match: a StatementRef object
 * whose target matches the filter, or refers to a statement that does, to any depth (xAPI
 * Communication 2.1.3). Paging applies to the referring statement, the filter to its target.
 *
 * <p>StatementRef statements (voids, confirmations) are a small part of a record store, while the
 * matches of a broad filter can be most of it; so this walks the referring statements in the
 * query's order, a chunk at a time, and checks each one's target in Java from the target's key
 * columns and related rows, instead of listing every match to find what refers to it. The walk
 * ends where the page is full: a referring statement beyond the page's last position cannot
 * enter it. Its cost grows with the StatementRef statements inside the page's range, not with the
 * store. The walk's index: a partial one on PostgreSQL, {@code (tenant_id, refers, seq)} on H2.
 */
@Component
class ReferringStatements {

    /** Referring statements read per round trip. */
    private static final int CHUNK = 200;
    /** How far a chain of StatementRefs is followed; a chain can also loop (a refers to b refers to a). */
    private static final int MAX_DEPTH = 16;

    private final JdbcClient jdbc;
    private final TenantKeyLists keyLists;

    ReferringStatements(JdbcClient jdbc, TenantKeyLists keyLists) {
        this.jdbc = jdbc;
        this.keyLists = keyLists;
    }

    void collect(UUID tenantId, StatementQuery query, List<List<FilterBranches.Condition>> branches,
            PageCollector page) {
        Map<UUID, Target> targets = new HashMap<>();
        Long cursor = null;
        while (true) {
            List<Referrer> chunk = nextChunk(tenantId, query, cursor, page.boundary());
            if (chunk.isEmpty()) {
                return;
            }
            List<Long> matching = matching(tenantId, chunk, branches, targets, query.mineOnly());
            if (!matching.isEmpty()) {
                page.addAll(bodies(tenantId, matching));
            }
            if (chunk.size() < CHUNK) {
                return;
            }
            cursor = chunk.get(chunk.size() - 1).seq();
        }
    }

    private record Referrer(long seq, UUID target) {
    }

    /**
     * A stored statement as the filter sees it: its key columns, its related rows, its own target, and
     * the credential that sent it (null for Pathwise itself).
     */
    private record Target(Map<String, UUID> columns, Set<String> related, UUID refTarget, UUID credential) {

        boolean matches(List<List<FilterBranches.Condition>> branches) {
            return branches.stream().anyMatch(branch -> branch.stream().allMatch(condition -> condition.isRelated()
                    ? related.contains(condition.relatedKind() + condition.key())
                    : condition.key().equals(columns.get(condition.column()))));
        }
    }

    private List<Referrer> nextChunk(UUID tenantId, StatementQuery query, Long cursor, Long boundary) {
        StringBuilder sql = new StringBuilder("SELECT s.seq, s.ref_target FROM xapi_statement s "
                + "WHERE s.tenant_id = ? AND s.refers = TRUE AND s.ref_target IS NOT NULL AND s.voided = FALSE");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (cursor != null) {
            sql.append(query.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            params.add(cursor);
        }
        StatementFinder.appendPage(query, boundary, CHUNK, sql, params);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Referrer(rs.getLong(1), rs.getObject(2, UUID.class))).list();
    }

    /**
     * The positions of the referring statements whose target, or a target further down, matches. For a
     * {@code statements/read/mine} credential ({@code mineOnly} not null) the chain passes only through
     * statements that credential sent: a target it may not read matches nothing and leads nowhere, or
     * filtering its own StatementRefs would tell it, one yes or no at a time, what the others' say.
     */
    private List<Long> matching(UUID tenantId, List<Referrer> chunk, List<List<FilterBranches.Condition>> branches,
            Map<UUID, Target> targets, UUID mineOnly) {
        List<Long> matching = new ArrayList<>();
        Map<Long, UUID> following = new LinkedHashMap<>();
        Map<Long, Set<UUID>> visited = new HashMap<>();
        chunk.forEach(r -> following.put(r.seq(), r.target()));
        for (int depth = 0; depth < MAX_DEPTH && !following.isEmpty(); depth++) {
            load(tenantId, following.values(), branches, targets);
            Map<Long, UUID> next = new LinkedHashMap<>();
            following.forEach((seq, targetId) -> {
                Target target = targets.get(targetId);
                if (target == null) {
                    return; // not stored (yet): matches nothing
                }
                if (mineOnly != null && !mineOnly.equals(target.credential())) {
                    return;
                }
                if (target.matches(branches)) {
                    matching.add(seq);
                } else if (target.refTarget() != null
                        && visited.computeIfAbsent(seq, s -> new HashSet<>()).add(target.refTarget())) {
                    next.put(seq, target.refTarget());
                }
            });
            following.clear();
            following.putAll(next);
        }
        return matching;
    }

    /**
     * Reads the targets not read yet (for this query) into {@code targets}; missing ones stay
     * absent. A target's related rows are probed by primary key, one probe per target and related
     * condition of the filter, once its row has given its arrival number: the related table names
     * statements by that number and has no index by statement.
     */
    private void load(UUID tenantId, Collection<UUID> ids, List<List<FilterBranches.Condition>> branches,
            Map<UUID, Target> targets) {
        List<UUID> missing = ids.stream().distinct().filter(id -> !targets.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<TargetRow> rows = new ArrayList<>();
        for (TenantKeys keys : keyLists.of(tenantId, "statement_id", missing)) {
            jdbc.sql("SELECT statement_id, actor_key, verb_key, object_key, registration, ref_target, credential_id, seq "
                            + "FROM xapi_statement "
                            + "WHERE " + keys.condition())
                    .params(keys.params())
                    .query(rs -> {
                        Map<String, UUID> columns = new HashMap<>();
                        columns.put("actor_key", rs.getObject(2, UUID.class));
                        columns.put("verb_key", rs.getObject(3, UUID.class));
                        columns.put("object_key", rs.getObject(4, UUID.class));
                        columns.put("registration", rs.getObject(5, UUID.class));
                        rows.add(new TargetRow(rs.getObject(1, UUID.class), rs.getLong(8), columns,
                                rs.getObject(6, UUID.class), rs.getObject(7, UUID.class)));
                    });
        }
        Map<Long, Set<String>> related = related(tenantId, rows.stream().map(TargetRow::seq).toList(), branches);
        for (TargetRow row : rows) {
            targets.put(row.id(), new Target(row.columns(), related.getOrDefault(row.seq(), Set.of()), row.refTarget(),
                    row.credential()));
        }
    }

    /** A target's row as read, before its related rows are. */
    private record TargetRow(UUID id, long seq, Map<String, UUID> columns, UUID refTarget, UUID credential) {
    }

    /** Of the related conditions in the filter, those each statement (by arrival number) meets, as kind + key. */
    private Map<Long, Set<String>> related(UUID tenantId, Collection<Long> seqs,
            List<List<FilterBranches.Condition>> branches) {
        Map<Long, Set<String>> related = new HashMap<>();
        List<FilterBranches.Condition> conditions = branches.stream().flatMap(List::stream)
                .filter(FilterBranches.Condition::isRelated).distinct().toList();
        if (conditions.isEmpty() || seqs.isEmpty()) {
            return related;
        }
        List<Object> params = new ArrayList<>(seqs.size() * conditions.size() * 4);
        for (Long seq : seqs) {
            for (FilterBranches.Condition condition : conditions) {
                params.addAll(List.of(tenantId, condition.relatedKind(), condition.key(), seq));
            }
        }
        String keys = String.join(",", Collections.nCopies(seqs.size() * conditions.size(), "(?, ?, ?, ?)"));
        jdbc.sql("SELECT seq, kind, related FROM xapi_statement_related "
                        + "WHERE (tenant_id, kind, related, seq) IN (" + keys + ")")
                .params(params)
                .query(rs -> {
                    related.computeIfAbsent(rs.getLong(1), seq -> new HashSet<>())
                            .add(rs.getString(2) + rs.getObject(3, UUID.class));
                });
        return related;
    }

    private List<StatementFinder.Found> bodies(UUID tenantId, List<Long> seqs) {
        String marks = String.join(",", Collections.nCopies(seqs.size(), "?"));
        List<Object> params = new ArrayList<>(seqs);
        params.add(tenantId);
        return jdbc.sql("SELECT seq, body FROM xapi_statement WHERE seq IN (" + marks + ") AND tenant_id = ?")
                .params(params)
                .query((rs, n) -> new StatementFinder.Found(rs.getLong(1), rs.getString(2))).list();
    }
}
