package io.pathwise.pathways.rules;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What rules did for each learner: when the learner's evidence started, which rules fired for them
 * (once each), and which units they unlocked. A learner's rows change only while their learner row
 * is locked ({@link #lockLearner}), so two evaluations of one learner apply one after the other.
 */
@Repository
class FiringStore {

    /** A unit a rule unlocked for a learner. */
    record Unlocked(String unitKey, String ruleKey, Instant at) {
    }

    private final JdbcClient jdbc;

    FiringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the learner's row until the transaction ends, creating it with {@code at} as the start
     * of their evidence (or moving the start back to {@code at} when it is earlier), and returns the
     * start. Two first evaluations at once both try to create the row: one fails with a duplicate
     * key, and its caller runs again.
     */
    Instant lockLearner(UUID tenantId, UUID courseId, UUID userId, Instant at) {
        Optional<Instant> started = jdbc.sql("SELECT started_at FROM pathways_rule_learner WHERE course_id = ? "
                        + "AND user_id = ? FOR UPDATE")
                .params(courseId, userId).query((rs, n) -> SqlTimes.read(rs, "started_at")).optional();
        if (started.isEmpty()) {
            jdbc.sql("INSERT INTO pathways_rule_learner (course_id, user_id, tenant_id, started_at) VALUES (?, ?, ?, ?)")
                    .params(courseId, userId, tenantId, SqlTimes.of(at)).update();
            return at;
        }
        if (at.isBefore(started.get())) {
            jdbc.sql("UPDATE pathways_rule_learner SET started_at = ? WHERE course_id = ? AND user_id = ?")
                    .params(SqlTimes.of(at), courseId, userId).update();
            return at;
        }
        return started.get();
    }

    /** When the learner's evidence started, as the rules saw it; empty before their first evaluation. */
    Optional<Instant> started(UUID courseId, UUID userId) {
        return jdbc.sql("SELECT started_at FROM pathways_rule_learner WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId).query((rs, n) -> SqlTimes.read(rs, "started_at")).optional();
    }

    /** The rules that fired for the learner, by rule id, with when. */
    Map<String, Instant> fired(UUID courseId, UUID userId) {
        Map<String, Instant> fired = new HashMap<>();
        jdbc.sql("SELECT rule_key, fired_at FROM pathways_rule_fired WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId)
                .query(rs -> {
                    fired.put(rs.getString("rule_key"), SqlTimes.read(rs, "fired_at"));
                });
        return fired;
    }

    void recordFired(UUID tenantId, UUID courseId, UUID userId, String ruleKey, Instant at) {
        jdbc.sql("INSERT INTO pathways_rule_fired (course_id, user_id, rule_key, tenant_id, fired_at) VALUES (?, ?, ?, ?, ?)")
                .params(courseId, userId, ruleKey, tenantId, SqlTimes.of(at)).update();
    }

    /**
     * Unlocks the unit for the learner, unless a rule already did. Called under the learner's lock,
     * so the check and the insert are not raced by another evaluation of the learner.
     */
    void unlock(UUID courseId, UUID userId, String unitKey, String ruleKey, Instant at) {
        boolean unlocked = jdbc.sql("SELECT COUNT(*) FROM pathways_unit_unlock WHERE course_id = ? AND user_id = ? "
                        + "AND unit_key = ?")
                .params(courseId, userId, unitKey).query(Long.class).single() > 0;
        if (!unlocked) {
            jdbc.sql("INSERT INTO pathways_unit_unlock (course_id, user_id, unit_key, rule_key, unlocked_at) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(courseId, userId, unitKey, ruleKey, SqlTimes.of(at)).update();
        }
    }

    /** The units rules unlocked for the learner. */
    List<Unlocked> unlocked(UUID courseId, UUID userId) {
        return jdbc.sql("SELECT unit_key, rule_key, unlocked_at FROM pathways_unit_unlock WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId)
                .query((rs, n) -> new Unlocked(rs.getString("unit_key"), rs.getString("rule_key"),
                        SqlTimes.read(rs, "unlocked_at")))
                .list();
    }
}
