package io.pathwise.lrs.statement;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The writes this node has started and not finished, for {@code X-Experience-API-Consistent-Through}
 * (xAPI Communication 2.1.3): every statement stored before the oldest write still running is
 * visible to queries. With several nodes each answers for its own writes; a statement written
 * through another node becomes visible when that node's transaction commits.
 */
@Component
class InFlightWrites {

    private final ConcurrentSkipListMap<Long, Instant> running = new ConcurrentSkipListMap<>();
    private final AtomicLong tickets = new AtomicLong();
    private final Clock clock;

    InFlightWrites(Clock clock) {
        this.clock = clock;
    }

    long begin() {
        long ticket = tickets.incrementAndGet();
        running.put(ticket, clock.instant());
        return ticket;
    }

    void end(long ticket) {
        running.remove(ticket);
    }

    /** The instant up to which every statement this node accepted is queryable. */
    Instant consistentThrough() {
        var oldest = running.firstEntry();
        Instant now = clock.instant();
        return oldest == null ? now : oldest.getValue().minusMillis(1);
    }
}
