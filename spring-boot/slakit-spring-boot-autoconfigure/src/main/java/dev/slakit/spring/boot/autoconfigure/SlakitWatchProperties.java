package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.JdbcWatchStateStore;
import dev.slakit.status.watch.WatchTarget;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The health watcher's settings, {@code slakit.watch.*}. Configuring at least one target starts a watcher
 * with the application context. A mutable binding target: not thread-safe, read once.
 */
@ConfigurationProperties(prefix = "slakit.watch")
public class SlakitWatchProperties {

    /** The (region, product) pairs to watch; one is enough to start the watcher. */
    private final List<Target> targets = new ArrayList<>();

    /** The polling interval of each target. */
    private Duration interval = HealthWatcher.DEFAULT_INTERVAL;

    /** The longest delay after failed polls in a row; by default 10 intervals. */
    private Duration maxBackoff;

    /** The days each poll looks back (NumOfDay), 1 to 365. */
    private int lookbackDays = HealthWatcher.DEFAULT_LOOKBACK_DAYS;

    /** The zone whose calendar day is the EndDate of each poll. */
    private ZoneId zone = HealthWatcher.DEFAULT_ZONE;

    /**
     * Where the watcher keeps what it knows between polls: "memory" (the default), "jdbc" (the application's
     * DataSource, shared by a fleet of instances; PostgreSQL, MySQL or MariaDB) or a file path.
     */
    private String store = "memory";

    /** The JDBC store's settings, used with store=jdbc. */
    private final Jdbc jdbc = new Jdbc();

    /** How long shutdown waits for a running poll or listener. */
    private Duration closeTimeout = HealthWatcher.DEFAULT_CLOSE_TIMEOUT;

    /** @return the targets; never null, modifiable for binding */
    public List<Target> getTargets() {
        return targets;
    }

    /** @return the polling interval */
    public Duration getInterval() {
        return interval;
    }

    /** @param interval the polling interval, positive */
    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    /** @return the longest back-off, or null for the watcher's default */
    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    /** @param maxBackoff the longest back-off, or null */
    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    /** @return the lookback in days */
    public int getLookbackDays() {
        return lookbackDays;
    }

    /** @param lookbackDays the lookback in days, 1 to 365 */
    public void setLookbackDays(int lookbackDays) {
        this.lookbackDays = lookbackDays;
    }

    /** @return the zone of EndDate */
    public ZoneId getZone() {
        return zone;
    }

    /** @param zone the zone of EndDate */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** @return "memory", "jdbc" or a file path */
    public String getStore() {
        return store;
    }

    /** @param store "memory", "jdbc" or a file path */
    public void setStore(String store) {
        this.store = store;
    }

    /** @return the JDBC store's settings; never null */
    public Jdbc getJdbc() {
        return jdbc;
    }

    /** @return the close timeout */
    public Duration getCloseTimeout() {
        return closeTimeout;
    }

    /** @param closeTimeout the close timeout, zero or more */
    public void setCloseTimeout(Duration closeTimeout) {
        this.closeTimeout = closeTimeout;
    }

    /**
     * @return the configured targets as value objects, in order
     * @throws IllegalArgumentException naming {@code slakit.watch.targets[i]} when one lacks a region or product
     */
    public List<WatchTarget> watchTargets() {
        List<WatchTarget> result = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (t == null || isBlank(t.getRegionId()) || isBlank(t.getProductId())) {
                throw new IllegalArgumentException("slakit.watch.targets[" + i + "] needs both region-id and "
                        + "product-id, such as region-id=cn-hangzhou and product-id=ecs; was " + t);
            }
            result.add(WatchTarget.of(t.getRegionId().trim(), t.getProductId().trim()));
        }
        return result;
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    @Override
    public String toString() {
        return "SlakitWatchProperties{targets=" + targets + ", interval=" + interval + ", lookbackDays="
                + lookbackDays + ", store=" + store + ", closeTimeout=" + closeTimeout + "}";
    }

    /** {@code slakit.watch.jdbc.*}: the JDBC store on the application's DataSource. Not thread-safe. */
    public static class Jdbc {

        /** This instance's name in the fleet, stable across restarts; by default the host name. */
        private String instanceId;

        /** How long a claim holds a target, by the database clock. */
        private Duration leaseDuration = JdbcWatchStateStore.DEFAULT_LEASE_DURATION;

        /** The prefix of the store's table names. */
        private String tablePrefix = JdbcWatchStateStore.DEFAULT_TABLE_PREFIX;

        /** Whether the store creates (or upgrades) its tables at startup. */
        private boolean createTablesIfMissing = true;

        /** @return the instance id, or null for the host name */
        public String getInstanceId() {
            return instanceId;
        }

        /** @param instanceId the instance id, or null */
        public void setInstanceId(String instanceId) {
            this.instanceId = instanceId;
        }

        /** @return the lease duration */
        public Duration getLeaseDuration() {
            return leaseDuration;
        }

        /** @param leaseDuration the lease duration, at least 100 ms */
        public void setLeaseDuration(Duration leaseDuration) {
            this.leaseDuration = leaseDuration;
        }

        /** @return the table prefix */
        public String getTablePrefix() {
            return tablePrefix;
        }

        /** @param tablePrefix the table prefix */
        public void setTablePrefix(String tablePrefix) {
            this.tablePrefix = tablePrefix;
        }

        /** @return whether tables are created when missing */
        public boolean isCreateTablesIfMissing() {
            return createTablesIfMissing;
        }

        /** @param createTablesIfMissing whether tables are created when missing */
        public void setCreateTablesIfMissing(boolean createTablesIfMissing) {
            this.createTablesIfMissing = createTablesIfMissing;
        }
    }

    /** One {@code slakit.watch.targets[n]} entry. Not thread-safe. */
    public static class Target {

        /** The region ID, such as cn-hangzhou. */
        private String regionId;

        /** The product ID, such as ecs. */
        private String productId;

        /** @return the region ID */
        public String getRegionId() {
            return regionId;
        }

        /** @param regionId the region ID */
        public void setRegionId(String regionId) {
            this.regionId = regionId;
        }

        /** @return the product ID */
        public String getProductId() {
            return productId;
        }

        /** @param productId the product ID */
        public void setProductId(String productId) {
            this.productId = productId;
        }

        @Override
        public String toString() {
            return "{region-id=" + regionId + ", product-id=" + productId + "}";
        }
    }
}
