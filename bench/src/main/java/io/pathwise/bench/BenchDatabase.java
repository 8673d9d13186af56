package io.pathwise.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The database an LRS benchmark runs on: the server's default embedded H2 (a file in the data dir,
 * opened with the same URL settings as {@code application.yml}), or PostgreSQL with the server's
 * {@code postgres} profile on a database created for the run and dropped after it. Only one
 * process can open the H2 file at a time ({@code AUTO_SERVER=FALSE}), so direct JDBC access on
 * H2 happens while the server is stopped.
 */
final class BenchDatabase implements AutoCloseable {

    enum Kind { H2, POSTGRES }

    private final Kind kind;
    private final Path dataDir;
    private final String pgServer;
    private final String pgUser;
    private final String pgPassword;
    private final String pgDatabase;
    private final boolean created;
    private boolean keep;

    private BenchDatabase(Kind kind, Path dataDir, String pgServer, String pgUser, String pgPassword, String pgDatabase,
            boolean created) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.pgServer = pgServer;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
        this.pgDatabase = pgDatabase;
        this.created = created;
    }

    static final java.util.Set<String> OPTIONS = java.util.Set.of("db", "pg-host", "pg-port", "pg-user", "pg-password",
            "pg-database");

    static Kind kind(Options options) {
        String db = options.string("db", "h2").toLowerCase(Locale.ROOT);
        return switch (db) {
            case "h2" -> Kind.H2;
            case "postgres", "postgresql", "pg" -> Kind.POSTGRES;
            default -> throw new IllegalArgumentException("--db must be h2 or postgres, not " + db);
        };
    }

    /**
     * The database for a fresh run: on H2 nothing to do (the server creates the file in
     * {@code dataDir}); on PostgreSQL a new database, refused if the name is taken (never reuse or
     * drop someone else's).
     */
    static BenchDatabase create(Options options, Path dataDir) throws SQLException {
        Kind kind = kind(options);
        String server = options.string("pg-host", "127.0.0.1") + ":" + options.string("pg-port", "5432");
        String user = options.string("pg-user", "postgres");
        String password = options.string("pg-password", "");
        String name = options.string("pg-database",
                "pathwise_bench_" + UUID.randomUUID().toString().substring(0, 8));
        if (kind == Kind.H2) {
            return new BenchDatabase(kind, dataDir, server, user, password, name, false);
        }
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("--pg-database must be a plain lower-case name, not " + name);
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server + "/postgres", user, password);
                Statement sql = admin.createStatement()) {
            try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (exists.next()) {
                    throw new IllegalStateException("database " + name + " already exists on " + server
                            + "; choose another --pg-database (the benchmark drops what it creates)");
                }
            }
            sql.execute("CREATE DATABASE " + name);
        }
        return new BenchDatabase(kind, dataDir, server, user, password, name, true);
    }

    /** An existing benchmark database (a kept H2 data dir or PostgreSQL database), never dropped. */
    static BenchDatabase existing(Options options, Path dataDir, String pgDatabase) {
        return new BenchDatabase(kind(options), dataDir, options.string("pg-host", "127.0.0.1") + ":"
                + options.string("pg-port", "5432"), options.string("pg-user", "postgres"),
                options.string("pg-password", ""), pgDatabase, false);
    }

    Kind kind() {
        return kind;
    }

    String pgDatabase() {
        return pgDatabase;
    }

    /** Keep a created PostgreSQL database instead of dropping it on close. */
    void keep() {
        this.keep = true;
    }

    String label() {
        return kind == Kind.H2 ? "H2 (embedded, file)" : "PostgreSQL";
    }

    /** The server arguments that point it at this database; none for the embedded default. */
    List<String> serverArguments() {
        List<String> args = new ArrayList<>();
        if (kind == Kind.POSTGRES) {
            args.add("--spring.profiles.active=postgres");
            args.add("--spring.datasource.url=jdbc:postgresql://" + pgServer + "/" + pgDatabase);
            args.add("--spring.datasource.username=" + pgUser);
            args.add("--spring.datasource.password=" + pgPassword);
        }
        return args;
    }

    /**
     * The URL the benchmark's own JDBC uses: the server's for H2 (application.yml), and for
     * PostgreSQL the server's plus {@code reWriteBatchedInserts=true}, as application-postgres.yml sets.
     */
    String jdbcUrl() {
        return kind == Kind.H2
                ? "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/pathwise;MODE=Regular;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE"
                : "jdbc:postgresql://" + pgServer + "/" + pgDatabase + "?reWriteBatchedInserts=true";
    }

    Connection connect() throws SQLException {
        return kind == Kind.H2 ? DriverManager.getConnection(jdbcUrl(), "sa", "")
                : DriverManager.getConnection(jdbcUrl(), pgUser, pgPassword);
    }

    /**
     * On PostgreSQL, {@code VACUUM ANALYZE} of the whole database and true; on H2 nothing and false.
     * A PostgreSQL with autovacuum off (as on the benchmark machine) never gathers statistics on
     * tables filled after start, and then plans the benchmark's queries blind.
     */
    boolean vacuumAnalyze() throws SQLException {
        if (kind != Kind.POSTGRES) {
            return false;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("VACUUM ANALYZE");
        }
        return true;
    }

    String describe() {
        return kind == Kind.H2 ? "H2 file " + dataDir.toAbsolutePath() + "/pathwise.mv.db (URL settings of application.yml)"
                : "PostgreSQL " + serverVersion() + " at " + pgServer + ", database " + pgDatabase
                        + (created ? " (created for this run" + (keep ? ", kept)" : ", dropped after it)") : " (existing)");
    }

    private String serverVersion() {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    /** How big the database is on disk, e.g. {@code 2.1 GB}. */
    String size() {
        if (kind == Kind.H2) {
            try {
                return String.format(Locale.ROOT, "%.2f GB (pathwise.mv.db)",
                        java.nio.file.Files.size(dataDir.resolve("pathwise.mv.db")) / 1e9);
            } catch (java.io.IOException e) {
                return "unknown";
            }
        }
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return String.format(Locale.ROOT, "%.2f GB (pg_database_size)", rs.getLong(1) / 1e9);
        } catch (SQLException e) {
            return "unknown";
        }
    }

    /** Every statement in the database. */
    long countAll() throws SQLException {
        try (Connection c = connect(); var q = c.prepareStatement("SELECT COUNT(*) FROM xapi_statement")) {
            return single(q);
        }
    }

    /** Statements of a tenant, whoever sent them. */
    long countTenant(UUID tenantId) throws SQLException {
        try (Connection c = connect();
                var q = c.prepareStatement("SELECT COUNT(*) FROM xapi_statement WHERE tenant_id = ?")) {
            q.setObject(1, tenantId);
            return single(q);
        }
    }

    /** Fresh statistics for the planner, as a database that has been running a while has them. */
    void analyze() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            if (kind == Kind.H2) {
                s.execute("ANALYZE");
            } else {
                c.setAutoCommit(true);
                s.execute("VACUUM ANALYZE xapi_statement");
                s.execute("VACUUM ANALYZE xapi_statement_related");
            }
        }
    }

    /** The tenant, id and label of an API credential, by key. */
    record CredentialRow(UUID id, UUID tenantId, String label) {
    }

    CredentialRow credential(String key) throws SQLException {
        try (Connection c = connect();
                var q = c.prepareStatement("SELECT id, tenant_id, label FROM api_credential WHERE api_key = ?")) {
            q.setString(1, key);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no API credential " + key + " in the database");
                }
                return new CredentialRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3));
            }
        }
    }

    /** Statements and related rows of a credential's statements. */
    record Counts(long statements, long related) {
    }

    Counts count(UUID tenantId, UUID credentialId) throws SQLException {
        try (Connection c = connect();
                var statements = c.prepareStatement(
                        "SELECT COUNT(*) FROM xapi_statement WHERE tenant_id = ? AND credential_id = ?");
                // Driven from the related rows (the tenant a constant on both sides): the related table
                // has no index by statement, so the other way round H2 scans it once per statement.
                var related = c.prepareStatement("SELECT COUNT(*) FROM xapi_statement_related r JOIN xapi_statement s "
                        + "ON s.tenant_id = ? AND s.seq = r.seq "
                        + "WHERE r.tenant_id = ? AND s.credential_id = ?")) {
            statements.setObject(1, tenantId);
            statements.setObject(2, credentialId);
            related.setObject(1, tenantId);
            related.setObject(2, tenantId);
            related.setObject(3, credentialId);
            return new Counts(single(statements), single(related));
        }
    }

    private static long single(java.sql.PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Drops the PostgreSQL database this run created (unless kept); H2 files go with the work dir. */
    @Override
    public void close() throws SQLException {
        if (kind != Kind.POSTGRES || !created || keep) {
            return;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + pgServer + "/postgres", pgUser,
                pgPassword); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
        }
    }
}
