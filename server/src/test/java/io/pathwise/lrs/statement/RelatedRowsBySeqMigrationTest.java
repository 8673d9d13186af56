package io.pathwise.lrs.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pathwise.support.PostgresTestDatabase;
import io.pathwise.support.SchemaVersions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Migration 19 on a record store that already holds statements: each related row, which named its
 * statement by id, names it by the statement's arrival number afterwards, in every tenant, and a
 * related row whose statement is gone (the table has no foreign key) is not carried over.
 */
class RelatedRowsBySeqMigrationTest {

    @Test
    void upgradesAnH2RecordStore() throws SQLException {
        SchemaVersions.onEmptyH2(RelatedRowsBySeqMigrationTest::upgradeAndCheck);
    }

    @Test
    @ExtendWith(PostgresTestDatabase.class)
    void upgradesAPostgresqlRecordStore() throws SQLException {
        SchemaVersions.onEmptyPostgresql(RelatedRowsBySeqMigrationTest::upgradeAndCheck);
    }

    private static void upgradeAndCheck(String url, String vendor) throws SQLException {
        UUID school = UUID.randomUUID();
        UUID college = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        UUID course = UUID.randomUUID();
        UUID sameIdInBothTenants = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        SchemaVersions.migrate(url, vendor, "18");
        long schoolSeq;
        long collegeSeq;
        long otherSeq;
        try (Connection db = DriverManager.getConnection(url)) {
            schoolSeq = statement(db, school, sameIdInBothTenants);
            collegeSeq = statement(db, college, sameIdInBothTenants);
            otherSeq = statement(db, school, other);
            relatedById(db, school, "g", teacher, sameIdInBothTenants);
            relatedById(db, school, "a", course, sameIdInBothTenants);
            relatedById(db, school, "a", course, other);
            relatedById(db, college, "a", course, sameIdInBothTenants);
            relatedById(db, school, "a", course, UUID.randomUUID()); // its statement is gone
        }

        SchemaVersions.migrate(url, vendor, "19");

        try (Connection db = DriverManager.getConnection(url)) {
            assertThat(rows(db)).containsExactlyInAnyOrder(
                    school + " g " + teacher + " " + schoolSeq,
                    school + " a " + course + " " + schoolSeq,
                    school + " a " + course + " " + otherSeq,
                    college + " a " + course + " " + collegeSeq);
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO xapi_statement_related (tenant_id, kind, related, seq) VALUES (?, 'a', ?, ?)")) {
                insert.setObject(1, school);
                insert.setObject(2, course);
                insert.setLong(3, schoolSeq);
                assertThatThrownBy(insert::executeUpdate)
                        .as("one row per tenant, kind, related and statement").isInstanceOf(SQLException.class);
            }
        }
    }

    private static long statement(Connection db, UUID tenant, UUID statementId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO xapi_statement (tenant_id, statement_id, "
                + "actor_key, verb_key, object_key, stored, body) VALUES (?, ?, ?, ?, ?, ?, '{}')", new String[] {"seq"})) {
            insert.setObject(1, tenant);
            insert.setObject(2, statementId);
            insert.setObject(3, UUID.randomUUID());
            insert.setObject(4, UUID.randomUUID());
            insert.setObject(5, UUID.randomUUID());
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                assertThat(keys.next()).isTrue();
                return keys.getLong(1);
            }
        }
    }

    private static void relatedById(Connection db, UUID tenant, String kind, UUID related, UUID statementId)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO xapi_statement_related (tenant_id, kind, related, statement_id) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, tenant);
            insert.setString(2, kind);
            insert.setObject(3, related);
            insert.setObject(4, statementId);
            insert.executeUpdate();
        }
    }

    private static List<String> rows(Connection db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT tenant_id, kind, related, seq FROM xapi_statement_related");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getObject(1, UUID.class) + " " + rs.getString(2) + " " + rs.getObject(3, UUID.class) + " "
                        + rs.getLong(4));
            }
        }
        return rows;
    }
}
