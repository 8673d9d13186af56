package io.pathwise.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
    static final String INSERT_RELATED = "INSERT INTO xapi_statement_related (tenant_id, kind, related, statement_id) "
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

    RawStatementInserts(Connection connection, UUID tenantId, UUID credentialId) throws SQLException {
        this.connection = connection;
        this.tenantId = tenantId;
        this.credentialId = credentialId;
        connection.setAutoCommit(false);
        this.statements = connection.prepareStatement(INSERT_STATEMENT);
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
                lookUp("SELECT statement_id, body, voided, verb_key FROM xapi_statement WHERE tenant_id = ? "
                        + "AND statement_id IN (", ids, false);
            }
            int relatedCount = 0;
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
                statements.addBatch();
                for (UUID key : row.relatedAgents()) {
                    addRelated("g", key, ids[i]);
                    relatedCount++;
                }
                for (UUID key : row.relatedActivities()) {
                    addRelated("a", key, ids[i]);
                    relatedCount++;
                }
            }
            statements.executeBatch();
            if (relatedCount > 0) {
                related.executeBatch();
            }
            if (lookups) {
                lookUp("SELECT ref_target FROM xapi_statement WHERE tenant_id = ? AND verb_key = ? AND ref_target IN (",
                        ids, true);
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

    private void addRelated(String kind, UUID key, UUID statementId) throws SQLException {
        related.setObject(1, tenantId);
        related.setString(2, kind);
        related.setObject(3, key);
        related.setObject(4, statementId);
        related.addBatch();
    }

    /** One of the LRS's IN-list look-ups, built per call as JdbcClient does (the list length varies). */
    private void lookUp(String head, UUID[] ids, boolean withVerb) throws SQLException {
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < ids.length; i++) {
            sql.append(i == 0 ? "?" : ",?");
        }
        sql.append(')');
        try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
            int p = 1;
            query.setObject(p++, tenantId);
            if (withVerb) {
                query.setObject(p++, XapiKeys.verb(VOIDED_VERB));
            }
            for (UUID id : ids) {
                query.setObject(p++, id);
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
        } finally {
            connection.close();
        }
    }
}
