package io.pathwise.assessment.store;

import io.pathwise.assessment.AttemptStatus;
import io.pathwise.shared.sql.InSlices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attempts. A submission changes an attempt only while holding its row lock
 * ({@link #lock(UUID)}), so that concurrent retries of one submission are serialised: the first
 * grades, the others find it graded and get its reply.
 */
@Repository
public class AttemptStore {

    private static final String COLUMNS = "id, tenant_id, quiz_id, learner_id, number, seed, presented, drawn, status, started_at, "
            + "deadline, draft, draft_saved_at, submission_key, submitted_at, answered_at, late, submission_reply, score, "
            + "max_score, passed, graded_at, grade_version";

    /** The columns of {@link AttemptGrade}, in its order. */
    private static final String GRADE_COLUMNS = "id, quiz_id, learner_id, number, status, submitted_at, late, score, "
            + "max_score, passed";

    private final JdbcClient jdbc;

    AttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AttemptRow attempt) {
        jdbc.sql("INSERT INTO assessment_attempt (id, tenant_id, quiz_id, learner_id, number, seed, presented, drawn, "
                        + "status, started_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(attempt.id(), attempt.tenantId(), attempt.quizId(), attempt.learnerId(), attempt.number(),
                        attempt.seed(), attempt.presented(), attempt.drawn(), attempt.status().name(), time(attempt.startedAt()),
                        time(attempt.deadline()))
                .update();
    }

    public Optional<AttemptRow> find(UUID attemptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_attempt WHERE id = ?").param(attemptId)
                .query(AttemptStore::row).optional();
    }

    /** The attempts with these ids that exist, in one query per {@link InSlices#SIZE} ids. */
    public List<AttemptRow> findAll(Collection<UUID> attemptIds) {
        return InSlices.query(attemptIds, slice -> jdbc.sql("SELECT " + COLUMNS + " FROM assessment_attempt WHERE id IN (:ids)")
                .param("ids", slice).query(AttemptStore::row).list());
    }

    /** Reads the attempt and locks its row until the transaction ends. */
    public Optional<AttemptRow> lock(UUID attemptId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_attempt WHERE id = ? FOR UPDATE").param(attemptId)
                .query(AttemptStore::row).optional();
    }

    /** A learner's attempts at a quiz, oldest first. */
    public List<AttemptRow> ofLearner(UUID quizId, UUID learnerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM assessment_attempt WHERE quiz_id = ? AND learner_id = ? ORDER BY number")
                .params(quizId, learnerId).query(AttemptStore::row).list();
    }

    /** The learners with at least one attempt at any of the quizzes. */
    public Set<UUID> learnersOf(Collection<UUID> quizIds) {
        return new HashSet<>(InSlices.query(quizIds, slice -> jdbc.sql(
                        "SELECT DISTINCT learner_id FROM assessment_attempt WHERE quiz_id IN (:quizzes)")
                .param("quizzes", slice).query(UUID.class).list()));
    }

    /** The grades of these learners' attempts at these quizzes, by learner and number (at most a page of learners). */
    public List<AttemptGrade> gradesOf(Collection<UUID> quizIds, Collection<UUID> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return InSlices.query(quizIds, slice -> jdbc.sql("SELECT " + GRADE_COLUMNS + " FROM assessment_attempt "
                        + "WHERE quiz_id IN (:quizzes) AND learner_id IN (:learners) ORDER BY learner_id, number")
                .param("quizzes", slice).param("learners", learnerIds)
                .query((rs, n) -> new AttemptGrade(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getInt(4), AttemptStatus.valueOf(rs.getString(5)),
                        instant(rs, "submitted_at"), rs.getBoolean(7), rs.getObject(8, Double.class),
                        rs.getObject(9, Double.class), rs.getObject(10, Boolean.class)))
                .list());
    }

    /** Open attempts whose deadline is before {@code instant}. */
    public List<UUID> openBefore(Instant instant, int limit) {
        return jdbc.sql("SELECT id FROM assessment_attempt WHERE status = 'OPEN' AND deadline < ? ORDER BY deadline "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .param(time(instant)).query(UUID.class).list();
    }

    /**
     * Locks the open attempts of the course's quizzes until the transaction ends, waiting for the
     * submissions in progress (each holds its attempt's lock while it grades) to commit.
     */
    public void lockOpenOfCourse(UUID courseId) {
        // A sub-select, not a join: PostgreSQL would lock the quiz rows too, and H2 has no FOR UPDATE OF.
        jdbc.sql("SELECT id FROM assessment_attempt WHERE status = 'OPEN' AND quiz_id IN "
                        + "(SELECT id FROM assessment_quiz WHERE course_id = ?) ORDER BY id FOR UPDATE")
                .param(courseId).query(UUID.class).list();
    }

    /** Submitted attempts of a course's quizzes that asked an item. */
    public List<UUID> submittedWithItem(UUID courseId, String itemKey) {
        return jdbc.sql("SELECT DISTINCT r.attempt_id FROM assessment_response r JOIN assessment_quiz q ON q.id = r.quiz_id "
                        + "WHERE q.course_id = ? AND r.item_key = ? ORDER BY r.attempt_id")
                .params(courseId, itemKey).query(UUID.class).list();
    }

    public boolean saveDraft(UUID attemptId, String draft, Instant savedAt) {
        return jdbc.sql("UPDATE assessment_attempt SET draft = ?, draft_saved_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(draft, time(savedAt), attemptId).update() == 1;
    }

    /**
     * How a locked, open attempt closes: the submission (or, with a null key, the closing at the
     * deadline), its grade and the reply kept for retries, written at once.
     */
    public record Closing(String submissionKey, Instant submittedAt, Instant answeredAt, boolean late, String answers,
            AttemptStatus status, double score, double maxScore, Boolean passed, Instant gradedAt, int gradeVersion,
            String reply) {
    }

    /** Closes a locked, open attempt with one write (a submission in an exam burst is on the learner's clock). */
    public void close(UUID attemptId, Closing closing) {
        jdbc.sql("UPDATE assessment_attempt SET submission_key = ?, submitted_at = ?, answered_at = ?, late = ?, draft = ?, "
                        + "status = ?, score = ?, max_score = ?, passed = ?, graded_at = ?, grade_version = ?, "
                        + "submission_reply = ? WHERE id = ?")
                .params(closing.submissionKey(), time(closing.submittedAt()), time(closing.answeredAt()), closing.late(),
                        closing.answers(), closing.status().name(), closing.score(), closing.maxScore(), closing.passed(),
                        time(closing.gradedAt()), closing.gradeVersion(), closing.reply(), attemptId)
                .update();
    }

    public void grade(UUID attemptId, AttemptStatus status, double score, double maxScore, Boolean passed, Instant gradedAt,
            int gradeVersion) {
        jdbc.sql("UPDATE assessment_attempt SET status = ?, score = ?, max_score = ?, passed = ?, graded_at = ?, "
                        + "grade_version = ? WHERE id = ?")
                .params(status.name(), score, maxScore, passed, time(gradedAt), gradeVersion, attemptId).update();
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static AttemptRow row(ResultSet rs, int n) throws SQLException {
        return new AttemptRow(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("quiz_id", UUID.class), rs.getObject("learner_id", UUID.class), rs.getInt("number"),
                rs.getLong("seed"), rs.getString("presented"), rs.getString("drawn"), AttemptStatus.valueOf(rs.getString("status")),
                instant(rs, "started_at"), instant(rs, "deadline"), rs.getString("draft"), instant(rs, "draft_saved_at"),
                rs.getString("submission_key"), instant(rs, "submitted_at"), instant(rs, "answered_at"),
                rs.getBoolean("late"), rs.getString("submission_reply"), (Double) rs.getObject("score", Double.class),
                rs.getObject("max_score", Double.class), rs.getObject("passed", Boolean.class), instant(rs, "graded_at"),
                rs.getInt("grade_version"));
    }
}
