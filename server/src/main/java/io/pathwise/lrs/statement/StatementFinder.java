package io.pathwise.lrs.statement;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Statement queries. Voided statements are never returned, but a statement that refers to a
 * matching statement (a StatementRef, such as the voiding statement itself) is, even when the
 * statement it refers to is voided (xAPI Communication 2.1.3, "Filter Conditions for
 * StatementRefs"). Results come in arrival order, newest first unless {@code ascending}. Each
 * filter has an index on its extracted column; PostgreSQL combines them, but H2 cannot serve the
 * agent filter's {@code actor OR object} or the StatementRef join from an index, so on H2 filtered
 * queries slow down as a tenant's statements grow (see the README's benchmark table). Public for
 * {@link io.pathwise.lrs.StatementBrowser}, which merges several queries by position and so needs
 * each statement's {@code seq}.
 */
@Repository
public class StatementFinder {

    private final JdbcClient jdbc;

    StatementFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page: up to {@code limit} statements in order, each with its position. */
    public record Found(long seq, String body) {
    }

    public List<Found> find(UUID tenantId, StatementQuery query) {
        List<Object> matchParams = new ArrayList<>();
        StringBuilder matching = new StringBuilder();
        boolean filtered = matchCondition(query, matching, matchParams, tenantId);

        List<Object> params = new ArrayList<>(List.of(tenantId));
        StringBuilder direct = new StringBuilder("SELECT s.seq, s.body FROM xapi_statement s WHERE s.tenant_id = ? AND s.voided = FALSE");
        if (filtered) {
            direct.append(" AND ").append(matching.toString().replace("{t}", "s"));
            params.addAll(matchParams);
        }
        pageConditions(query, direct, params);
        List<Found> found = run(direct, params);
        if (!filtered) {
            return found;
        }
        // Statements referring to a match, found from the matches (few) through the ref_target
        // index, never by scanning the statements that refer to something.
        List<Object> refParams = new ArrayList<>(List.of(tenantId));
        refParams.addAll(matchParams);
        StringBuilder referring = new StringBuilder("SELECT s.seq, s.body FROM xapi_statement m JOIN xapi_statement s "
                + "ON s.tenant_id = m.tenant_id AND s.ref_target = m.statement_id WHERE m.tenant_id = ? AND ")
                .append(matching.toString().replace("{t}", "m")).append(" AND s.voided = FALSE");
        pageConditions(query, referring, refParams);
        List<Found> references = run(referring, refParams);
        if (references.isEmpty()) {
            return found;
        }
        java.util.TreeMap<Long, Found> merged = new java.util.TreeMap<>(
                query.ascending() ? java.util.Comparator.<Long>naturalOrder() : java.util.Comparator.<Long>reverseOrder());
        found.forEach(f -> merged.put(f.seq(), f));
        references.forEach(f -> merged.put(f.seq(), f));
        return merged.values().stream().limit(query.limit() + 1L).toList();
    }

    private List<Found> run(StringBuilder sql, List<Object> params) {
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2))).list();
    }

    /** The newest position in the tenant's statements now: the upper bound of a new more chain. */
    public long newestSeq(UUID tenantId) {
        // COALESCE: a tenant without statements has no MAX, and single() refuses a null result.
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM xapi_statement WHERE tenant_id = ?").param(tenantId)
                .query(Long.class).single();
    }

    /**
     * Appends the conditions on one statement (alias {t}) and returns whether there were any. The
     * agent and activity filters look at the actor and object columns, and with the related flags
     * also at every agent or activity the statement mentions.
     */
    private static boolean matchCondition(StatementQuery query, StringBuilder sql, List<Object> params, UUID tenantId) {
        List<String> parts = new ArrayList<>();
        if (query.agentKey() != null) {
            String condition = "({t}.actor_key = ? OR {t}.object_key = ?";
            params.add(query.agentKey());
            params.add(query.agentKey());
            if (query.relatedAgents()) {
                condition += " OR {t}.statement_id IN (SELECT r.statement_id FROM xapi_statement_related r "
                        + "WHERE r.tenant_id = ? AND r.kind = 'g' AND r.related = ?)";
                params.add(tenantId);
                params.add(query.agentKey());
            }
            parts.add(condition + ")");
        }
        if (query.verbKey() != null) {
            parts.add("{t}.verb_key = ?");
            params.add(query.verbKey());
        }
        if (query.activityKey() != null) {
            String condition = "({t}.object_key = ?";
            params.add(query.activityKey());
            if (query.relatedActivities()) {
                condition += " OR {t}.statement_id IN (SELECT r.statement_id FROM xapi_statement_related r "
                        + "WHERE r.tenant_id = ? AND r.kind = 'a' AND r.related = ?)";
                params.add(tenantId);
                params.add(query.activityKey());
            }
            parts.add(condition + ")");
        }
        if (query.registration() != null) {
            parts.add("{t}.registration = ?");
            params.add(query.registration());
        }
        sql.append(String.join(" AND ", parts));
        return !parts.isEmpty();
    }

    private static void pageConditions(StatementQuery query, StringBuilder sql, List<Object> params) {
        if (query.mineOnly() != null) {
            sql.append(" AND s.credential_id = ?");
            params.add(query.mineOnly());
        }
        if (query.since() != null) {
            sql.append(" AND s.stored > ?");
            params.add(OffsetDateTime.ofInstant(query.since(), ZoneOffset.UTC));
        }
        if (query.until() != null) {
            sql.append(" AND s.stored <= ?");
            params.add(OffsetDateTime.ofInstant(query.until(), ZoneOffset.UTC));
        }
        sql.append(" AND s.seq <= ?");
        params.add(query.upToSeq());
        if (query.afterSeq() != null) {
            sql.append(query.ascending() ? " AND s.seq > ?" : " AND s.seq < ?");
            params.add(query.afterSeq());
        }
        sql.append(" ORDER BY s.seq ").append(query.ascending() ? "ASC" : "DESC");
        sql.append(" FETCH FIRST ? ROWS ONLY");
        params.add(query.limit() + 1);
    }
}
