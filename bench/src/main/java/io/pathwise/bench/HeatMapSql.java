package io.pathwise.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The statements one heat-map page ({@code GET …/mastery/learners}, the first 20 learners) sends
 * to the database, as the server's code has them (StateStore, MembershipRepository; read from
 * server/, copied here as text), run over JDBC on the benchmark's database with the run's course,
 * threshold and page: each timed on the client (execute and read every row, median of
 * {@value #TIMES}) and explained once with {@code EXPLAIN (ANALYZE, BUFFERS)}. For PostgreSQL
 * without {@code pg_stat_statements} preloaded: says what each statement costs, not how often the
 * server sends it (the roster walk is counted as the server pages it, 100 members a page).
 */
final class HeatMapSql {

    private static final int TIMES = 20;
    private static final String STATE_COLUMNS = "course_id, skill_key, learner, tenant_id, user_id, known, observations, "
            + "correct, last_observed_at, mastered_at, review_stability, review_difficulty, review_last, review_due, "
            + "review_count, review_lapses";

    private HeatMapSql() {
    }

    private record Query(String name, String sql, List<Object> params) {
    }

    static String report(BenchDatabase db, UUID courseId, double threshold, List<UUID> pageUsers) throws SQLException {
        List<Query> queries = new ArrayList<>();
        queries.add(new Query("countAtLeast (ranking: mastered skills per learner)",
                "SELECT user_id, COUNT(*) FROM mastery_state WHERE course_id = ? AND known >= ? GROUP BY user_id",
                List.of(courseId, threshold)));
        queries.add(new Query("skillKeysOf (skills to correct)",
                "SELECT DISTINCT skill_key FROM mastery_state WHERE course_id = ?", List.of(courseId)));
        StringBuilder in = new StringBuilder();
        List<Object> pageParams = new ArrayList<>(List.of(courseId));
        for (UUID user : pageUsers) {
            in.append(in.isEmpty() ? "?" : ", ?");
            pageParams.add(user);
        }
        queries.add(new Query("ofCourseUsers (the page's " + pageUsers.size() + " rows)", "SELECT " + STATE_COLUMNS
                + " FROM mastery_state WHERE course_id = ? AND user_id IN (" + in + ") ORDER BY user_id, skill_key",
                pageParams));
        List<List<String>> rows = new ArrayList<>();
        StringBuilder plans = new StringBuilder();
        double perRequest = 0;
        try (Connection c = db.connect()) {
            for (Query q : queries) {
                double[] t = time(c, q.sql(), q.params());
                perRequest += t[0];
                rows.add(List.of(q.name(), "1", Markdown.number(t[0], 2), Markdown.number(t[1], 0),
                        Markdown.number(explain(c, q, plans), 2)));
            }
            // The roster, as the server walks it: 100 members a page (101 asked), after the last id.
            String members = "SELECT m.course_id, m.user_id, u.email, u.display_name, m.role FROM course_membership m "
                    + "JOIN app_user u ON u.id = m.user_id WHERE m.course_id = ? AND m.user_id > ? "
                    + "ORDER BY m.user_id FETCH FIRST ? ROWS ONLY";
            UUID after = new UUID(0, 0);
            double roster = 0;
            double rosterExplain = 0;
            int pages = 0;
            while (after != null) {
                List<Object> params = List.of(courseId, after, 101);
                double[] t = time(c, members, params);
                roster += t[0];
                rosterExplain += explain(c, new Query("members page " + (pages + 1), members, params),
                        pages == 0 ? plans : new StringBuilder());
                pages++;
                after = null;
                try (PreparedStatement s = c.prepareStatement(members)) {
                    bind(s, params);
                    try (ResultSet r = s.executeQuery()) {
                        int n = 0;
                        UUID last = null;
                        while (r.next()) {
                            n++;
                            if (n <= 100) {
                                last = r.getObject(2, UUID.class);
                            }
                        }
                        after = n > 100 ? last : null;
                    }
                }
            }
            perRequest += roster;
            rows.add(List.of("members (the roster, 100 a page, joined to app_user)", String.valueOf(pages),
                    Markdown.number(roster, 2) + " (all pages)", "-", Markdown.number(rosterExplain, 2) + " (all pages)"));
        }
        return "The heat map page's statements, run over JDBC on this database (client: median of " + TIMES
                + " executions, every row read; EXPLAIN: server execution time of one EXPLAIN ANALYZE); "
                + Markdown.number(perRequest, 1) + " ms in all per page:\n\n"
                + Markdown.table(List.of("statement", "per page", "client (ms)", "rows", "EXPLAIN ANALYZE (ms)"), rows)
                + "\nPlans:\n\n```\n" + plans + "```\n";
    }

    /** Median client time in ms of executing and reading every row, and the rows. */
    private static double[] time(Connection c, String sql, List<Object> params) throws SQLException {
        List<Double> times = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            for (int i = 0; i < TIMES + 3; i++) {
                long start = System.nanoTime();
                rows = 0;
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int col = 1; col <= columns; col++) {
                            r.getObject(col);
                        }
                        rows++;
                    }
                }
                if (i >= 3) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return new double[] {Summary.median(times), rows};
    }

    /** Runs EXPLAIN (ANALYZE, BUFFERS), appends the plan, returns its execution time in ms. */
    private static double explain(Connection c, Query q, StringBuilder plans) throws SQLException {
        double ms = 0;
        plans.append("-- ").append(q.name()).append('\n');
        try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + q.sql())) {
            bind(s, q.params());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String line = r.getString(1);
                    plans.append(line).append('\n');
                    if (line.startsWith("Execution Time:")) {
                        ms = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                    }
                }
            }
        }
        return ms;
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }
}
