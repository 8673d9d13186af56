package io.pathwise.lrs.statement;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps statements from being voided while a listener stores what it derived from them. A voiding
 * marks its target's row ({@link StatementStore#markVoided}); locking the rows first makes that
 * update wait for the listener's commit, so a voiding is either already visible here or comes after,
 * and then its {@code StatementVoided} finds the listener's rows to take back. Without it a
 * listener handling a statement and one handling its voiding could pass each other.
 */
@Component
public class VoidingGuard {

    private final JdbcClient jdbc;
    private final TenantKeyLists keyLists;

    VoidingGuard(JdbcClient jdbc, TenantKeyLists keyLists) {
        this.jdbc = jdbc;
        this.keyLists = keyLists;
    }

    /**
     * Locks the statements' rows until the caller's transaction ends and returns those of them
     * already voided. Rows are locked in id order, the same order for every caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> lockAgainstVoiding(UUID tenantId, Collection<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return Set.of();
        }
        TenantKeys keys = keyLists.of(tenantId, "statement_id", statementIds);
        Set<UUID> voided = new HashSet<>();
        jdbc.sql("SELECT statement_id, voided FROM xapi_statement WHERE " + keys.condition()
                        + " ORDER BY statement_id FOR UPDATE")
                .params(keys.params())
                .query((rs, n) -> {
                    if (rs.getBoolean(2)) {
                        voided.add(rs.getObject(1, UUID.class));
                    }
                    return null;
                })
                .list();
        return voided;
    }
}
