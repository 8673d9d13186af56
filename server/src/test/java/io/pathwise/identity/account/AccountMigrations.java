package io.pathwise.identity.account;

import org.flywaydb.core.api.migration.JavaMigration;

/**
 * The identity module's Java migrations, for tests that run Flyway by hand to a given version (the
 * application gets them as beans): a migration test of another module passes through them too.
 */
public final class AccountMigrations {

    private AccountMigrations() {
    }

    public static JavaMigration[] all() {
        return new JavaMigration[] {new EmailAddressPerOrganizationMigration()};
    }
}
