package io.pathwise.support;

import io.pathwise.identity.account.AccountMigrations;
import org.flywaydb.core.Flyway;

/** Brings a test database's schema to a given version, as an installation upgrading one release at a time meets it. */
public final class SchemaVersions {

    private SchemaVersions() {
    }

    /** Runs the migrations up to and including {@code target}; {@code vendor} is "h2" or "postgresql". */
    public static void migrate(String url, String vendor, String target) {
        Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(AccountMigrations.all())
                .target(target).load().migrate();
    }
}
