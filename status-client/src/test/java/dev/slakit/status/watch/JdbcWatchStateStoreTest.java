package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.internal.jdbc.TestDatabase;
import dev.slakit.status.internal.jdbc.TestPostgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The public JDBC store over a real PostgreSQL, through the {@link WatchStateStore} contract. */
class JdbcWatchStateStoreTest {

    private static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    private static final Instant T = Instant.parse("2026-11-22T01:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(1);

    final DataSource ds = database().dataSource();
    final String prefix = TestPostgres.freshPrefix();

    /** @return the database to run on; a subclass runs the same tests on another */
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    private JdbcWatchStateStore store(String instance) {
        return JdbcWatchStateStore.builder(ds).instanceId(instance).leaseDuration(Duration.ofSeconds(30))
                .tablePrefix(prefix).createTablesIfMissing(true).build();
    }

    private static HealthEvent event(String title) {
        return HealthEvent.ofWire(title, "Critical", T, null);
    }

    private static EventOpened opened(String title) {
        HealthEvent e = event(title);
        return new EventOpened(EventKey.of(ECS, e), e, null, T, 1);
    }

    private static List<String> ids(List<HealthNotification> ns) {
        return ns.stream().map(HealthNotification::id).collect(Collectors.toList());
    }

    @Test
    void stateAndNotificationsRoundTripThroughTheDatabase() {
        try (JdbcWatchStateStore a = store("web-1")) {
            assertThat(a.tryClaim(ECS, INTERVAL)).isTrue();
            assertThat(a.load(ECS)).isEmpty();
            EventOpened n1 = opened("Down \"中文\"");
            EventOpened n2 = opened("Slow");
            TargetState state = TargetState.of(ECS, List.of(n1.event(), n2.event()), T,
                    Map.of(n1.key(), 1L, n2.key(), 1L));
            a.commit(state, List.of(n1, n2));
            assertThat(a.load(ECS)).contains(state);
            assertThat(a.pending()).containsExactly(n1, n2);
            assertThat(a.leaseHolder(ECS)).contains("web-1");
            a.markDelivered(List.of(n1.id()));
            assertThat(ids(a.pending())).containsExactly(n2.id());
        }
    }

    @Test
    void aRestartWithTheSameInstanceIdRedeliversOnlyWhatWasNotDelivered() {
        EventOpened n1 = opened("one");
        EventOpened n2 = opened("two");
        try (JdbcWatchStateStore first = store("web-1")) {
            assertThat(first.tryClaim(ECS, INTERVAL)).isTrue();
            first.commit(TargetState.of(ECS, List.of(n1.event(), n2.event())), List.of(n1, n2));
            first.markDelivered(List.of(n1.id()));
        }
        try (JdbcWatchStateStore again = store("web-1")) {
            assertThat(ids(again.pending())).containsExactly(n2.id());
            assertThat(again.pending().get(0)).isEqualTo(n2);
        }
        try (JdbcWatchStateStore other = store("web-2")) {
            assertThat(other.pending()).as("not its own, and it holds no lease").isEmpty();
        }
    }

    @Test
    void closeReleasesTheLeasesButTheIntervalStillHolds() {
        JdbcWatchStateStore a = store("web-1");
        assertThat(a.tryClaim(ECS, INTERVAL)).isTrue();
        try (JdbcWatchStateStore b = store("web-2")) {
            assertThat(b.tryClaim(ECS, Duration.ZERO)).as("leased by web-1").isFalse();
            a.close();
            a.close();
            assertThat(a.leaseHolder(ECS)).isEmpty();
            assertThat(b.tryClaim(ECS, INTERVAL)).as("polled less than an interval ago").isFalse();
            assertThat(b.tryClaim(ECS, Duration.ZERO)).isTrue();
            assertThat(b.leaseHolder(ECS)).contains("web-2");
        }
        assertThatThrownBy(() -> a.tryClaim(ECS, INTERVAL)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("web-1 is closed");
        assertThatThrownBy(() -> a.commit(TargetState.of(ECS, List.of()), List.of()))
                .isInstanceOf(IllegalStateException.class);
        a.markDelivered(List.of("still-allowed"));
    }

    @Test
    void aCommitAfterATakeoverThrowsLeaseLostAndKeepsTheNewHoldersState() {
        try (JdbcWatchStateStore a = store("web-1"); JdbcWatchStateStore b = store("web-2")) {
            assertThat(a.tryClaim(ECS, INTERVAL)).isTrue();
            a.close();  // as if its lease had run out
            assertThat(b.tryClaim(ECS, Duration.ZERO)).isTrue();
            TargetState mine = TargetState.of(ECS, List.of(event("b's")));
            b.commit(mine, List.of());
            JdbcWatchStateStore a2 = store("web-1");
            assertThatThrownBy(() -> a2.commit(TargetState.of(ECS, List.of(event("a's"))), List.of(opened("a's"))))
                    .isInstanceOf(LeaseLostException.class).hasMessageContaining("held by web-2");
            assertThat(b.load(ECS)).contains(mine);
            assertThat(a2.pending()).isEmpty();
        }
    }

    @Test
    void commitAllKeepsEveryTargetItStillHoldsWhenOneLeaseWasLost() {
        WatchTarget oss = WatchTarget.of("cn-hangzhou", "oss");
        WatchTarget rds = WatchTarget.of("cn-hangzhou", "rds");
        try (JdbcWatchStateStore a = store("web-1"); JdbcWatchStateStore b = store("web-2")) {
            assertThat(a.tryClaim(ECS, INTERVAL)).isTrue();
            assertThat(b.tryClaim(oss, INTERVAL)).isTrue();
            assertThat(a.tryClaim(rds, INTERVAL)).isTrue();
            EventOpened onEcs = opened("on ecs");
            HealthEvent e = event("on rds");
            EventOpened onRds = new EventOpened(EventKey.of(rds, e), e, null, T, 1);
            TargetState ecsState = TargetState.of(ECS, List.of(onEcs.event()));
            TargetState rdsState = TargetState.of(rds, List.of(e));
            assertThatThrownBy(() -> a.commitAll(List.of(ecsState, TargetState.of(oss, List.of()), rdsState),
                    List.of(onEcs, onRds)))
                    .isInstanceOf(LeaseLostException.class).hasMessageContaining("of cn-hangzhou/oss (held by web-2)");
            assertThat(a.load(ECS)).contains(ecsState);
            assertThat(a.load(rds)).as("the target after the lost one is kept too").contains(rdsState);
            assertThat(a.load(oss)).isEmpty();
            assertThat(a.pending()).containsExactlyInAnyOrder(onEcs, onRds);
            a.commitAll(List.of(ecsState), List.of());
            assertThatThrownBy(() -> a.commitAll(List.of(ecsState), List.of(onRds)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void notificationsOfAnotherTargetAreRefused() {
        try (JdbcWatchStateStore a = store("web-1")) {
            assertThat(a.tryClaim(ECS, INTERVAL)).isTrue();
            HealthEvent e = event("x");
            WatchTarget oss = WatchTarget.of("cn-hangzhou", "oss");
            EventOpened foreign = new EventOpened(EventKey.of(oss, e), e, ALARM, T, 1);
            assertThatThrownBy(() -> a.commit(TargetState.of(ECS, List.of()), List.of(foreign)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is of target cn-hangzhou/oss, not of the committed state's target");
        }
    }

    @Test
    void missingTablesAreAnErrorUnlessCreationIsAllowed() {
        assertThatThrownBy(() -> JdbcWatchStateStore.builder(ds).instanceId("web-1").tablePrefix(prefix).build())
                .isInstanceOf(JdbcWatchStoreException.class)
                .hasMessageContaining("table " + prefix + "schema_version does not exist")
                .hasMessageContaining("createTablesIfMissing(true)");
    }

    @Test
    void builderArgumentsAreCheckedNamingTheField() {
        JdbcWatchStateStore.Builder b = JdbcWatchStateStore.builder(ds);
        assertThatThrownBy(() -> JdbcWatchStateStore.builder(null)).hasMessage("dataSource");
        assertThatThrownBy(b::build).isInstanceOf(NullPointerException.class).hasMessageContaining("instanceId is required");
        assertThatThrownBy(() -> b.instanceId(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instanceId must be 1 to 200 characters");
        assertThatThrownBy(() -> b.instanceId("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.leaseDuration(Duration.ofMillis(99))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaseDuration must be at least 100 ms");
        assertThatThrownBy(() -> b.leaseDuration(null)).hasMessage("leaseDuration");
        assertThatThrownBy(() -> b.tablePrefix("drop table x;")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tablePrefix must be letters, digits and underscores");
        assertThatThrownBy(() -> b.tablePrefix("1x")).isInstanceOf(IllegalArgumentException.class);
        try (JdbcWatchStateStore s = store("web-1")) {
            assertThatThrownBy(() -> s.tryClaim(ECS, Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval must not be negative");
            assertThat(s.instanceId()).isEqualTo("web-1");
            assertThat(s.leaseDuration()).isEqualTo(Duration.ofSeconds(30));
            assertThat(s.tablePrefix()).isEqualTo(prefix);
            assertThat(s.toString()).contains("web-1", prefix);
        }
    }

    @Test
    void anUnsupportedDatabaseOrAnUnreachableOneIsAClearError() {
        assertThatThrownBy(() -> JdbcWatchStateStore.builder(new FailingDataSource()).instanceId("web-1").build())
                .isInstanceOf(JdbcWatchStoreException.class)
                .hasMessageContaining("JdbcWatchStateStore connect failed (SQLState 08001")
                .hasMessageNotContaining("hunter2");
    }

    /** A data source whose driver refuses to connect, with a password in its own message's second line. */
    private static final class FailingDataSource implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("connection refused\npassword=hunter2", "08001");
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
