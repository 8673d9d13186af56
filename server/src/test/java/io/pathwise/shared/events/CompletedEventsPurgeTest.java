package io.pathwise.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.pathwise.support.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry's completed publications go after the retention; recent and incomplete ones stay. */
@IntegrationTest
class CompletedEventsPurgeTest {

    @Autowired
    CompletedEventsPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Test
    void completedPublicationsOlderThanTheRetentionAreDeletedAndNothingElse() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID oldCompleted = publication(now.minusDays(10), now.minusDays(10), "COMPLETED");
        UUID recentCompleted = publication(now.minusDays(1), now.minusDays(1), "COMPLETED");
        UUID oldFailed = publication(now.minusDays(10), null, "FAILED");

        try {
            purge.purgeOlderThan(Duration.ofDays(7));

            assertThat(exists(oldCompleted)).as("completed 10 days ago").isFalse();
            assertThat(exists(recentCompleted)).as("completed yesterday").isTrue();
            assertThat(exists(oldFailed)).as("never completed: to be delivered again").isTrue();
        } finally { // the context is shared: leave no made-up publication behind
            jdbc.sql("DELETE FROM event_publication WHERE listener_id = 'purge-test'").update();
        }
    }

    private UUID publication(OffsetDateTime published, OffsetDateTime completed, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO event_publication (id, completion_date, event_type, listener_id, publication_date, "
                        + "serialized_event, status, completion_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                .params(id, completed, "io.pathwise.test.Nothing", "purge-test", published, "{}", status)
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE id = ?").param(id).query(Integer.class).single() > 0;
    }
}
