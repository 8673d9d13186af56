package io.pathwise.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows behind the bursts, read with plain JDBC once the server is stopped (H2 allows one
 * process at a time): per quiz, the attempts, how many are GRADED, graded more than once
 * ({@code grade_version} above 1), without a stored reply, or with other than one response
 * per item; learners with more than one attempt; the organization's xAPI statements; and Event
 * Publication Registry entries never completed (evidence that would only be retried at the next
 * restart).
 */
record AttemptRowCheck(Map<String, Quiz> quizzes, long statements, long incompletePublications,
        long gradedPublications) {

    record Quiz(long attempts, long graded, long gradedTwice, long withoutReply, long badResponseCounts, long responses,
            long learnersWithSeveral) {

        /** Everything a correct burst leaves: {@code submitted} learners' attempts, each graded once. */
        boolean exact(int submitted) {
            return attempts == submitted && graded == submitted && gradedTwice == 0 && withoutReply == 0
                    && badResponseCounts == 0 && responses == (long) submitted * ExamCourse.ITEMS.size()
                    && learnersWithSeveral == 0;
        }

        String describe() {
            return attempts + " attempts, " + graded + " GRADED, " + gradedTwice + " graded more than once, " + withoutReply
                    + " without a stored reply, " + badResponseCounts + " without exactly " + ExamCourse.ITEMS.size()
                    + " responses (" + responses + " responses), " + learnersWithSeveral + " learners with several attempts";
        }
    }

    static AttemptRowCheck of(BenchDatabase database, UUID tenantId) throws SQLException {
        Map<String, Quiz> quizzes = new LinkedHashMap<>();
        try (Connection c = database.connect();
                PreparedStatement attempts = c.prepareStatement("""
                        SELECT q.activity_key, COUNT(*),
                               SUM(CASE WHEN a.status = 'GRADED' THEN 1 ELSE 0 END),
                               SUM(CASE WHEN a.grade_version > 1 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN a.submission_reply IS NULL THEN 1 ELSE 0 END),
                               SUM(CASE WHEN r.n <> ? THEN 1 ELSE 0 END),
                               SUM(r.n)
                        FROM assessment_attempt a
                        JOIN assessment_quiz q ON q.id = a.quiz_id
                        JOIN (SELECT a2.id AS attempt_id, COUNT(r2.attempt_id) AS n
                              FROM assessment_attempt a2 LEFT JOIN assessment_response r2 ON r2.attempt_id = a2.id
                              WHERE a2.tenant_id = ? GROUP BY a2.id) r ON r.attempt_id = a.id
                        WHERE a.tenant_id = ?
                        GROUP BY q.activity_key ORDER BY q.activity_key""");
                PreparedStatement several = c.prepareStatement("""
                        SELECT q.activity_key, COUNT(*) FROM (
                          SELECT quiz_id, learner_id FROM assessment_attempt WHERE tenant_id = ?
                          GROUP BY quiz_id, learner_id HAVING COUNT(*) > 1) x
                        JOIN assessment_quiz q ON q.id = x.quiz_id GROUP BY q.activity_key""");
                PreparedStatement incomplete = c.prepareStatement(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
                PreparedStatement graded = c.prepareStatement(
                        "SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%AttemptGraded'")) {
            attempts.setInt(1, ExamCourse.ITEMS.size());
            attempts.setObject(2, tenantId);
            attempts.setObject(3, tenantId);
            Map<String, Long> severalByQuiz = new LinkedHashMap<>();
            several.setObject(1, tenantId);
            try (ResultSet rs = several.executeQuery()) {
                while (rs.next()) {
                    severalByQuiz.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = attempts.executeQuery()) {
                while (rs.next()) {
                    quizzes.put(rs.getString(1), new Quiz(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7), severalByQuiz.getOrDefault(rs.getString(1), 0L)));
                }
            }
            return new AttemptRowCheck(quizzes, database.countTenant(tenantId), single(incomplete), single(graded));
        }
    }

    /** One line per quiz and one for the evidence, for the results. */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        quizzes.forEach((key, quiz) -> lines.add(key + ": " + quiz.describe()));
        lines.add("xAPI statements of the organization: " + statements + "; Event Publication Registry: " + gradedPublications
                + " AttemptGraded publications, " + incompletePublications + " publications not completed");
        return lines;
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
