package io.pathwise.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL a timed phase sent to PostgreSQL, from {@code pg_stat_statements} (preloaded on this
 * machine; the extension is created in the run's database): {@link #reset} right before the timed
 * requests, {@link #table} right after, the statements of the run's database by total execution time,
 * with calls and rows per timed request. Database time only: not the round trips, nor the server's
 * time between statements.
 */
final class PgStatements {

    private final BenchDatabase db;

    private PgStatements(BenchDatabase db) {
        this.db = db;
    }

    /**
     * On PostgreSQL with the library preloaded, creates the extension in the run's database; on H2,
     * or when {@code shared_preload_libraries} lacks it (it then cannot count), null.
     */
    static PgStatements enable(BenchDatabase db) throws SQLException {
        if (db.kind() != BenchDatabase.Kind.POSTGRES) {
            return null;
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SHOW shared_preload_libraries")) {
                r.next();
                if (!r.getString(1).contains("pg_stat_statements")) {
                    return null;
                }
            }
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
        return new PgStatements(db);
    }

    void reset() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** The top {@code limit} statements of this database since {@link #reset}, per {@code requests} timed requests. */
    String table(int limit, int requests) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        double totalMs = 0;
        long totalCalls = 0;
        try (Connection c = db.connect()) {
            try (PreparedStatement q = c.prepareStatement("SELECT sum(calls), sum(total_exec_time) FROM pg_stat_statements "
                    + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())");
                    ResultSet r = q.executeQuery()) {
                r.next();
                totalCalls = r.getLong(1);
                totalMs = r.getDouble(2);
            }
            try (PreparedStatement q = c.prepareStatement("SELECT calls, mean_exec_time, total_exec_time, rows, query "
                    + "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                    + "ORDER BY total_exec_time DESC LIMIT ?")) {
                q.setInt(1, limit);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        long calls = r.getLong(1);
                        String sql = r.getString(5).replaceAll("\\s+", " ").replace("|", "\\|");
                        rows.add(List.of(String.valueOf(calls), Markdown.number((double) calls / requests, 1),
                                Markdown.number(r.getDouble(2), 3), Markdown.number(r.getDouble(3), 1),
                                Markdown.number((double) r.getLong(4) / Math.max(1, calls), 1),
                                "`" + (sql.length() > 300 ? sql.substring(0, 300) + " …" : sql) + "`"));
                    }
                }
            }
        }
        return "pg_stat_statements over " + requests + " timed requests (this database; " + totalCalls
                + " statements, " + Markdown.number(totalMs, 1) + " ms of execution in all, "
                + Markdown.number(totalMs / requests, 2) + " ms and " + Markdown.number((double) totalCalls / requests, 1)
                + " statements per request; sign-ins between runs included):\n\n"
                + Markdown.table(List.of("calls", "per request", "mean (ms)", "total (ms)", "rows/call", "query"), rows);
    }
}
