package io.pathwise.lrs.statement;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The statement tables: batched inserts, the look-ups that conflict and voiding checks need, and
 * reading statements back by id. Queries with filters live in {@link StatementFinder}.
 */
@Repository
class StatementStore {

    /**
     * The most characters a statement's stored text may have: the {@code body} column's size on
     * both databases. The writer refuses a longer one with 413 (xAPI 1.0.3 Communication 3.2 lets
     * an LRS reject a statement larger than its limit) before the database would.
     */
    static final int MAX_BODY_CHARS = 1_000_000;

    private static final String STATEMENT_COLUMNS = "tenant_id, statement_id, actor_key, verb_key, object_key, "
            + "ref_target, registration, credential_id, voided, stored, body, refers";
    private static final String INSERT_STATEMENT = "INSERT INTO xapi_statement (" + STATEMENT_COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STATEMENT_NUMBERED = "INSERT INTO xapi_statement (" + STATEMENT_COLUMNS + ", seq) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TenantKeyLists keyLists;
    private final StatementNumbers numbers;

    StatementStore(JdbcClient jdbc, JdbcTemplate template, TenantKeyLists keyLists, StatementNumbers numbers) {
        this.jdbc = jdbc;
        this.template = template;
        this.keyLists = keyLists;
        this.numbers = numbers;
    }

    /** A statement as stored: its JSON text, whether it is voided, and its verb's key. */
    record Stored(UUID statementId, String body, boolean voided, UUID verbKey) {
    }

