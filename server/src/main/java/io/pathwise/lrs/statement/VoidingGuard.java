package io.pathwise.lrs.statement;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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

    /**
     * How H2 and PostgreSQL order UUIDs: by their 16 bytes, unsigned. {@link UUID#compareTo} compares
     * signed halves and puts {@code 8…} before {@code 0…}.
     */
    private static final Comparator<UUID> DATABASE_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

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
        // Split into lists on H2 (TenantKeyLists), the ids are put in the databases' order first, so
        // that the lists, each locked in that order, still lock every row in one order.
        List<UUID> inLockOrder = statementIds.stream().distinct().sorted(DATABASE_ORDER).toList();
        Set<UUID> voided = new HashSet<>();
        for (TenantKeys keys : keyLists.of(tenantId, "statement_id", inLockOrder)) {
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
        }
        return voided;
    }
}
