package io.pathwise.pathways.rules;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Learners' graded quiz attempts, one row per attempt holding its latest grade version, for the
 * score conditions of rules. Kept for every course, so that rules imported later see earlier scores.
 */
@Repository
class QuizScoreStore {

    /** A learner's best and latest scaled scores at one quiz. */
    record Scores(double best, double latest) {

        OptionalDouble of(Condition.Attempt which) {
            return OptionalDouble.of(which == Condition.Attempt.BEST ? best : latest);
        }
    }

    private final JdbcClient jdbc;

    QuizScoreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an attempt's grade; a redelivered grade, or one older than the stored version, changes
     * nothing. A concurrent first record of the same attempt fails with a duplicate key, and its
     * caller runs again.
     */
    void record(UUID tenantId, UUID courseId, UUID userId, String activityKey, UUID attemptId, int number,
            int gradeVersion, double scaled, Instant gradedAt) {
        int updated = jdbc.sql("UPDATE pathways_quiz_score SET grade_version = ?, scaled = ?, graded_at = ? "
                        + "WHERE attempt_id = ? AND grade_version < ?")
                .params(gradeVersion, scaled, SqlTimes.of(gradedAt), attemptId, gradeVersion).update();
        if (updated > 0) {
            return;
        }
        boolean stored = jdbc.sql("SELECT COUNT(*) FROM pathways_quiz_score WHERE attempt_id = ?").params(attemptId)
                .query(Long.class).single() > 0;
        if (!stored) {
            jdbc.sql("INSERT INTO pathways_quiz_score (attempt_id, tenant_id, course_id, user_id, activity_key, attempt_no, "
                            + "grade_version, scaled, graded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(attemptId, tenantId, courseId, userId, activityKey, number, gradeVersion, scaled,
                            SqlTimes.of(gradedAt))
                    .update();
        }
    }

    /** The learner's best and latest (highest attempt number) scores per quiz activity key. */
    Map<String, Scores> of(UUID courseId, UUID userId) {
        Map<String, Scores> scores = new HashMap<>();
        Map<String, Integer> latestNumber = new HashMap<>();
        jdbc.sql("SELECT activity_key, attempt_no, scaled FROM pathways_quiz_score WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId)
                .query(rs -> {
                    String quiz = rs.getString("activity_key");
                    int number = rs.getInt("attempt_no");
                    double scaled = rs.getDouble("scaled");
                    Scores known = scores.get(quiz);
                    boolean later = known == null || number > latestNumber.get(quiz);
                    scores.put(quiz, new Scores(known == null ? scaled : Math.max(known.best(), scaled),
                            later ? scaled : known.latest()));
                    if (later) {
                        latestNumber.put(quiz, number);
                    }
                });
        return scores;
    }
}
