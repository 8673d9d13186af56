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
 * statement it refers to is voided, and so is one that refers to such a statement, recursively
 * (xAPI Communication 2.1.3, "Filter Conditions for StatementRefs"). Results come in arrival
 * order, newest first unless {@code ascending}.
 *
 * <p>Every query is answered from indexes in arrival order and stops after a page: a filter is
 * split into {@link FilterBranches} (one index each, merged here), and statements referring to
 * matches are found by {@link ReferringStatements} walking the few StatementRef statements, never
 * by listing every match. Public for {@link io.pathwise.lrs.StatementBrowser}, which merges several
 * queries by position and so needs each statement's {@code seq}.
 */
@Repository
public class StatementFinder {

    private final JdbcClient jdbc;
    private final ReferringStatements referring;

    StatementFinder(JdbcClient jdbc, ReferringStatements referring) {
        this.jdbc = jdbc;
        this.referring = referring;
    }

    /** One page: up to {@code limit} statements in order, each with its position. */
    public record Found(long seq, String body) {
    }

    /** Up to {@code limit + 1} statements in the query's order: the page and whether more follow. */
    public List<Found> find(UUID tenantId, StatementQuery query) {
        PageCollector page = new PageCollector(query.ascending(), query.limit() + 1);
        List<List<FilterBranches.Condition>> branches = FilterBranches.of(query);
        if (branches.isEmpty()) {
            page.addAll(run(branchSql(tenantId, List.of(), query, null)));
            return page.statements();
        }
        // One round trip: each branch ordered and cut to a page on its own, the union merged here.
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (List<FilterBranches.Condition> branch : branches) {
            Sql sql = branchSql(tenantId, branch, query, null);
            parts.add(branches.size() == 1 ? sql.text() : "(" + sql.text() + ")");
            params.addAll(sql.params());
        }
        page.addAll(run(new Sql(String.join(" UNION ALL ", parts), params)));
        referring.collect(tenantId, query, branches, page);
        return page.statements();
    }

    /** The newest position in the tenant's statements now: the upper bound of a new more chain. */
    public long newestSeq(UUID tenantId) {
        // COALESCE: a tenant without statements has no MAX, and single() refuses a null result.
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM xapi_statement WHERE tenant_id = ?").param(tenantId)
                .query(Long.class).single();
    }

    private List<Found> run(Sql sql) {
        return jdbc.sql(sql.text()).params(sql.params())
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2))).list();
    }

    record Sql(String text, List<Object> params) {
    }

    /**
     * One branch: equal columns on the statement, and a join to the related table per related
     * condition (a join, not EXISTS, so that the database may start from whichever side is smaller).
     */
    private static Sql branchSql(UUID tenantId, List<FilterBranches.Condition> branch, StatementQuery query,
            Long boundary) {
        StringBuilder from = new StringBuilder("SELECT s.seq, s.body FROM xapi_statement s");
        StringBuilder where = new StringBuilder(" WHERE s.tenant_id = ? AND s.voided = FALSE");
        List<Object> joinParams = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        params.add(tenantId);
        int joins = 0;
        for (FilterBranches.Condition condition : branch) {
            if (condition.isRelated()) {
                String r = "r" + joins++;
                // The tenant as a constant, not "= s.tenant_id": only then does H2 see that the
                // related rows can be read first, by primary key, instead of scanning the tenant.
                from.append(" JOIN xapi_statement_related ").append(r).append(" ON ").append(r)
                        .append(".tenant_id = ? AND ").append(r).append(".seq = s.seq AND ")
                        .append(r).append(".kind = ? AND ").append(r).append(".related = ?");
                joinParams.add(tenantId);
                joinParams.add(condition.relatedKind());
                joinParams.add(condition.key());
            } else {
                where.append(" AND s.").append(condition.column()).append(" = ?");
                params.add(condition.key());
            }
        }
        List<Object> all = new ArrayList<>(joinParams);
        all.addAll(params);
        appendPage(query, boundary, query.limit() + 1, where, all);
        return new Sql(from.append(where).toString(), all);
    }

    /**
     * The conditions every part of a query shares (credential, stored time, position) on alias
     * {@code s}, with {@code boundary} the last position that can still enter a full page, then the
     * query's order and at most {@code rows} rows.
     */
    static void appendPage(StatementQuery query, Long boundary, int rows, StringBuilder sql, List<Object> params) {
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
        if (boundary != null) {
            // Strictly on the page's side of the boundary; the statement at it is already in.
            sql.append(query.ascending() ? " AND s.seq < ?" : " AND s.seq > ?");
            params.add(boundary);
        }
        sql.append(" ORDER BY s.seq ").append(query.ascending() ? "ASC" : "DESC");
        sql.append(" FETCH FIRST ? ROWS ONLY");
        params.add(rows);
    }
}
