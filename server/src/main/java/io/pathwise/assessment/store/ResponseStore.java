package io.pathwise.assessment.store;

import io.pathwise.assessment.GradingQueueRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The per-item responses of submitted attempts, and the queue of free-text answers to grade. */
@Repository
public class ResponseStore {

    private static final String COLUMNS = "attempt_id, position, quiz_id, item_key, answer, status, score, hints_used, "
            + "seconds, tries, feedback, graded_by, graded_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ResponseStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * @param keyVersions the version of each item's answer key the responses were graded with, by
     *     item key (an item no longer in the course has none)
     */
    public void insert(List<ResponseRow> responses, Map<String, Integer> keyVersions) {
        batch.batchUpdate("INSERT INTO assessment_response (" + COLUMNS + ", key_version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                responses, responses.size(), (ps, r) -> {
                    ps.setObject(1, r.attemptId());
                    ps.setInt(2, r.position());
                    ps.setObject(3, r.quizId());
                    ps.setString(4, r.itemKey());
                    ps.setString(5, r.answer());
                    ps.setString(6, r.status().name());
                    ps.setDouble(7, r.score());
                    ps.setInt(8, r.hintsUsed());
                    ps.setInt(9, r.seconds());
                    ps.setInt(10, r.tries());
                    ps.setString(11, r.feedback());
                    ps.setObject(12, r.gradedBy());
                    ps.setObject(13, AttemptStore.time(r.gradedAt()));
                    ps.setObject(14, keyVersions.get(r.itemKey()));
                });
    }

    /** Records that the attempts' responses to the item were regraded with this version of its key. */
    public void gradedWith(String itemKey, int version, List<UUID> attemptIds) {
        // One batch of single-attempt updates (the primary key's first column finds each): an
        // IN list of a thousand attempts made H2 test every row against the list, and was slower.
        batch.batchUpdate("UPDATE assessment_response SET key_version = ? WHERE attempt_id = ? AND item_key = ?",
                attemptIds, attemptIds.size(), (ps, attemptId) -> {
                    ps.setInt(1, version);
                    ps.setObject(2, attemptId);
                    ps.setString(3, itemKey);
                });
    }

    /**
     * Records that the responses were (re)graded with these versions of their items' keys, by item
     * key; only rows whose version differs are written.
     */
    public void gradedWith(List<ResponseRow> responses, Map<String, Integer> keyVersions) {
        batch.batchUpdate("UPDATE assessment_response SET key_version = ? WHERE attempt_id = ? AND position = ? "
                        + "AND (key_version IS NULL OR key_version <> ?)",
                responses, responses.size(), (ps, r) -> {
                    Integer version = keyVersions.get(r.itemKey());
                    ps.setObject(1, version);
                    ps.setObject(2, r.attemptId());
                    ps.setInt(3, r.position());
                    ps.setObject(4, version);
                });
    }

    /**
     * The submitted attempts of the course with a response to the item graded with a version of its
     * key older than {@code version}: graded while that version was being committed.
     */
    public List<UUID> gradedWithOlderKey(UUID courseId, String itemKey, int version) {
        return jdbc.sql("SELECT DISTINCT r.attempt_id FROM assessment_response r JOIN assessment_quiz q ON q.id = r.quiz_id "
                        + "WHERE q.course_id = ? AND r.item_key = ? AND r.key_version < ? ORDER BY r.attempt_id")
                .params(courseId, itemKey, version).query(UUID.class).list();
    }

    public List<ResponseRow> ofAttempt(UUID attemptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_response WHERE attempt_id = ? ORDER BY position")
                .param(attemptId).query(ResponseStore::row).list();
    }

    /** The figures of every response to a quiz, for its item statistics. */
    public List<ResponseFigures> figuresOfQuiz(UUID quizId) {
        return jdbc.sql("SELECT attempt_id, item_key, status, score, seconds, hints_used, "
                        + "CASE WHEN answer IS NULL THEN FALSE ELSE TRUE END FROM assessment_response WHERE quiz_id = ?")
                .param(quizId)
                .query((rs, n) -> new ResponseFigures(rs.getObject(1, UUID.class), rs.getString(2),
                        ResponseRow.ResponseStatus.valueOf(rs.getString(3)), rs.getDouble(4), rs.getInt(5), rs.getInt(6),
                        rs.getBoolean(7)))
                .list();
    }

    /**
     * A page of the free-text answers waiting for an instructor, oldest attempts first: those after
     * the request's place, one more than its limit (the extra one only says that more exist).
     */
    public List<ResponseRow> awaitingManual(List<UUID> quizIds, GradingQueueRequest request) {
        if (quizIds.isEmpty()) {
            return List.of();
        }
        GradingQueueRequest.Place after = request.afterOrStart();
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_response WHERE status = 'AWAITING_MANUAL' "
                        + "AND quiz_id IN (:quizzes) AND (attempt_id > :attempt OR (attempt_id = :attempt AND position > :position)) "
                        + "ORDER BY attempt_id, position LIMIT :limit")
                .param("quizzes", quizIds).param("attempt", after.attemptId()).param("position", after.position())
                .param("limit", request.limit() + 1).query(ResponseStore::row).list();
    }

    /** The attempt's answer to an item while it waits for an instructor; empty once graded. */
    public Optional<ResponseRow> awaitingManual(UUID attemptId, String itemKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_response WHERE attempt_id = ? AND item_key = ? "
                        + "AND status = 'AWAITING_MANUAL'")
                .params(attemptId, itemKey).query(ResponseStore::row).optional();
    }

    /** How many free-text answers wait for an instructor: the queue's length without reading the answers. */
    public int countAwaitingManual(List<UUID> quizIds) {
        if (quizIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM assessment_response WHERE status = 'AWAITING_MANUAL' AND quiz_id IN (:quizzes)")
                .param("quizzes", quizIds).query(Integer.class).single();
    }

    public void update(ResponseRow response) {
        jdbc.sql("UPDATE assessment_response SET status = ?, score = ?, feedback = ?, graded_by = ?, graded_at = ? "
                        + "WHERE attempt_id = ? AND position = ?")
                .params(response.status().name(), response.score(), response.feedback(), response.gradedBy(),
                        AttemptStore.time(response.gradedAt()), response.attemptId(), response.position())
                .update();
    }

    private static ResponseRow row(ResultSet rs, int n) throws SQLException {
        Instant gradedAt = AttemptStore.instant(rs, "graded_at");
        return new ResponseRow(rs.getObject("attempt_id", UUID.class), rs.getInt("position"), rs.getObject("quiz_id", UUID.class),
                rs.getString("item_key"), rs.getString("answer"), ResponseRow.ResponseStatus.valueOf(rs.getString("status")),
                rs.getDouble("score"), rs.getInt("hints_used"), rs.getInt("seconds"), rs.getInt("tries"),
                rs.getString("feedback"), rs.getObject("graded_by", UUID.class), gradedAt);
    }
}
