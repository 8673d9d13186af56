package io.pathwise.lrs.statement;

import java.sql.DatabaseMetaData;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Where a batch's statements get their arrival numbers ({@code xapi_statement.seq}), which the
 * related rows name their statement by.
 *
 * <ul>
 *   <li>PostgreSQL: taken from the column's sequence in one query before the insert, which then
 *       sets them. The driver turns a batch of INSERTs into one multi-row INSERT
 *       ({@code reWriteBatchedInserts}), but not when the batch is to hand back generated keys:
 *       then each row is an INSERT of its own.
 *   <li>H2: handed back by the insert (generated keys); H2 runs a batch row by row either way.
 * </ul>
 */
@Component
class StatementNumbers {

    private final JdbcClient jdbc;
    private final boolean reserved;

    StatementNumbers(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.reserved = "PostgreSQL".equals(product);
    }

    /** Whether {@link #reserve(int)} gives numbers; if not, the insert hands them back. */
    boolean reservedBeforeInsert() {
        return reserved;
    }

    /**
     * {@code count} numbers never handed out before, ascending, so that a batch's statements are
     * numbered in the order they were sent. Only where {@link #reservedBeforeInsert()}.
     */
    List<Long> reserve(int count) {
        if (!reserved) {
            throw new IllegalStateException("this database numbers statements as it inserts them");
        }
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('xapi_statement', 'seq')) AS seq "
                        + "FROM generate_series(1, ?) ORDER BY seq")
                .param(count).query(Long.class).list();
    }
}
