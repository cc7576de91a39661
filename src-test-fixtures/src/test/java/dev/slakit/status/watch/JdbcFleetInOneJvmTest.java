package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.slakit.status.FakeServerClients;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.FakeStatusServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three watchers in one JVM, each with its own {@link JdbcWatchStateStore} and connection pool on one embedded
 * PostgreSQL, over 200 targets of the fake server, across several intervals: one ListEvents call per target
 * per interval for the whole fleet, and every notification delivered exactly once across the fleet.
 */
class JdbcFleetInOneJvmTest {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    /**
     * Longer than the interval: a holder keeps its targets from poll to poll. Also well above a first poll on a
     * loaded machine (class loading, JIT): a poll slower than its lease is refused at commit
     * ({@link LeaseLostException}), correctly, but is then a failure this test does not expect.
     */
    static final Duration LEASE = Duration.ofSeconds(5);

    /** One delivery: which instance's listener got which notification. */
    static final class Delivery {
        final String instance;
        final String id;

        Delivery(String instance, String id) {
            this.instance = instance;
            this.id = id;
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void threeWatchersAnnounceEachEventOnceAndPollEachTargetOncePerInterval() throws Exception {
        FleetScenario scenario = new FleetScenario();
        String prefix = FleetPostgres.freshPrefix();
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        List<PollFailure> failures = new CopyOnWriteArrayList<>();
        List<AutoCloseable> toClose = new ArrayList<>();
        // 3 clients polling 200 targets: more connections than the fake's default 64 workers serve
        try (FakeStatusServer server = FakeStatusServer.builder().maxRecordedRequests(1_000_000)
                .maxConnections(512).start()) {
            scenario.publish(server, 1);
            List<HealthWatcher> watchers = new ArrayList<>();
            for (String instance : List.of("web-1", "web-2", "web-3")) {
                HikariDataSource pool = FleetPostgres.pool(FleetPostgres.jdbcUrl(), instance);
                JdbcWatchStateStore store = JdbcWatchStateStore.builder(pool).instanceId(instance)
                        .leaseDuration(LEASE).tablePrefix(prefix).createTablesIfMissing(true).build();
                StatusClient client = FakeServerClients.clientFor(server).build();
                HealthWatcher watcher = HealthWatcher.builder(client).targets(FleetScenario.targets())
                        .interval(INTERVAL).lookbackDays(2).store(store)
                        .listener(n -> deliveries.add(new Delivery(instance, n.id())))
                        .errorListener(failures::add).build();
                watchers.add(watcher);
                // closed in reverse: watcher, then store, then client and pool
                toClose.add(pool);
                toClose.add(client);
                toClose.add(store);
                toClose.add(watcher);
            }
            for (HealthWatcher w : watchers) {
                w.start();
            }
            Set<String> phase1 = scenario.expectedIds(1);
            awaitDelivered(deliveries, phase1, Duration.ofSeconds(30));

            scenario.publish(server, 2);
            Set<String> all = new HashSet<>(phase1);
            all.addAll(scenario.expectedIds(2));
            awaitDelivered(deliveries, all, Duration.ofSeconds(30));
            Thread.sleep(INTERVAL.multipliedBy(2).toMillis());  // two more intervals with nothing to announce

            List<String> ids = deliveries.stream().map(d -> d.id).collect(Collectors.toList());
            assertThat(new HashSet<>(ids)).isEqualTo(all);
            assertThat(ids).as("each notification delivered once across the fleet").hasSize(all.size());
            Map<String, Long> perInstance = deliveries.stream()
                    .collect(Collectors.groupingBy(d -> d.instance, Collectors.counting()));
            assertThat(perInstance).as("the work is shared, not done by one instance").hasSizeGreaterThanOrEqualTo(2);
            FleetScenario.assertAtMostOneCallPerTargetPerInterval(server, INTERVAL);
            assertThat(failures).as("skipped targets are not failures; polls that outlived their lease are")
                    .allSatisfy(f -> assertThat(f.error()).isInstanceOf(LeaseLostException.class));
            System.out.println("fleet in one JVM: deliveries per instance " + perInstance + ", polls refused at"
                    + " commit after a lost lease: " + failures.size() + ", ListEvents calls: "
                    + FleetScenario.listEventsByTarget(server).values().stream().mapToInt(List::size).sum());
        } finally {
            for (int i = toClose.size() - 1; i >= 0; i--) {
                toClose.get(i).close();
            }
        }
    }

    /** Waits until every expected id was delivered at least once. */
    static void awaitDelivered(List<Delivery> deliveries, Set<String> expected, Duration timeout)
            throws InterruptedException {
        awaitIds(() -> deliveries.stream().map(d -> d.id).collect(Collectors.toSet()), expected, timeout);
    }

    static void awaitIds(java.util.function.Supplier<Set<String>> delivered, Set<String> expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!delivered.get().containsAll(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(delivered.get());
        assertThat(missing).as("notifications not delivered within %s", timeout).isEmpty();
    }
}
