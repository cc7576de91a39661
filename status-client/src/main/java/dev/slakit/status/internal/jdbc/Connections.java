package dev.slakit.status.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /**
     * Runs a query of one string column whose two parameters are a target's region and product.
     *
     * @param dataSource the data source
     * @param sql the query
     * @param regionId the region
     * @param productId the product
     * @return the first row's value, or null if there is no row
     * @throws SQLException if the database refused the query
     */
    static String queryTargetString(DataSource dataSource, String sql, String regionId, String productId)
            throws SQLException {
        try (Connection c = autoCommit(dataSource); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, regionId);
            ps.setString(2, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
