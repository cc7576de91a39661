package dev.slakit.status.internal.jdbc;

import java.util.Locale;

/**
 * The little SQL that differs between the databases the JDBC watch store supports: the current time of the
 * database clock in epoch milliseconds, and the folder of the schema scripts. Everything else the store
 * runs is plain SQL that both dialects accept.
 */
public enum SqlDialect {

    /** PostgreSQL 9.5 or later. */
    POSTGRESQL("postgresql", "CAST(EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) * 1000 AS BIGINT)"),

    /** MySQL 5.7 or later and MariaDB 10.3 or later. {@code UTC_TIMESTAMP} ignores the session time zone. */
    MYSQL("mysql", "(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', UTC_TIMESTAMP(3)) DIV 1000)");

    private final String folder;
    private final String nowMillis;

    SqlDialect(String folder, String nowMillis) {
        this.folder = folder;
        this.nowMillis = nowMillis;
    }

    /**
     * @return an SQL expression for the database clock's current time in epoch milliseconds, constant
     *     within one statement
     */
    public String nowMillis() {
        return nowMillis;
    }

    /** @return the folder of this dialect's schema scripts under the store's resource folder */
    public String folder() {
        return folder;
    }

    /**
     * @param databaseProductName as {@link java.sql.DatabaseMetaData#getDatabaseProductName()} reports it
     * @return the dialect for that database
     * @throws IllegalArgumentException if the database is not one the store supports
     */
    public static SqlDialect forProductName(String databaseProductName) {
        String name = String.valueOf(databaseProductName).toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("JdbcWatchStateStore supports PostgreSQL, MySQL and MariaDB; the"
                + " DataSource connects to \"" + databaseProductName + "\"");
    }
}
