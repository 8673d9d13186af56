package io.pathwise.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pathwise.support.PostgresTestDatabase;
import io.pathwise.support.SchemaVersions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Migration 16 on a database that already holds accounts, as an installation upgrading meets it:
 * on H2 it must find the constraint by its generated name. After it, one address can have an
 * account in each organization, but still only one in any organization.
 */
class EmailAddressPerOrganizationMigrationTest {

    @Test
    void upgradesAnH2DatabaseWithAccounts() throws SQLException {
        SchemaVersions.onEmptyH2(EmailAddressPerOrganizationMigrationTest::upgradeAndCheck);
    }

    @Test
    @ExtendWith(PostgresTestDatabase.class)
    void upgradesAPostgresqlDatabaseWithAccounts() throws SQLException {
        SchemaVersions.onEmptyPostgresql(EmailAddressPerOrganizationMigrationTest::upgradeAndCheck);
    }

    private static void upgradeAndCheck(String url, String vendor) throws SQLException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        SchemaVersions.migrate(url, vendor, "15");
        try (Connection db = DriverManager.getConnection(url)) {
            tenant(db, first, "first");
            tenant(db, second, "second");
            user(db, first, "Ana@School.test");
            assertThatThrownBy(() -> user(db, second, "ana@school.test"))
                    .as("before: one account per address across the installation").isInstanceOf(SQLException.class);
        }

        SchemaVersions.migrate(url, vendor, "16");

        try (Connection db = DriverManager.getConnection(url)) {
            user(db, second, "ana@school.test");
            assertThatThrownBy(() -> user(db, second, "ANA@school.test"))
                    .as("after: still one account per address in an organization").isInstanceOf(SQLException.class);
            try (Statement statement = db.createStatement();
                    var rows = statement.executeQuery("SELECT COUNT(*) FROM app_user WHERE email_normalized = 'ana@school.test'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    private static void tenant(Connection db, UUID id, String slug) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO tenant (id, slug, name, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, slug + "-" + id.toString().substring(0, 8));
            insert.setString(3, slug);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private static void user(Connection db, UUID tenant, String email) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO app_user (id, tenant_id, email, email_normalized, "
                + "display_name, locale, time_zone, tenant_admin, status, created_at) VALUES (?, ?, ?, ?, 'Ana', 'en', 'UTC', "
                + "FALSE, 'ACTIVE', ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, tenant);
            insert.setString(3, email);
            insert.setString(4, EmailAddress.normalize(email));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
