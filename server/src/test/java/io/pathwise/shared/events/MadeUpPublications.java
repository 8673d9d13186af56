package io.pathwise.shared.events;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows written straight into the Event Publication Registry's table under a listener name of the
 * test's own, for tests of what reads or purges it. The test context is shared, so each test
 * deletes its rows again ({@link #deleteAll}).
 */
final class MadeUpPublications {

    private final JdbcClient jdbc;
    private final String listener;

    MadeUpPublications(JdbcClient jdbc, String listener) {
        this.jdbc = jdbc;
        this.listener = listener;
    }

    /** A publication of an event nobody listens to; {@code completed} null for one not completed. */
    UUID add(OffsetDateTime published, OffsetDateTime completed, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO event_publication (id, completion_date, event_type, listener_id, publication_date, "
                        + "serialized_event, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                .params(id, completed, "io.pathwise.test.Nothing", listener, published, "{}", status)
                .update();
        return id;
    }

    boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM event_publication WHERE listener_id = ?").param(listener).update();
    }
}
