package io.pathwise.lrs.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Writes "these ids of one tenant" (a batch's statement ids, the targets of voidings) the way the
 * database finds them fastest through the {@code (tenant_id, <column>)} index.
 *
 * <ul>
 *   <li>PostgreSQL: {@code tenant_id = ? AND <column> = ANY(?)}, the ids as one array parameter.
 *       The planner takes it as one index scan. Written as row values, 100 ids are 100 OR-ed
 *       conditions that PostgreSQL plans anew each time: 2.3 ms of planning and 1.4 ms of execution
 *       for a batch's look-up, against 0.2 ms and 0.5 ms (EXPLAIN ANALYZE on 300,000 statements);
 *       in an ingestion profile that planning was 4 % of the database's time.
 *   <li>H2: row values, {@code (tenant_id, <column>) IN ((?, ?), …)}. H2 uses an index for an IN
 *       list only on the index's first column, so {@code <column> IN (…)} or {@code = ANY(?)} after
 *       {@code tenant_id = ?} scans the whole tenant; the pair as the IN list's key uses the index.
 *       H2 takes at most 100,000 parameters in one statement, so the ids are split into lists of
 *       {@value #H2_CHUNK}: a batch of 50,000 statements was 100,000 parameters in one query and
 *       failed with a 500.
 * </ul>
 */
@Component
class TenantKeyLists {

    /** Ids per condition on H2: 2,000 parameters, far under its limit, and big enough to cost few round trips. */
    static final int H2_CHUNK = 1_000;

    private final boolean arrays;

    TenantKeyLists(DataSource dataSource) throws MetaDataAccessException {
        this.arrays = DatabaseProduct.isPostgresql(dataSource);
    }

    /**
     * Conditions that {@code column} is one of {@code ids}, for {@code tenantId}: one on PostgreSQL,
     * one per {@value #H2_CHUNK} ids on H2, in the order of {@code ids}. The caller runs its query
     * once per condition; {@code ids} must not be empty.
     */
    List<TenantKeys> of(UUID tenantId, String column, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no ids: the caller skips the query");
        }
        if (arrays) {
            return List.of(new TenantKeys("tenant_id = ? AND " + column + " = ANY(?)",
                    List.of(tenantId, new SqlArrayValue("uuid", ids.toArray()))));
        }
        List<UUID> all = List.copyOf(ids);
        List<TenantKeys> chunks = new ArrayList<>(all.size() / H2_CHUNK + 1);
        for (int from = 0; from < all.size(); from += H2_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(from + H2_CHUNK, all.size()));
            List<Object> params = new ArrayList<>(chunk.size() * 2);
            chunk.forEach(id -> {
                params.add(tenantId);
                params.add(id);
            });
            chunks.add(new TenantKeys("(tenant_id, " + column + ") IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "(?, ?)")) + ")", List.copyOf(params)));
        }
        return chunks;
    }
}
