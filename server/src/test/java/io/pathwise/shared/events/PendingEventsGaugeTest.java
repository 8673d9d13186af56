package io.pathwise.shared.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pathwise.support.Api;
import io.pathwise.support.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pending-events metric counts what the registry has not completed, as an operator scrapes it. */
@IntegrationTest
class PendingEventsGaugeTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIncompletePublicationCountsAndACompletedOneDoesNot() {
        // The context is shared with tests whose background work may still be finishing, so the
        // check is tried again until the rest of the registry holds still while it runs.
        MadeUpPublications publications = new MadeUpPublications(jdbc, "gauge-test");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            double before = scraped();
            try {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                publications.add(now, null, "FAILED");
                publications.add(now, now, "COMPLETED");

                assertThat(scraped()).isEqualTo(before + 1);
            } finally {
                publications.deleteAll();
            }
        });
    }

    private double scraped() {
        Api.Response metrics = new Api(port).get("/actuator/prometheus", null);
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.body().lines().filter(line -> line.startsWith("pathwise_events_pending "))
                .map(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("no pathwise_events_pending in " + metrics.body()));
    }
}