    /** The stored statements among these ids, by id. */
    Map<UUID, Stored> find(UUID tenantId, Collection<UUID> statementIds) {
        Map<UUID, Stored> found = new HashMap<>();
        if (statementIds.isEmpty()) {
            return found;
        }
        for (TenantKeys keys : keyLists.of(tenantId, "statement_id", statementIds)) {
            jdbc.sql("SELECT statement_id, body, voided, verb_key FROM xapi_statement WHERE " + keys.condition())
                    .params(keys.params())
                    .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                            rs.getObject(4, UUID.class)))
                    .list()
                    .forEach(stored -> found.put(stored.statementId(), stored));
        }
        return found;
    }

    Optional<Stored> find(UUID tenantId, UUID statementId) {
        return Optional.ofNullable(find(tenantId, List.of(statementId)).get(statementId));
    }

    /**
     * Inserts the statements, then the agents and activities each mentions beyond actor and object
     * ({@code xapi_statement_related}), which name their statement by its arrival number
     * ({@link StatementNumbers}): one that grows with arrival, so that each related row goes to
     * the end of its range of the primary key rather than to a random place in it.
     */
    void insert(UUID tenantId, UUID credentialId, List<StatementRow> rows, List<String> bodies) {
        Optional<List<Long>> reserved = numbers.reserveBeforeInsert(rows.size());
        Map<UUID, Long> seqs = reserved.isPresent()
                ? insertNumbered(tenantId, credentialId, rows, bodies, reserved.get())
                : insertAndReadNumbers(tenantId, credentialId, rows, bodies);
        List<Object[]> related = new ArrayList<>();
        for (StatementRow row : rows) {
            Long seq = seqs.get(row.statementId());
            row.groupMembers().forEach(key -> related.add(new Object[] {tenantId, RelatedKind.GROUP_MEMBER, key, seq}));
            row.relatedAgents().forEach(key -> related.add(new Object[] {tenantId, RelatedKind.AGENT, key, seq}));
            row.relatedActivities().forEach(key -> related.add(new Object[] {tenantId, RelatedKind.ACTIVITY, key, seq}));
        }
        if (!related.isEmpty()) {
            template.batchUpdate("INSERT INTO xapi_statement_related (tenant_id, kind, related, seq) "
                    + "VALUES (?, ?, ?, ?)", related);
        }
    }

    /** Inserts the statements with the numbers reserved for them; returns those numbers by statement id. */
    private Map<UUID, Long> insertNumbered(UUID tenantId, UUID credentialId, List<StatementRow> rows, List<String> bodies,
            List<Long> reserved) {
        template.batchUpdate(INSERT_STATEMENT_NUMBERED, new StatementValues(tenantId, credentialId, rows, bodies, reserved));
        Map<UUID, Long> seqs = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            seqs.put(rows.get(i).statementId(), reserved.get(i));
        }
        return seqs;
    }

    /** Inserts the statements and returns the numbers the database gave them, by statement id. */
    private Map<UUID, Long> insertAndReadNumbers(UUID tenantId, UUID credentialId, List<StatementRow> rows,
            List<String> bodies) {
        GeneratedKeyHolder handedBack = new GeneratedKeyHolder();
        template.batchUpdate(connection -> connection.prepareStatement(INSERT_STATEMENT, new String[] {"statement_id", "seq"}),
                new StatementValues(tenantId, credentialId, rows, bodies, null), handedBack);
        return seqsById(handedBack, rows.size());
    }

    /** One statement row's values, with its reserved arrival number last where there is one. */
    private record StatementValues(UUID tenantId, UUID credentialId, List<StatementRow> rows, List<String> bodies,
            List<Long> reserved) implements BatchPreparedStatementSetter {

        @Override
        public void setValues(PreparedStatement ps, int i) throws SQLException {
            StatementRow row = rows.get(i);
            ps.setObject(1, tenantId);
            ps.setObject(2, row.statementId());
            ps.setObject(3, row.actorKey());
            ps.setObject(4, row.verbKey());
            ps.setObject(5, row.objectKey());
            ps.setObject(6, row.refTarget());
            ps.setObject(7, row.registration());
            ps.setObject(8, credentialId);
            ps.setBoolean(9, false);
            ps.setObject(10, OffsetDateTime.ofInstant(row.stored(), ZoneOffset.UTC));
            ps.setString(11, bodies.get(i));
            ps.setBoolean(12, row.refTarget() != null);
            if (reserved != null) {
                ps.setLong(13, reserved.get(i));
            }
        }

        @Override
        public int getBatchSize() {
            return rows.size();
        }
    }

    /**
     * Each inserted statement's arrival number as the insert handed it back, by statement id:
     * matched by id rather than by position, which no driver promises for a batch.
     */
    private static Map<UUID, Long> seqsById(GeneratedKeyHolder numbers, int expected) {
        Map<UUID, Long> seqs = new HashMap<>();
        for (Map<String, Object> keys : numbers.getKeyList()) {
            // The key maps ignore case: H2 names the columns in capitals, PostgreSQL in lower case.
            seqs.put((UUID) keys.get("statement_id"), ((Number) keys.get("seq")).longValue());
        }
        if (seqs.size() != expected) {
            throw new IllegalStateException("the database returned " + seqs.size() + " statement numbers for "
                    + expected + " inserted statements");
        }
        return seqs;
    }

    /** Marks a statement voided unless it is itself a voiding statement; true if it was changed. */
    boolean markVoided(UUID tenantId, UUID statementId) {
        return jdbc.sql("UPDATE xapi_statement SET voided = TRUE WHERE tenant_id = ? AND statement_id = ? "
                        + "AND verb_key <> ? AND voided = FALSE")
                .params(tenantId, statementId, Keys.verb(StatementPreparer.VOIDED))
                .update() == 1;
    }

    UUID credentialOf(UUID tenantId, UUID statementId) {
        return jdbc.sql("SELECT credential_id FROM xapi_statement WHERE tenant_id = ? AND statement_id = ?")
                .params(tenantId, statementId).query(UUID.class).optional().orElse(null);
    }

    /** Those of these ids that a stored voiding statement already targets (it came before its target). */
    List<UUID> alreadyVoided(UUID tenantId, Collection<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return List.of();
        }
        List<UUID> voided = new ArrayList<>();
        for (TenantKeys keys : keyLists.of(tenantId, "ref_target", statementIds)) {
            List<Object> params = new ArrayList<>(keys.params());
            params.add(Keys.verb(StatementPreparer.VOIDED));
            voided.addAll(jdbc.sql("SELECT ref_target FROM xapi_statement WHERE " + keys.condition() + " AND verb_key = ?")
                    .params(params).query(UUID.class).list());
        }
        return voided;
    }
}
