package dev.slakit.status.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.watch.JdbcWatchStoreException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Leases on a real PostgreSQL: who may claim, when, and by whose clock. */
class JdbcLeasesTest extends WatchTablesTestBase {

    private static final long LEASE = 60_000;
    private static final long INTERVAL = 10_000;

    private JdbcLeases instance(String id, long leaseMillis) {
        return new JdbcLeases(ds, db.dialect(), prefix, id, leaseMillis);
    }

    @Test
    void theFirstClaimWinsAndOthersAreRefusedWhileTheLeaseLasts() {
        JdbcLeases a = instance("a", LEASE);
        JdbcLeases b = instance("b", LEASE);
        assertThat(a.claim("cn-hangzhou", "ecs", 0)).isTrue();
        assertThat(b.claim("cn-hangzhou", "ecs", 0)).as("leased by a, interval 0").isFalse();
        assertThat(a.holder("cn-hangzhou", "ecs")).isEqualTo("a");
        assertThat(b.claim("cn-hangzhou", "oss", 0)).as("another target is free").isTrue();
    }

    @Test
    void theHolderMayNotPollAgainWithinTheInterval() {
        JdbcLeases a = instance("a", LEASE);
        assertThat(a.claim("cn-hangzhou", "ecs", INTERVAL)).isTrue();
        assertThat(a.claim("cn-hangzhou", "ecs", INTERVAL)).isFalse();
        backdatePoll("cn-hangzhou", "ecs", INTERVAL - JdbcLeases.holderTolerance(INTERVAL));
        assertThat(a.claim("cn-hangzhou", "ecs", INTERVAL)).as("due, within the holder's tolerance").isTrue();
    }

    @Test
    void anExpiredLeaseIsTakenOverOnlyOnceTheIntervalHasPassed() {
        JdbcLeases a = instance("a", LEASE);
        JdbcLeases b = instance("b", LEASE);
        assertThat(a.claim("cn-hangzhou", "ecs", INTERVAL)).isTrue();
        expireLease("cn-hangzhou", "ecs");
        backdatePoll("cn-hangzhou", "ecs", INTERVAL - JdbcLeases.holderTolerance(INTERVAL));
        assertThat(b.claim("cn-hangzhou", "ecs", INTERVAL)).as("the tolerance is the holder's only").isFalse();
        backdatePoll("cn-hangzhou", "ecs", INTERVAL);
        assertThat(b.claim("cn-hangzhou", "ecs", INTERVAL)).isTrue();
        assertThat(a.holder("cn-hangzhou", "ecs")).isEqualTo("b");
        backdatePoll("cn-hangzhou", "ecs", INTERVAL);
        assertThat(a.claim("cn-hangzhou", "ecs", INTERVAL)).as("b holds a live lease").isFalse();
    }

    @Test
    void leasesAreTimedByTheDatabaseClock() throws Exception {
        JdbcLeases a = instance("a", 300);
        JdbcLeases b = instance("b", 300);
        assertThat(a.claim("cn-hangzhou", "ecs", 0)).isTrue();
        assertThat(b.claim("cn-hangzhou", "ecs", 0)).isFalse();
        Thread.sleep(400);
        assertThat(a.holder("cn-hangzhou", "ecs")).as("expired").isNull();
        assertThat(b.claim("cn-hangzhou", "ecs", 0)).isTrue();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT lease_until_ms - polled_ms FROM " + prefix
                        + "target")) {
            rs.next();
            assertThat(rs.getLong(1)).as("lease = database now + duration").isEqualTo(300);
        }
    }

    @Test
    void releasedTargetsAreFreeForOthersButTheIntervalStillHolds() {
        JdbcLeases a = instance("a", LEASE);
        JdbcLeases b = instance("b", LEASE);
        assertThat(a.claim("r", "p1", INTERVAL)).isTrue();
        assertThat(a.claim("r", "p2", INTERVAL)).isTrue();
        assertThat(a.releaseAll()).isEqualTo(2);
        assertThat(a.holder("r", "p1")).isNull();
        assertThat(b.claim("r", "p1", INTERVAL)).as("polled just now").isFalse();
        assertThat(b.claim("r", "p1", 0)).isTrue();
    }

    @Test
    void manyInstancesRacingForOneTargetYieldOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                JdbcLeases leases = instance("i" + i, LEASE);
                claims.add(() -> leases.claim("cn-beijing", "rds", INTERVAL));
            }
            int winners = 0;
            for (Future<Boolean> f : pool.invokeAll(claims)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aMissingTableIsNamedInTheError() {
        JdbcLeases leases = new JdbcLeases(ds, db.dialect(), "missing_", "a", LEASE);
        assertThatThrownBy(() -> leases.claim("r", "p", 0))
                .isInstanceOf(JdbcWatchStoreException.class)
                .hasMessageContaining("claim r/p on table missing_target")
                .hasMessageContaining("SQLState " + db.undefinedTableState())
                .satisfies(e -> assertThat(((JdbcWatchStoreException) e).sqlState()).isEqualTo(db.undefinedTableState()));
    }

    private void backdatePoll(String region, String product, long millis) {
        exec("UPDATE " + prefix + "target SET polled_ms = polled_ms - " + millis + " WHERE region_id = '" + region
                + "' AND product_id = '" + product + "'");
    }

    private void expireLease(String region, String product) {
        exec("UPDATE " + prefix + "target SET lease_until_ms = polled_ms WHERE region_id = '" + region
                + "' AND product_id = '" + product + "'");
    }
}
