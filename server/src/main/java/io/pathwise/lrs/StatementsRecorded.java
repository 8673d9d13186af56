package io.pathwise.lrs;

import java.util.List;
import java.util.UUID;

/**
 * Statements were stored in a tenant's LRS by one write (one PUT or POST, or one
 * {@link LrsApi#record} call), whoever sent them: the event the rest of Pathwise listens to.
 *
 * <p>One event per write, not per statement: each event a transactional listener takes costs a row
 * in the Event Publication Registry and two more commits to mark it processing and completed, so a
 * batch of 100 statements announced one by one cost 300 writes per listener, more than storing the
 * statements (bench/README.md, "LrsIngestionBenchmark"). A write of more than {@link #MAX_STATEMENTS}
 * statements, or of more than about 256 KB of statement text, is announced in several events, so
 * that a listener's work on one event stays one modest transaction and the event one modest
 * row of the registry.
 *
 * @param tenantId   the tenant whose LRS stored them
 * @param statements each stored statement, in the order the write gave them; never empty. A
 *                   statement already stored before the write is not announced again.
 */
public record StatementsRecorded(UUID tenantId, List<StatementRecorded> statements) {

    /** The most statements one event carries. */
    public static final int MAX_STATEMENTS = 200;

    public StatementsRecorded {
        statements = List.copyOf(statements);
        if (statements.isEmpty() || statements.size() > MAX_STATEMENTS) {
            throw new IllegalArgumentException("an event carries 1 to " + MAX_STATEMENTS + " statements, not "
                    + statements.size());
        }
    }
}
