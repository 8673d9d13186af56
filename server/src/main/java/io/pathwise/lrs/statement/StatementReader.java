package io.pathwise.lrs.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reading statements back: one by id, or a page of a query with the position to continue from. */
@Service
public class StatementReader {

    private final StatementStore store;
    private final StatementFinder finder;
    private final InFlightWrites inFlight;

    StatementReader(StatementStore store, StatementFinder finder, InFlightWrites inFlight) {
        this.store = store;
        this.finder = finder;
        this.inFlight = inFlight;
    }

    /**
     * A page of statements as stored JSON text, and, when more match, the query for the next page.
     * On a first page {@code query.upToSeq()} is null.
     */
    public record Page(List<String> statements, StatementQuery next, Instant consistentThrough) {
    }

    public Page query(UUID tenantId, StatementQuery query) {
        Instant consistentThrough = inFlight.consistentThrough();
        // Newest first, later pages only go further back, so statements arriving meanwhile can
        // never enter them and the first page needs no pin: its own newest statement bounds the
        // chain. Oldest first, later pages go forward, so the chain is pinned to the newest
        // statement there is when it starts.
        StatementQuery pinned = query.upToSeq() != null ? query
                : query.withPage(query.ascending() ? finder.newestSeq(tenantId) : Long.MAX_VALUE, query.afterSeq());
        List<StatementFinder.Found> found = finder.find(tenantId, pinned);
        StatementQuery next = null;
        if (found.size() > pinned.limit()) {
            found = found.subList(0, pinned.limit());
            long upTo = pinned.upToSeq() == Long.MAX_VALUE ? found.get(0).seq() : pinned.upToSeq();
            next = pinned.withPage(upTo, found.get(found.size() - 1).seq());
        }
        return new Page(found.stream().map(StatementFinder.Found::body).toList(), next, consistentThrough);
    }

    /**
     * A statement by id: with {@code voided} false only if it is not voided ({@code statementId}),
     * with {@code voided} true only if it is ({@code voidedStatementId}).
     */
    public Optional<String> byId(UUID tenantId, UUID statementId, boolean voided, UUID mineOnly) {
        return store.find(tenantId, statementId)
                .filter(stored -> stored.voided() == voided)
                .filter(stored -> mineOnly == null || mineOnly.equals(store.credentialOf(tenantId, statementId)))
                .map(StatementStore.Stored::body);
    }

    public Instant consistentThrough() {
        return inFlight.consistentThrough();
    }
}
