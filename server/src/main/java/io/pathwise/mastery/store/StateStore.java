package io.pathwise.mastery.store;

import io.pathwise.mastery.review.ReviewState;
import io.pathwise.shared.sql.InSlices;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Learners' estimates. An estimate changes only while its row is locked ({@link #lock}), so two
 * statements about the same learner and skill, handled at once, apply one after the other.
 */
@Repository
public class StateStore {

    private static final String COLUMNS = "course_id, skill_key, learner, tenant_id, user_id, known, observations, correct, "
            + "last_observed_at, mastered_at, review_stability, review_difficulty, review_last, review_due, review_count, "
            + "review_lapses";

    private final JdbcClient jdbc;

    StateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reads and locks the estimate until the transaction ends. */
    public Optional<SkillState> lock(ObservationStore.LearnerSkill who) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_state WHERE course_id = ? AND skill_key = ? AND learner = ? "
                        + "FOR UPDATE")
                .params(who.courseId(), who.skillKey(), who.learner()).query(StateStore::row).optional();
    }

    /**
     * Creates the row of a learner's first observation of a skill; a concurrent first observation
     * makes one of the two fail with a duplicate key, and its listener runs again.
     */
    public void insert(SkillState state) {
        ReviewState r = state.review();
        jdbc.sql("INSERT INTO mastery_state (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(state.courseId(), state.skillKey(), state.learner(), state.tenantId(), state.userId(), state.known(),
                        state.observations(), state.correct(), ObservationStore.time(state.lastObservedAt()),
                        ObservationStore.time(state.masteredAt()), r == null ? null : r.stability(),
                        r == null ? null : r.difficulty(), r == null ? null : ObservationStore.time(r.lastReview()),
                        r == null ? null : ObservationStore.time(r.due()), r == null ? null : r.reviews(),
                        r == null ? null : r.lapses())
                .update();
    }

    public void update(SkillState state) {
        ReviewState r = state.review();
        jdbc.sql("UPDATE mastery_state SET user_id = ?, known = ?, observations = ?, correct = ?, last_observed_at = ?, "
                        + "mastered_at = ?, review_stability = ?, review_difficulty = ?, review_last = ?, review_due = ?, "
                        + "review_count = ?, review_lapses = ? WHERE course_id = ? AND skill_key = ? AND learner = ?")
                .params(state.userId(), state.known(), state.observations(), state.correct(),
                        ObservationStore.time(state.lastObservedAt()), ObservationStore.time(state.masteredAt()),
                        r == null ? null : r.stability(), r == null ? null : r.difficulty(),
                        r == null ? null : ObservationStore.time(r.lastReview()),
                        r == null ? null : ObservationStore.time(r.due()), r == null ? null : r.reviews(),
                        r == null ? null : r.lapses(), state.courseId(), state.skillKey(), state.learner())
                .update();
    }

    /** A user's estimates in a course. */
    public List<SkillState> ofUser(UUID courseId, UUID userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_state WHERE course_id = ? AND user_id = ? ORDER BY skill_key")
                .params(courseId, userId).query(StateStore::row).list();
    }

    /**
     * A user's standing on every skill of a course they have evidence on, in no particular order:
     * the few columns the recommendations need, read by position (see {@link SkillStanding}).
     */
    public List<SkillStanding> standingOfUser(UUID courseId, UUID userId) {
        return jdbc.sql("SELECT skill_key, known, observations, review_stability, review_difficulty, "
                        + epochMicros("review_last") + ", " + epochMicros("review_due")
                        + ", review_count, review_lapses FROM mastery_state WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId)
                .query((rs, n) -> new SkillStanding(rs.getString(1), rs.getDouble(2), rs.getInt(3),
                        review(rs, 4, StateStore::micros)))
                .list();
    }

    /**
     * A time column as whole microseconds since the epoch (exact: both databases keep microseconds).
     * PostgreSQL's driver builds six objects to decode one timestamp; a learner's standing holds two
     * for every mastered skill, which made them a fifth of a next-steps request's allocation.
     */
    private static String epochMicros(String column) {
        return "CAST(EXTRACT(EPOCH FROM " + column + ") * 1000000 AS BIGINT)";
    }

    /** Every user's estimates in a course, by user. */
    public List<SkillState> ofCourseUsers(UUID courseId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return InSlices.query(userIds, slice -> jdbc.sql("SELECT " + COLUMNS + " FROM mastery_state WHERE course_id = :course "
                        + "AND user_id IN (:users) ORDER BY user_id, skill_key")
                .param("course", courseId).param("users", slice).query(StateStore::row).list());
    }

    /** Which skills of a course each of the users has started and mastered (skills with evidence only). */
    public List<SkillMark> marksOf(UUID courseId, Collection<UUID> userIds) {
        return InSlices.query(userIds, slice -> jdbc.sql("SELECT user_id, skill_key, observations, mastered_at IS NOT NULL "
                        + "FROM mastery_state WHERE course_id = :course AND user_id IN (:users)")
                .param("course", courseId).param("users", slice)
                .query((rs, n) -> new SkillMark(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3) > 0,
                        rs.getBoolean(4)))
                .list());
    }

    /**
     * For each user with estimates in the course, how many of them are at least {@code threshold},
     * counted by the database: the heat map ranks a whole course without reading its estimates.
     */
    public Map<UUID, Integer> countAtLeast(UUID courseId, double threshold) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT user_id, COUNT(*) FROM mastery_state WHERE course_id = ? AND known >= ? GROUP BY user_id")
                .params(courseId, threshold)
                .query((RowCallbackHandler) rs -> counts.put(rs.getObject(1, UUID.class), rs.getInt(2)));
        return counts;
    }

    /** The skills the course's estimates are of (with skills a later revision no longer has). */
    public Set<String> skillKeysOf(UUID courseId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT skill_key FROM mastery_state WHERE course_id = ?")
                .param(courseId).query(String.class).list());
    }

    /** Every user's estimates of the given skills in a course. */
    public List<SkillState> ofCourseSkills(UUID courseId, Collection<String> skillKeys) {
        return InSlices.query(skillKeys, slice -> jdbc.sql("SELECT " + COLUMNS + " FROM mastery_state WHERE course_id = :course "
                        + "AND skill_key IN (:skills)")
                .param("course", courseId).param("skills", slice).query(StateStore::row).list());
    }

    /** The learners with an estimate of a skill (for recomputing them after a refit). */
    public List<String> learnersOf(UUID courseId, String skillKey) {
        return jdbc.sql("SELECT learner FROM mastery_state WHERE course_id = ? AND skill_key = ? ORDER BY learner")
                .params(courseId, skillKey).query(String.class).list();
    }

    /** A row of {@link #COLUMNS}, read by position: a lookup by name costs more than the value. */
    private static SkillState row(ResultSet rs, int n) throws SQLException {
        return new SkillState(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, UUID.class), rs.getDouble(6), rs.getInt(7), rs.getInt(8), ObservationStore.instant(rs, 9),
                ObservationStore.instant(rs, 10), review(rs, 11, ObservationStore::instant));
    }

    /**
     * The review schedule held in the six columns from {@code first} on (stability, difficulty,
     * last review, due, count, lapses); null while the skill is not mastered.
     */
    private static ReviewState review(ResultSet rs, int first, TimeColumn time) throws SQLException {
        double stability = rs.getDouble(first);
        if (rs.wasNull()) {
            return null;
        }
        return new ReviewState(stability, rs.getDouble(first + 1), time.read(rs, first + 2), time.read(rs, first + 3),
                rs.getInt(first + 4), rs.getInt(first + 5));
    }

    /** How a query selected its time columns: as timestamps, or as {@link #epochMicros}. */
    @FunctionalInterface
    private interface TimeColumn {
        Instant read(ResultSet rs, int column) throws SQLException;
    }

    private static Instant micros(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        return rs.wasNull() ? null
                : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
}
