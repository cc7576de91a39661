package dev.slakit.status.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Connections in a known transaction mode, whatever the pool's default. */
final class Connections {

    private Connections() {
    }

    /**
     * @param dataSource the data source
     * @return a connection in auto-commit mode (a pool configured with auto-commit off would otherwise leave
     *     single statements uncommitted)
     * @throws SQLException if no connection could be had
     */
    static Connection autoCommit(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }
}
