package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slakit.status.FakeServerClients;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.FakeStatusServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code pollOnce()} with a {@link JdbcWatchStateStore}, cron style: it works without {@code start()}, polls
 * what this instance holds or can lease, skips what another live instance holds without a failure, and after
 * {@code close()} a restart with the same instance id delivers nothing again.
 */
class JdbcWatcherPollOnceTest {

    /** Short, so the restart below is due to poll again after a short sleep. */
    static final Duration INTERVAL = Duration.ofMillis(300);

    @Test
    void pollOnceSkipsTargetsOfALiveInstanceAndARestartRedeliversNothing() throws Exception {
        FleetScenario scenario = new FleetScenario();
        String prefix = FleetPostgres.freshPrefix();
        List<HealthNotification> delivered = new CopyOnWriteArrayList<>();
        try (FakeStatusServer server = FakeStatusServer.builder().maxRecordedRequests(1_000_000).maxConnections(512).start();
                StatusClient client = FakeServerClients.clientFor(server).build();
                HikariDataSource pool = FleetPostgres.pool(FleetPostgres.jdbcUrl(), "cron")) {
            scenario.publish(server, 1);
            JdbcWatchStateStore storeA = store(pool, prefix, "web-1");
            HealthWatcher a = watcher(client, storeA, delivered);
            PollSummary first = a.pollOnce();
            assertThat(first.polled()).isEqualTo(200);
            assertThat(first.failures()).isEmpty();

            try (JdbcWatchStateStore storeB = store(pool, prefix, "web-2")) {
                HealthWatcher b = watcher(client, storeB, delivered);
                Thread.sleep(INTERVAL.toMillis() * 2);  // due again, but web-1 holds every lease (30 s)
                PollSummary skipped = b.pollOnce();
                assertThat(skipped.polled()).as("targets leased by a live instance are skipped").isZero();
                assertThat(skipped.failures()).as("and that is no failure").isEmpty();
                b.close();
            }
            a.close();
            storeA.close();
            Set<String> ids = delivered.stream().map(HealthNotification::id).collect(Collectors.toSet());
            assertThat(ids).isEqualTo(scenario.expectedIds(1));
            assertThat(delivered).hasSize(200);

            Thread.sleep(INTERVAL.toMillis() * 2);
            try (JdbcWatchStateStore again = store(pool, prefix, "web-1")) {
                assertThat(again.pending()).as("close recorded every delivery").isEmpty();
                HealthWatcher restarted = watcher(client, again, delivered);
                PollSummary second = restarted.pollOnce();
                assertThat(second.polled()).isEqualTo(200);
                assertThat(second.notifications()).as("nothing changed").isEmpty();
                restarted.close();
            }
            assertThat(delivered).as("a restart with the same id delivered nothing again").hasSize(200);
            assertThat(new HashSet<>(FleetScenario.listEventsByTarget(server).keySet()))
                    .containsExactlyInAnyOrderElementsOf(FleetScenario.targets());
        }
    }

    private static JdbcWatchStateStore store(HikariDataSource pool, String prefix, String instance) {
        return JdbcWatchStateStore.builder(pool).instanceId(instance).leaseDuration(Duration.ofSeconds(30))
                .tablePrefix(prefix).createTablesIfMissing(true).build();
    }

    private static HealthWatcher watcher(StatusClient client, WatchStateStore store, List<HealthNotification> out) {
        return HealthWatcher.builder(client).targets(FleetScenario.targets()).interval(INTERVAL).lookbackDays(2)
                .store(store).listener(out::add).build();
    }
}
