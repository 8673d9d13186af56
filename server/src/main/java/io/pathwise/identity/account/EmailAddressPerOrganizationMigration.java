package io.pathwise.identity.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 16: an e-mail address has one account per organization instead of one across the
 * installation, so that enrolling an address never tells an instructor that it has an account in
 * another organization. Written in Java because the unique constraint it drops was declared inline
 * in V1, and H2 gave it a generated name: the name is looked up in the standard information schema,
 * which H2 and PostgreSQL both have. Spring Boot hands Flyway every {@link JavaMigration} bean.
 */
@Component
class EmailAddressPerOrganizationMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("16");
    }

    @Override
    public String getDescription() {
        return "email address per organization";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String name : uniqueConstraintsOnTheAddressAlone(connection)) {
                statement.execute("ALTER TABLE app_user DROP CONSTRAINT \"" + name + "\"");
            }
            statement.execute("CREATE UNIQUE INDEX app_user_email_per_tenant ON app_user (tenant_id, email_normalized)");
            // Sign-in looks an address up across organizations: the dropped constraint's index served that.
            statement.execute("CREATE INDEX app_user_by_email ON app_user (email_normalized)");
        }
    }

    private static List<String> uniqueConstraintsOnTheAddressAlone(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT tc.constraint_name FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema
                     AND k.constraint_name = tc.constraint_name
                WHERE LOWER(tc.table_name) = 'app_user' AND tc.constraint_type = 'UNIQUE'
                      AND LOWER(tc.table_schema) = LOWER(CURRENT_SCHEMA)
                GROUP BY tc.constraint_name
                HAVING COUNT(*) = 1 AND MAX(LOWER(k.column_name)) = 'email_normalized'""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        if (names.size() != 1) {
            throw new SQLException("expected one unique constraint on app_user (email_normalized), found " + names);
        }
        return names;
    }
}
