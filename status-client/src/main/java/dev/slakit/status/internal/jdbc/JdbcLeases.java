package dev.slakit.status.internal.jdbc;

import dev.slakit.status.watch.JdbcWatchStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Per-target leases in the {@code <prefix>target} table, timed by the database clock.
 *
 * <p>A claim is one {@code UPDATE} (plus one {@code INSERT} the first time this instance sees a target) in
 * auto-commit mode. It succeeds when the target is due (nobody claimed it for a poll within the interval)
 * and it is unleased, its lease has expired, or this instance holds it; it then sets the lease to
 * {@code now + leaseDuration} and the poll time to {@code now}, both in database time. Thread-safe.
 */
public final class JdbcLeases {

    /** The holder's own schedule may run this much early: 5% of the interval, at most one second. */
    static long holderTolerance(long intervalMillis) {
        return Math.min(intervalMillis / 20, 1000L);
    }

    private final DataSource dataSource;
    private final String table;
    private final String instanceId;
    private final long leaseMillis;
    private final String insertSql;
    private final String claimSql;
    private final String releaseSql;
    private final String holderSql;
    private final Set<String> knownRows = ConcurrentHashMap.newKeySet();

    /**
     * @param dataSource where the tables are
     * @param dialect the database's dialect
     * @param prefix the table prefix
     * @param instanceId this instance's id
     * @param leaseMillis the lease duration in milliseconds, positive
     */
    public JdbcLeases(DataSource dataSource, SqlDialect dialect, String prefix, String instanceId, long leaseMillis) {
        this.dataSource = dataSource;
        this.table = prefix + "target";
        this.instanceId = instanceId;
        this.leaseMillis = leaseMillis;
        String now = dialect.nowMillis();
        this.insertSql = "INSERT INTO " + table + " (region_id, product_id, lease_owner, lease_until_ms, polled_ms,"
                + " state_version) VALUES (?, ?, ?, " + now + " + ?, " + now + ", 0)";
        this.claimSql = "UPDATE " + table + " SET lease_owner = ?, lease_until_ms = " + now + " + ?, polled_ms = "
                + now + " WHERE region_id = ? AND product_id = ? AND ("
                + "(lease_owner = ? AND (polled_ms IS NULL OR polled_ms + ? <= " + now + "))"
                + " OR ((lease_owner IS NULL OR lease_until_ms <= " + now + ")"
                + " AND (polled_ms IS NULL OR polled_ms + ? <= " + now + ")))";
        this.releaseSql = "UPDATE " + table + " SET lease_owner = NULL, lease_until_ms = NULL WHERE lease_owner = ?";
        this.holderSql = "SELECT lease_owner FROM " + table + " WHERE region_id = ? AND product_id = ? AND"
                + " lease_until_ms > " + now;
    }

    /**
     * Claims a target for one poll.
     *
     * @param regionId the region
     * @param productId the product
     * @param intervalMillis the poll interval in milliseconds, not negative; no instance of the fleet
     *     polls the target more often (this instance, while it holds the lease, may run up to
     *     {@code min(5% of the interval, 1 s)} early to absorb scheduling jitter)
     * @return whether this instance now holds the lease and may poll the target
     * @throws JdbcWatchStoreException if the database refused the statement
     */
    public boolean claim(String regionId, String productId, long intervalMillis) {
        String key = regionId + '\u0000' + productId;
        try (Connection c = Connections.autoCommit(dataSource)) {
            if (!knownRows.contains(key)) {
                try (PreparedStatement ps = c.prepareStatement(insertSql)) {
                    ps.setString(1, regionId);
                    ps.setString(2, productId);
                    ps.setString(3, instanceId);
                    ps.setLong(4, leaseMillis);
                    ps.executeUpdate();
                    knownRows.add(key);
                    return true;
                } catch (SQLException e) {
                    if (!String.valueOf(e.getSQLState()).startsWith("23")) {
                        throw e;
                    }
                    knownRows.add(key);  // another instance created the row first; claim it as usual
                }
            }
            try (PreparedStatement ps = c.prepareStatement(claimSql)) {
                ps.setString(1, instanceId);
                ps.setLong(2, leaseMillis);
                ps.setString(3, regionId);
                ps.setString(4, productId);
                ps.setString(5, instanceId);
                ps.setLong(6, intervalMillis - holderTolerance(intervalMillis));
                ps.setLong(7, intervalMillis);
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("claim " + regionId + "/" + productId, table, e);
        }
    }

    /**
     * @param regionId the region
     * @param productId the product
     * @return the instance id holding an unexpired lease on the target, or null if none does
     */
    public String holder(String regionId, String productId) {
        try {
            return Connections.queryTargetString(dataSource, holderSql, regionId, productId);
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("read lease of " + regionId + "/" + productId, table, e);
        }
    }

    /**
     * Releases every lease this instance holds; the poll times stay, so the fleet still waits out the
     * interval.
     *
     * @return how many leases were released
     */
    public int releaseAll() {
        try (Connection c = Connections.autoCommit(dataSource); PreparedStatement ps = c.prepareStatement(releaseSql)) {
            ps.setString(1, instanceId);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw JdbcWatchStoreException.of("release leases", table, e);
        }
    }
}
