package dev.slakit.status.internal.jdbc;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A database the JDBC store tests run on: the embedded PostgreSQL always, and a MariaDB or MySQL server when
 * {@code -Dslakit.test.mariadb.url=jdbc:mariadb://127.0.0.1:3306/db?user=..&password=..} names one (no
 * such server can be started from Maven artifacts here, so those runs are opt-in).
 */
public enum TestDatabase {

    POSTGRESQL(SqlDialect.POSTGRESQL, "42P01"),
    MARIADB(SqlDialect.MYSQL, "42S02");

    /** The system property that enables the MariaDB/MySQL runs. */
    public static final String MARIADB_URL = "slakit.test.mariadb.url";

    private final SqlDialect dialect;
    private final String undefinedTableState;

    TestDatabase(SqlDialect dialect, String undefinedTableState) {
        this.dialect = dialect;
        this.undefinedTableState = undefinedTableState;
    }

    /** @return a data source on the database */
    public DataSource dataSource() {
        if (this == POSTGRESQL) {
            return TestPostgres.dataSource();
        }
        try {
            return new org.mariadb.jdbc.MariaDbDataSource(System.getProperty(MARIADB_URL));
        } catch (SQLException e) {
            throw new IllegalStateException("bad -D" + MARIADB_URL, e);
        }
    }

    /** @return the store's dialect for it */
    public SqlDialect dialect() {
        return dialect;
    }

    /** @return the SQLState of "no such table" */
    public String undefinedTableState() {
        return undefinedTableState;
    }
}
