package io.pathwise.lrs.statement;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final boolean fromSequence;

    StatementNumbers(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.fromSequence = DatabaseProduct.isPostgresql(dataSource);
    }

    /**
     * On PostgreSQL, {@code count} numbers never handed out before, ascending, so that a batch's
     * statements are numbered in the order they were sent; empty on H2, whose insert hands them back.
     */
    Optional<List<Long>> reserveBeforeInsert(int count) {
        if (!fromSequence) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT nextval(pg_get_serial_sequence('xapi_statement', 'seq')) AS seq "
                        + "FROM generate_series(1, ?) ORDER BY seq")
                .param(count).query(Long.class).list());
    }
}
