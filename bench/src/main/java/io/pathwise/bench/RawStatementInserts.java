package io.pathwise.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The LRS's writes, as plain JDBC on one connection: the same two INSERT statements as
 * {@code StatementStore.insert} (statement rows, then related rows, each as one JDBC batch), with
 * the same parameter types, in one transaction per batch. Optionally with the two look-ups the
 * LRS makes in that transaction before and after inserting ({@code StatementStore.find} for id
 * conflicts, {@code alreadyVoided}), to tell the cost of the storage from the cost of the LRS's SQL.
 * Not thread-safe: one instance per connection and thread.
 */
final class RawStatementInserts implements AutoCloseable {

    static final String INSERT_STATEMENT = "INSERT INTO xapi_statement (tenant_id, statement_id, actor_key, verb_key, "
            + "object_key, ref_target, registration, credential_id, voided, stored, body) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** On PostgreSQL, as StatementNumbers: the arrival numbers taken first, so the driver may rewrite the batch. */
    static final String INSERT_STATEMENT_NUMBERED = "INSERT INTO xapi_statement (tenant_id, statement_id, actor_key, "
            + "verb_key, object_key, ref_target, registration, credential_id, voided, stored, body, seq) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String RESERVE_NUMBERS = "SELECT nextval(pg_get_serial_sequence('xapi_statement', 'seq')) AS seq "
            + "FROM generate_series(1, ?) ORDER BY seq";
    static final String INSERT_RELATED = "INSERT INTO xapi_statement_related (tenant_id, kind, related, seq) "
            + "VALUES (?, ?, ?, ?)";
    /** {@code Timestamps.format}: UTC, milliseconds. */
    static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);
    private static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    private final Connection connection;
    private final UUID tenantId;
    private final UUID credentialId;
    private final PreparedStatement statements;
    private final PreparedStatement related;
    private final PreparedStatement reserve;
    private final boolean postgres;

    RawStatementInserts(Connection connection, UUID tenantId, UUID credentialId) throws SQLException {
        this.connection = connection;
        this.tenantId = tenantId;
        this.credentialId = credentialId;
        connection.setAutoCommit(false);
        // The related rows are keyed by the statements' arrival numbers: on PostgreSQL taken from the
        // sequence first, on H2 handed back by the insert, as in the LRS (StatementNumbers).
        this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        this.reserve = postgres ? connection.prepareStatement(RESERVE_NUMBERS) : null;
        this.statements = postgres ? connection.prepareStatement(INSERT_STATEMENT_NUMBERED)
                : connection.prepareStatement(INSERT_STATEMENT, new String[] {"statement_id", "seq"});
        this.related = connection.prepareStatement(INSERT_RELATED);
    }

    /**
     * Inserts the rows with these statement ids and stored time, commits, and returns the number of
     * related rows written. With {@code lookups}, first and last runs the LRS's two id look-ups.
     */
    int insert(List<LrsRow> rows, UUID[] ids, Instant storedAt, boolean lookups) throws SQLException {
        Instant stored = storedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String storedText = STORED.format(stored);
        OffsetDateTime storedColumn = OffsetDateTime.ofInstant(stored, ZoneOffset.UTC);
        try {
            if (lookups) {
                lookUp("SELECT statement_id, body, voided, verb_key FROM xapi_statement", "statement_id", ids, false);
            }
            long[] reserved = postgres ? reserve(rows.size()) : null;
            for (int i = 0; i < rows.size(); i++) {
                LrsRow row = rows.get(i);
                statements.setObject(1, tenantId);
                statements.setObject(2, ids[i]);
                statements.setObject(3, row.actorKey());
                statements.setObject(4, row.verbKey());
                statements.setObject(5, row.objectKey());
                statements.setObject(6, null);
                statements.setObject(7, row.registration());
                statements.setObject(8, credentialId);
                statements.setBoolean(9, false);
                statements.setObject(10, storedColumn);
                statements.setString(11, row.body(ids[i], storedText));
                if (reserved != null) {
                    statements.setLong(12, reserved[i]);
                }
                statements.addBatch();
            }
            statements.executeBatch();
            Map<UUID, Long> seqs = new HashMap<>();
            if (reserved != null) {
                for (int i = 0; i < rows.size(); i++) {
                    seqs.put(ids[i], reserved[i]);
                }
            } else {
                try (ResultSet keys = statements.getGeneratedKeys()) {
                    while (keys.next()) {
                        seqs.put(keys.getObject(1, UUID.class), keys.getLong(2));
                    }
                }
            }
            int relatedCount = 0;
            for (int i = 0; i < rows.size(); i++) {
                LrsRow row = rows.get(i);
                long seq = seqs.get(ids[i]);
                for (UUID key : row.relatedAgents()) {
                    addRelated("g", key, seq);
                    relatedCount++;
                }
                for (UUID key : row.relatedActivities()) {
                    addRelated("a", key, seq);
                    relatedCount++;
                }
            }
            if (relatedCount > 0) {
                related.executeBatch();
            }
            if (lookups) {
                lookUp("SELECT ref_target FROM xapi_statement", "ref_target", ids, true);
            }
            connection.commit();
            return relatedCount;
        } catch (SQLException | RuntimeException e) {
            statements.clearBatch();
            related.clearBatch();
            connection.rollback();
            throw e;
        }
    }

    private long[] reserve(int count) throws SQLException {
        long[] numbers = new long[count];
        reserve.setInt(1, count);
        try (ResultSet rs = reserve.executeQuery()) {
            for (int i = 0; i < count && rs.next(); i++) {
                numbers[i] = rs.getLong(1);
            }
        }
        return numbers;
    }

    private void addRelated(String kind, UUID key, long seq) throws SQLException {
        related.setObject(1, tenantId);
        related.setString(2, kind);
        related.setObject(3, key);
        related.setLong(4, seq);
        related.addBatch();
    }

    /**
     * One of the LRS's look-ups of a batch's ids, written as the LRS's TenantKeyLists writes it:
     * one array parameter on PostgreSQL, (tenant, id) row values on H2, where {@code id IN (…)}
     * after {@code tenant_id = ?} scans the tenant.
     */
    private void lookUp(String select, String column, UUID[] ids, boolean withVerb) throws SQLException {
        StringBuilder sql = new StringBuilder(select).append(" WHERE ");
        if (postgres) {
            sql.append("tenant_id = ? AND ").append(column).append(" = ANY(?)");
        } else {
            sql.append("(tenant_id, ").append(column).append(") IN (");
            for (int i = 0; i < ids.length; i++) {
                sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
            }
            sql.append(')');
        }
        if (withVerb) {
            sql.append(" AND verb_key = ?");
        }
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int p = 1;
            if (postgres) {
                query.setObject(p++, tenantId);
                query.setArray(p++, connection.createArrayOf("uuid", ids));
            } else {
                for (UUID id : ids) {
                    query.setObject(p++, tenantId);
                    query.setObject(p++, id);
                }
            }
            if (withVerb) {
                query.setObject(p++, XapiKeys.verb(VOIDED_VERB));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            statements.close();
            related.close();
            if (reserve != null) {
                reserve.close();
            }
        } finally {
            connection.close();
        }
    }
}
