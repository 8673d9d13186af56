package io.pathwise.shared.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The metric {@code pathwise.events.pending} ({@code pathwise_events_pending} at
 * {@code /actuator/prometheus}): event publications not yet completed by their listener. After an
 * exam it is the work still queued behind the submissions (recording the evidence, the learner
 * model, the rules), so it says how far behind the mastery a learner sees is; a value that stays
 * above zero when all is quiet is a failed delivery waiting for its next try ({@link FailedEventsRetry})
 * or, after its last, for the next restart.
 */
@Component
class PendingEventsGauge {

    private final JdbcClient jdbc;

    PendingEventsGauge(JdbcClient jdbc, MeterRegistry registry) {
        this.jdbc = jdbc;
        Gauge.builder("pathwise.events.pending", this, PendingEventsGauge::count)
                .description("Event publications not yet completed by their listener")
                .register(registry);
    }

    /** Read when the metric is scraped: one count over the registry's index on completion_date. */
    double count() {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }
}
