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
        MadeUpPublications publications = new MadeUpPublications(jdbc, "purge-test");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID oldCompleted = publications.add(now.minusDays(10), now.minusDays(10), "COMPLETED");
        UUID recentCompleted = publications.add(now.minusDays(1), now.minusDays(1), "COMPLETED");
        UUID oldFailed = publications.add(now.minusDays(10), null, "FAILED");

        try {
            purge.purgeOlderThan(Duration.ofDays(7));

            assertThat(publications.exists(oldCompleted)).as("completed 10 days ago").isFalse();
            assertThat(publications.exists(recentCompleted)).as("completed yesterday").isTrue();
            assertThat(publications.exists(oldFailed)).as("never completed: to be delivered again").isTrue();
        } finally {
            publications.deleteAll();
        }
    }
}
