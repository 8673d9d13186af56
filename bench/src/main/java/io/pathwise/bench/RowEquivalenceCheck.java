package io.pathwise.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Proof that the raw JDBC path writes what the LRS writes. A batch of generated statements is
 * POSTed to the running server; once it is stopped, the rows it stored are read back and compared
 * with the rows {@link LrsRow} computes for the same statements: every column, every related row
 * and the body byte for byte (with the stored time the server chose). Any difference stops the
 * benchmark: a raw baseline or a query data set that differs from the LRS's rows measures
 * something else. The checked statements are deleted afterwards, so counts start from zero.
 */
final class RowEquivalenceCheck {

    /** Far from the indexes the benchmarks use, so the check's statements are ones of their own. */
    private static final long FIRST_INDEX = 1L << 40;
    private static final int SIZE = 100;

    private final List<StatementGenerator.Draft> drafts;
    private final List<UUID> ids;

    private RowEquivalenceCheck(List<StatementGenerator.Draft> drafts, List<UUID> ids) {
        this.drafts = drafts;
        this.ids = ids;
    }

    /** POSTs the check batch through the API of the running server. */
    static RowEquivalenceCheck send(LrsServer server, StatementGenerator generator) throws InterruptedException {
        List<StatementGenerator.Draft> drafts = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        StringBuilder body = new StringBuilder("[");
        Instant now = Instant.now();
        for (int i = 0; i < SIZE; i++) {
            StatementGenerator.Draft draft = generator.draft(FIRST_INDEX + i, now.minusSeconds(i));
            UUID id = UUID.randomUUID();
            drafts.add(draft);
            ids.add(id);
            body.append(i == 0 ? "" : ",").append(draft.json(id));
        }
        body.append(']');
        XapiHttp.Outcome outcome = new XapiHttp(server.baseUrl(), server.credential())
                .post(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), SIZE, ids.get(0).toString());
        if (!outcome.ok()) {
            throw new IllegalStateException("the check batch was refused: " + outcome.error());
        }
        return new RowEquivalenceCheck(drafts, ids);
    }

    /**
     * Compares the stored rows with the computed ones (server stopped on H2), deletes them, and
     * returns a one-line summary; throws on the first difference.
     */
    String verifyAndDelete(BenchDatabase database, BenchDatabase.CredentialRow credential, LrsRow.Authority authority)
            throws SQLException {
        int relatedRows = 0;
        try (Connection c = database.connect();
                PreparedStatement row = c.prepareStatement("SELECT actor_key, verb_key, object_key, ref_target, "
                        + "registration, credential_id, voided, stored, body FROM xapi_statement "
                        + "WHERE tenant_id = ? AND statement_id = ?");
                PreparedStatement related = c.prepareStatement("SELECT r.kind, r.related FROM xapi_statement_related r "
                        + "JOIN xapi_statement s ON s.seq = r.seq WHERE r.tenant_id = ? AND s.tenant_id = r.tenant_id "
                        + "AND s.statement_id = ?");
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM xapi_statement WHERE tenant_id = ? AND statement_id = ?");
                // The related table has no foreign key (server migration V4_6): its rows go explicitly.
                PreparedStatement deleteRelated = c.prepareStatement("DELETE FROM xapi_statement_related "
                        + "WHERE tenant_id = ? AND seq = (SELECT seq FROM xapi_statement WHERE tenant_id = ? AND statement_id = ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                UUID id = ids.get(i);
                LrsRow expected = LrsRow.of(drafts.get(i), authority);
                row.setObject(1, credential.tenantId());
                row.setObject(2, id);
                try (ResultSet rs = row.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("statement " + id + " acknowledged but not stored");
                    }
                    same(id, "actor_key", expected.actorKey(), rs.getObject(1, UUID.class));
                    same(id, "verb_key", expected.verbKey(), rs.getObject(2, UUID.class));
                    same(id, "object_key", expected.objectKey(), rs.getObject(3, UUID.class));
                    same(id, "ref_target", null, rs.getObject(4, UUID.class));
                    same(id, "registration", expected.registration(), rs.getObject(5, UUID.class));
                    same(id, "credential_id", credential.id(), rs.getObject(6, UUID.class));
                    same(id, "voided", false, rs.getBoolean(7));
                    Instant stored = rs.getObject(8, OffsetDateTime.class).toInstant();
                    String body = rs.getString(9);
                    String expectedBody = expected.body(id, RawStatementInserts.STORED.format(stored));
                    if (!expectedBody.equals(body)) {
                        throw new IllegalStateException("statement " + id + ": stored body differs from the computed one"
                                + firstDifference(expectedBody, body));
                    }
                }
                Set<String> expectedRelated = new HashSet<>();
                expected.related().forEach(r -> expectedRelated.add(r[0] + ":" + r[1]));
                Set<String> actualRelated = new HashSet<>();
                related.setObject(1, credential.tenantId());
                related.setObject(2, id);
                try (ResultSet rs = related.executeQuery()) {
                    while (rs.next()) {
                        actualRelated.add(rs.getString(1).trim() + ":" + rs.getObject(2, UUID.class));
                    }
                }
                if (!expectedRelated.equals(actualRelated)) {
                    throw new IllegalStateException("statement " + id + ": related rows " + actualRelated
                            + " but computed " + expectedRelated);
                }
                relatedRows += actualRelated.size();
            }
            for (UUID id : ids) {
                // The related rows first: they find their statement's arrival number through its row.
                deleteRelated.setObject(1, credential.tenantId());
                deleteRelated.setObject(2, credential.tenantId());
                deleteRelated.setObject(3, id);
                deleteRelated.executeUpdate();
                delete.setObject(1, credential.tenantId());
                delete.setObject(2, id);
                delete.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        return "Row check: " + ids.size() + " statements POSTed to the server and stored with the columns, "
                + relatedRows + " related rows and bodies (byte for byte) the raw path computes";
    }

    private static void same(UUID id, String column, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException("statement " + id + ": " + column + " is " + actual + " but computed "
                    + expected);
        }
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return " at character " + i + ":\n  computed: ..." + expected.substring(from, Math.min(expected.length(), i + 80))
                + "\n  stored:   ..." + actual.substring(from, Math.min(actual.length(), i + 80));
    }
}
