package io.pathwise.pathways.rules;

import io.pathwise.pathways.AlertView;
import io.pathwise.shared.Ids;
import io.pathwise.shared.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts that rules raised for a course's staff, listed newest first by their time-ordered ids. */
@Repository
class AlertStore {

    private static final String COLUMNS = "id, user_id, learner_name, rule_key, message, created_at";

    private final JdbcClient jdbc;

    AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID tenantId, UUID courseId, UUID userId, String learnerName, String ruleKey, String message,
            Instant at) {
        jdbc.sql("INSERT INTO pathways_alert (id, tenant_id, course_id, user_id, learner_name, rule_key, message, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), tenantId, courseId, userId, learnerName, ruleKey, message, SqlTimes.of(at))
                .update();
    }

    /** How many alerts the course's rules have raised. */
    long count(UUID courseId) {
        return jdbc.sql("SELECT COUNT(*) FROM pathways_alert WHERE course_id = ?").param(courseId).query(Long.class).single();
    }

    /** A page of the course's alerts, newest first, with one more row than asked when more exist. */
    List<AlertView> page(UUID courseId, PageRequest page) {
        String older = page.after() == null ? "" : "AND id < ? ";
        List<Object> params = page.after() == null ? List.of(courseId, page.limit() + 1)
                : List.of(courseId, page.after(), page.limit() + 1);
        return jdbc.sql("SELECT " + COLUMNS + " FROM pathways_alert WHERE course_id = ? " + older
                        + "ORDER BY id DESC LIMIT ?")
                .params(params)
                .query((rs, n) -> new AlertView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                        rs.getString("learner_name"), rs.getString("rule_key"), rs.getString("message"),
                        SqlTimes.read(rs, "created_at")))
                .list();
    }
}
