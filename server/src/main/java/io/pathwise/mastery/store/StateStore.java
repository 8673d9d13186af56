package io.pathwise.mastery.store;

import io.pathwise.mastery.review.ReviewState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

    /** Every user's estimates in a course, by user. */
    public List<SkillState> ofCourseUsers(UUID courseId, Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_state WHERE course_id = :course AND user_id IN (:users) "
                        + "ORDER BY user_id, skill_key")
                .param("course", courseId).param("users", List.copyOf(userIds)).query(StateStore::row).list();
    }

    /** The learners with an estimate of a skill (for recomputing them after a refit). */
    public List<String> learnersOf(UUID courseId, String skillKey) {
        return jdbc.sql("SELECT learner FROM mastery_state WHERE course_id = ? AND skill_key = ? ORDER BY learner")
                .params(courseId, skillKey).query(String.class).list();
    }

    private static SkillState row(ResultSet rs, int n) throws SQLException {
        return new SkillState(rs.getObject("course_id", UUID.class), rs.getString("skill_key"), rs.getString("learner"),
                rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getDouble("known"),
                rs.getInt("observations"), rs.getInt("correct"), ObservationStore.instant(rs, "last_observed_at"),
                ObservationStore.instant(rs, "mastered_at"), review(rs));
    }

    private static ReviewState review(ResultSet rs) throws SQLException {
        Double stability = rs.getObject("review_stability", Double.class);
        if (stability == null) {
            return null;
        }
        return new ReviewState(stability, rs.getDouble("review_difficulty"), ObservationStore.instant(rs, "review_last"),
                ObservationStore.instant(rs, "review_due"), rs.getInt("review_count"), rs.getInt("review_lapses"));
    }
}
