package io.pathwise.pathways.partners;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who opted in to study partners in which course: a row while opted in, none otherwise. */
@Repository
class OptInStore {

    private final JdbcClient jdbc;

    OptInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isOptedIn(UUID courseId, UUID userId) {
        return jdbc.sql("SELECT COUNT(*) FROM study_partner_opt_in WHERE course_id = ? AND user_id = ?")
                .params(courseId, userId).query(Integer.class).single() > 0;
    }

    /** Opts the user in; opting in again keeps the first time. */
    void optIn(UUID courseId, UUID userId, Instant at) {
        if (isOptedIn(courseId, userId)) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO study_partner_opt_in (course_id, user_id, opted_in_at) VALUES (?, ?, ?)")
                    .params(courseId, userId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException concurrentOptIn) {
            // Another request opted the same learner in between the check and the insert: done either way.
        }
    }

    void optOut(UUID courseId, UUID userId) {
        jdbc.sql("DELETE FROM study_partner_opt_in WHERE course_id = ? AND user_id = ?").params(courseId, userId).update();
    }

    /** Everyone opted in to the course, learners or not: callers check who is still a learner. */
    Set<UUID> optedIn(UUID courseId) {
        return new HashSet<>(jdbc.sql("SELECT user_id FROM study_partner_opt_in WHERE course_id = ?")
                .param(courseId).query(UUID.class).list());
    }
}
