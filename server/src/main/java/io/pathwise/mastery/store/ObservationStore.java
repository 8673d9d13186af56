package io.pathwise.mastery.store;

import io.pathwise.mastery.evidence.Observation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Observations of skills, in the order they happened. */
@Repository
public class ObservationStore {

    private static final String COLUMNS = "tenant_id, statement_id, course_id, skill_key, learner, user_id, activity_iri, "
            + "correct, seconds, hints_used, observed_at";

    /** A learner and skill of a course: whose estimate an observation moves. */
    public record LearnerSkill(UUID courseId, String skillKey, String learner) {
    }

    private final JdbcClient jdbc;

    ObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this statement was already observed for this skill (a redelivered event). */
    public boolean exists(Observation observation) {
        return jdbc.sql("SELECT COUNT(*) FROM mastery_observation WHERE tenant_id = ? AND statement_id = ? AND skill_key = ?")
                .params(observation.tenantId(), observation.statementId(), observation.skillKey())
                .query(Integer.class).single() > 0;
    }

    public void insert(Observation o) {
        jdbc.sql("INSERT INTO mastery_observation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(o.tenantId(), o.statementId(), o.courseId(), o.skillKey(), o.learner(), o.userId(), o.activityIri(),
                        o.correct(), o.seconds(), o.hintsUsed(), time(o.observedAt()))
                .update();
    }

    /** The learners and skills a voided statement was evidence for. */
    public List<LearnerSkill> observedBy(UUID tenantId, UUID statementId) {
        return jdbc.sql("SELECT course_id, skill_key, learner FROM mastery_observation WHERE tenant_id = ? AND statement_id = ? "
                        + "ORDER BY skill_key")
                .params(tenantId, statementId)
                .query((rs, n) -> new LearnerSkill(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    public int delete(UUID tenantId, UUID statementId) {
        return jdbc.sql("DELETE FROM mastery_observation WHERE tenant_id = ? AND statement_id = ?")
                .params(tenantId, statementId).update();
    }

    /** One learner's observations of a skill, oldest first (ties in statement id order, so replays agree). */
    public List<Observation> inOrder(LearnerSkill who) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_observation WHERE course_id = ? AND skill_key = ? AND learner = ? "
                        + "ORDER BY observed_at, statement_id")
                .params(who.courseId(), who.skillKey(), who.learner()).query(ObservationStore::row).list();
    }

    /** Every observation of a skill, by learner and in order: the data a fit learns from. */
    public List<Observation> ofSkill(UUID courseId, String skillKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_observation WHERE course_id = ? AND skill_key = ? "
                        + "ORDER BY learner, observed_at, statement_id")
                .params(courseId, skillKey).query(ObservationStore::row).list();
    }

    /**
     * A user's latest {@code perSkill} observations of each of these skills in a course, by skill,
     * each skill's newest first (equal times in descending statement id, as {@link #latestOfUser}).
     * Reads only those skills' rows, through the (user, course, skill, time) index.
     */
    public List<Observation> latestOfUserBySkill(UUID courseId, UUID userId, Collection<String> skillKeys, int perSkill) {
        if (skillKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + ", ROW_NUMBER() OVER (PARTITION BY skill_key "
                        + "ORDER BY observed_at DESC, statement_id DESC) AS recency FROM mastery_observation "
                        + "WHERE user_id = :user AND course_id = :course AND skill_key IN (:skills)) latest "
                        + "WHERE recency <= :perSkill ORDER BY skill_key, recency")
                .param("user", userId).param("course", courseId).param("skills", List.copyOf(skillKeys))
                .param("perSkill", perSkill)
                .query(ObservationStore::row).list();
    }

    /** An observation, with the account and the current estimate of its learner and skill. */
    public record WithEstimate(UUID userId, Observation observation, double known, int observations) {
    }

    /**
     * The latest {@code perSkill} observations of every learner's skills of a course whose estimate is
     * below {@code threshold}, of learners who are accounts here (of one account, {@code userId},
     * unless it is null): ordered by account, skill and newest first. One read for the whole course, so that a list of every learner who may be stuck does
     * not cost a query per learner; mastered skills' observations are left out by the join.
     */
    public List<WithEstimate> latestWhileLearning(UUID courseId, UUID userId, double threshold, int perSkill) {
        // The estimates below the threshold are found first and only their answers are numbered: most
        // of a course's answers are on skills already mastered, and numbering those was most of the cost.
        JdbcClient.StatementSpec query = jdbc.sql("SELECT * FROM (SELECT " + prefixed("o.") + ", s.user_id AS state_user, s.known AS state_known, "
                        + "s.observations AS state_observations, ROW_NUMBER() OVER (PARTITION BY s.user_id, o.skill_key "
                        + "ORDER BY o.observed_at DESC, o.statement_id DESC) AS recency "
                        + "FROM mastery_state s JOIN mastery_observation o ON o.course_id = s.course_id "
                        + "AND o.skill_key = s.skill_key AND o.learner = s.learner "
                        + "WHERE s.course_id = :course AND s.known < :threshold AND s.user_id IS NOT NULL"
                        + (userId == null ? "" : " AND s.user_id = :user") + ") latest "
                        + "WHERE recency <= :perSkill ORDER BY state_user, skill_key, recency")
                .param("course", courseId).param("perSkill", perSkill).param("threshold", threshold);
        if (userId != null) {
            query = query.param("user", userId);
        }
        return query.query((rs, n) -> new WithEstimate(rs.getObject("state_user", UUID.class), row(rs, n), rs.getDouble("state_known"),
                        rs.getInt("state_observations")))
                .list();
    }

    /** The columns, each with a table alias before it ("o.tenant_id, o.statement_id, ..."). */
    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    /** A user's latest observations in a course, newest first, across skills. */
    public List<Observation> latestOfUser(UUID courseId, UUID userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM mastery_observation WHERE course_id = ? AND user_id = ? "
                        + "ORDER BY observed_at DESC, statement_id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .params(courseId, userId).query(ObservationStore::row).list();
    }

    /** The median seconds learners took per activity of a course, over answers that said how long they took. */
    public Map<String, Double> medianSeconds(UUID courseId) {
        Map<String, List<Integer>> byActivity = new HashMap<>();
        jdbc.sql("SELECT activity_iri, seconds FROM mastery_observation WHERE course_id = ? AND seconds IS NOT NULL")
                .param(courseId)
                .query(rs -> {
                    byActivity.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        Map<String, Double> medians = new HashMap<>();
        byActivity.forEach((iri, seconds) -> {
            Collections.sort(seconds);
            int n = seconds.size();
            medians.put(iri, n % 2 == 1 ? seconds.get(n / 2) : (seconds.get(n / 2 - 1) + seconds.get(n / 2)) / 2.0);
        });
        return medians;
    }

    /** The skills of a course that have evidence. */
    public List<String> observedSkills(UUID courseId) {
        return jdbc.sql("SELECT DISTINCT skill_key FROM mastery_observation WHERE course_id = ? ORDER BY skill_key")
                .param(courseId).query(String.class).list();
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Observation row(ResultSet rs, int n) throws SQLException {
        return new Observation(rs.getObject("tenant_id", UUID.class), rs.getObject("statement_id", UUID.class),
                rs.getObject("course_id", UUID.class), rs.getString("skill_key"), rs.getString("learner"),
                rs.getObject("user_id", UUID.class), rs.getString("activity_iri"), rs.getBoolean("correct"),
                (Integer) rs.getObject("seconds", Integer.class), (Integer) rs.getObject("hints_used", Integer.class),
                instant(rs, "observed_at"));
    }
}
