package io.pathwise.assessment.store;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tries per item of an attempt whose quiz checks answers as they are given. Callers hold the attempt's lock. */
@Repository
public class CheckStore {

    private final JdbcClient jdbc;

    CheckStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more try at the item and returns the count. */
    public int record(UUID attemptId, String itemKey, boolean correct) {
        int updated = jdbc.sql("UPDATE assessment_check SET tries = tries + 1, correct = ? WHERE attempt_id = ? AND item_key = ?")
                .params(correct, attemptId, itemKey).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO assessment_check (attempt_id, item_key, tries, correct) VALUES (?, ?, 1, ?)")
                    .params(attemptId, itemKey, correct).update();
        }
        return jdbc.sql("SELECT tries FROM assessment_check WHERE attempt_id = ? AND item_key = ?")
                .params(attemptId, itemKey).query(Integer.class).single();
    }

    /**
     * Tries by item key up to and including the submission (items never checked are absent): the
     * checks, plus the submitted answer itself unless the last check found it right.
     */
    public Map<String, Integer> triesToSubmission(UUID attemptId) {
        Map<String, Integer> tries = new HashMap<>();
        jdbc.sql("SELECT item_key, tries, correct FROM assessment_check WHERE attempt_id = ?").param(attemptId)
                .query((rs, n) -> tries.put(rs.getString(1), rs.getInt(2) + (rs.getBoolean(3) ? 0 : 1))).list();
        return tries;
    }
}
