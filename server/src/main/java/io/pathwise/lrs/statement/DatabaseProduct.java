package io.pathwise.lrs.statement;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database the LRS runs on, for the few statements it writes differently on each. */
final class DatabaseProduct {

    private DatabaseProduct() {
    }

    /** True on PostgreSQL, false on the embedded H2. */
    static boolean isPostgresql(DataSource dataSource) throws MetaDataAccessException {
        return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }
}
