package io.pathwise.assessment.store;

import io.pathwise.shared.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of every answer-key change and how many attempts it regraded. */
@Repository
public class RegradeLog {

    /** One recorded change. {@code changedBy} is null for a package import by the system. */
    public record Entry(UUID id, String itemKey, int fromVersion, int toVersion, UUID changedBy, Instant changedAt,
            int attemptsRegraded) {
    }

    private final JdbcClient jdbc;

    RegradeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID tenantId, UUID courseId, ItemStore.KeyChange change, UUID changedBy, int attemptsRegraded) {
        jdbc.sql("INSERT INTO assessment_regrade (id, tenant_id, course_id, item_key, from_version, to_version, changed_by, "
                        + "changed_at, attempts_regraded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), tenantId, courseId, change.itemKey(), change.fromVersion(), change.toVersion(), changedBy,
                        OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), attemptsRegraded)
                .update();
    }

    /** Adds attempts regraded after the change committed (they were grading with the old key as it was made). */
    public void addRegraded(UUID courseId, ItemStore.KeyChange change, int attempts) {
        jdbc.sql("UPDATE assessment_regrade SET attempts_regraded = attempts_regraded + ? "
                        + "WHERE course_id = ? AND item_key = ? AND to_version = ?")
                .params(attempts, courseId, change.itemKey(), change.toVersion()).update();
    }

    public List<Entry> ofCourse(UUID courseId) {
        return jdbc.sql("SELECT id, item_key, from_version, to_version, changed_by, changed_at, attempts_regraded "
                        + "FROM assessment_regrade WHERE course_id = ? ORDER BY changed_at DESC, id DESC")
                .param(courseId)
                .query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, UUID.class), rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getInt(7)))
                .list();
    }
}
