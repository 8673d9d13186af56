package io.pathwise.lrs.statement;

import java.util.List;

/**
 * A condition "these ids of one tenant" on a column, with its parameters, as {@link TenantKeyLists}
 * writes it for the database in use.
 *
 * @param condition for a WHERE clause, e.g. {@code tenant_id = ? AND statement_id = ANY(?)}
 * @param params    its parameters, in order
 */
record TenantKeys(String condition, List<Object> params) {
}
