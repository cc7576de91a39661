package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.FakeServerClients;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.SampleEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Regions watched with {@code ListEventInProgress} over a {@link JdbcWatchStateStore} on embedded PostgreSQL:
 * the state fits the existing schema, two instances make one call per interval between them, and a restart
 * continues the ids.
 */
class JdbcRegionsWatcherTest {

    static final Duration INTERVAL = Duration.ofMillis(300);

    @Test
    void twoInstancesShareTheRegionsAndARestartContinuesTheIds() throws Exception {
        String prefix = FleetPostgres.freshPrefix();
        List<HealthNotification> delivered = new CopyOnWriteArrayList<>();
        Instant now = Instant.now();
        try (FakeStatusServer server = FakeStatusServer.start();
                StatusClient client = FakeServerClients.clientFor(server).build();
                HikariDataSource pool = FleetPostgres.pool(FleetPostgres.jdbcUrl(), "regions")) {
            List<EventInProgress> samples = SampleEvents.inProgress(now);
            for (EventInProgress e : samples) {
                server.putEventInProgress(e);
            }
            List<HealthNotification> opened = new ArrayList<>();
            try (JdbcWatchStateStore storeA = store(pool, prefix, "web-1");
                    JdbcWatchStateStore storeB = store(pool, prefix, "web-2")) {
                HealthWatcher a = watcher(client, storeA, delivered);
                HealthWatcher b = watcher(client, storeB, delivered);
                opened.addAll(a.pollOnce().notifications());
                PollSummary skipped = b.pollOnce();
                assertThat(skipped.polled()).as("web-1 holds every region").isZero();
                assertThat(skipped.failures()).isEmpty();
                a.close();
                b.close();
            }
            assertThat(opened).extracting(HealthNotification::regionId, HealthNotification::productId)
                    .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("cn-hangzhou", "ecs"),
                            org.assertj.core.api.Assertions.tuple("cn-shanghai", "oss"),
                            org.assertj.core.api.Assertions.tuple("ap-southeast-1", "slb"));
            assertThat(server.requests()).extracting(r -> r.action().orElse(""))
                    .as("one call for the fleet").containsExactly("ListEventInProgress");

            EventInProgress ecs = samples.get(0);
            List<EventUpdate> updates = new ArrayList<>(ecs.updates());
            EventUpdate posted = EventUpdate.of("已恢复。", Instant.ofEpochMilli(now.toEpochMilli()).plusSeconds(1));
            updates.add(posted);
            server.putEventInProgress(EventInProgress.of(ecs.id(), ecs.title(), ecs.startTime(), updates,
                    ecs.impacts()));
            Thread.sleep(INTERVAL.toMillis() * 2);
            try (JdbcWatchStateStore again = store(pool, prefix, "web-1")) {
                assertThat(again.pending()).as("close recorded every delivery").isEmpty();
                HealthWatcher restarted = watcher(client, again, delivered);
                List<HealthNotification> second = restarted.pollOnce().notifications();
                restarted.close();
                assertThat(second).hasSize(1);
                EventUpdated u = (EventUpdated) second.get(0);
                assertThat(u.update()).isEqualTo(posted);
                HealthNotification ecsOpened = opened.stream().filter(n -> n.productId().equals("ecs")).findFirst()
                        .get();
                assertThat(u.id()).isEqualTo(ecsOpened.id().replace("-1", "-2"));
            }
            assertThat(delivered).extracting(HealthNotification::id).doesNotHaveDuplicates().hasSize(4);
        }
    }

    private static JdbcWatchStateStore store(HikariDataSource pool, String prefix, String instance) {
        return JdbcWatchStateStore.builder(pool).instanceId(instance).leaseDuration(Duration.ofSeconds(30))
                .tablePrefix(prefix).createTablesIfMissing(true).build();
    }

    private static HealthWatcher watcher(StatusClient client, WatchStateStore store, List<HealthNotification> out) {
        return HealthWatcher.builder(client).regions("cn-hangzhou", "cn-shanghai", "ap-southeast-1")
                .interval(INTERVAL).store(store).listener(out::add).build();
    }
}
