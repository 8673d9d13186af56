package io.pathwise.support;

import io.pathwise.identity.account.AccountMigrations;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Migration tests' databases: an empty one of each kind, and its schema brought to a given
 * version, as an installation upgrading one release at a time meets it.
 */
public final class SchemaVersions {

    /** A migration test's steps on one empty database; {@code vendor} is "h2" or "postgresql". */
    @FunctionalInterface
    public interface Upgrade {
        void run(String url, String vendor) throws SQLException;
    }

    private SchemaVersions() {
    }

    /** Runs the migrations up to and including {@code target}. */
    public static void migrate(String url, String vendor, String target) {
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(AccountMigrations.all())
                .target(target).load().migrate();
    }

    /** Runs the steps on an empty in-memory H2 database of their own. */
    public static void onEmptyH2(Upgrade upgrade) throws SQLException {
        upgrade.run("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "h2");
    }

    /**
     * Runs the steps on an empty PostgreSQL database created for them and dropped after; the test
     * carries {@code @ExtendWith(PostgresTestDatabase.class)}, which skips it without a server.
     */
    public static void onEmptyPostgresql(Upgrade upgrade) throws SQLException {
        String database = "pathwise_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = PostgresTestDatabase.create(database);
        try {
            upgrade.run(url, "postgresql");
        } finally {
            PostgresTestDatabase.drop(database);
        }
    }
}
