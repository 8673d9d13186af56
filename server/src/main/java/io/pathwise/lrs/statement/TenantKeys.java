package io.pathwise.lrs.statement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A "{@code (tenant_id, <id column>) IN (…)}" condition written as row values, with its parameters.
 * Row values, not "{@code tenant_id = ? AND <id column> IN (…)}": H2 only uses the unique index for
 * the pair when the pair is the key of the IN list, and otherwise scans the tenant.
 *
 * @param placeholders {@code (?, ?)} once per id, comma-separated, for inside the parentheses
 * @param params       the tenant and the id, in turn for every id
 */
record TenantKeys(String placeholders, List<Object> params) {

    static TenantKeys of(UUID tenantId, Collection<UUID> ids) {
        List<Object> params = new ArrayList<>(ids.size() * 2);
        ids.forEach(id -> {
            params.add(tenantId);
            params.add(id);
        });
        return new TenantKeys(String.join(",", Collections.nCopies(ids.size(), "(?, ?)")), List.copyOf(params));
    }
}
