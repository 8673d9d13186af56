package io.pathwise.lrs.statement;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of a statements query (xAPI Communication 2.1.3), already checked. Keys are those of
 * {@link Keys}; null means "no filter".
 *
 * @param mineOnly only statements sent with this credential ({@code statements/read/mine})
 * @param upToSeq the newest statement visible to this query and the pages that follow it, so that
 *        statements arriving meanwhile never shift a {@code more} chain
 * @param afterSeq where the previous page stopped (exclusive), or null on the first page
 */
public record StatementQuery(UUID agentKey, UUID verbKey, UUID activityKey, UUID registration,
        boolean relatedAgents, boolean relatedActivities, Instant since, Instant until, int limit,
        boolean ascending, UUID mineOnly, Long upToSeq, Long afterSeq) {

    public StatementQuery withPage(long upTo, Long after) {
        return new StatementQuery(agentKey, verbKey, activityKey, registration, relatedAgents, relatedActivities,
                since, until, limit, ascending, mineOnly, upTo, after);
    }
}
