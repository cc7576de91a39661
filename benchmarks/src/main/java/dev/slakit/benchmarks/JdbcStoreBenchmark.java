package dev.slakit.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.InMemoryWatchStateStore;
import dev.slakit.status.watch.JdbcWatchStateStore;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.WatchStateStore;
import dev.slakit.status.watch.WatchTarget;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * What a {@link JdbcWatchStateStore} costs per poll on a real PostgreSQL: database round trips and
 * milliseconds per target poll through {@link HealthWatcher#pollOnce()}, and the heap for 1,000 targets.
 *
 * <p>A timed main, not JMH: a round trip is counted by a {@link DataSource} wrapper (every
 * {@code execute*}, {@code executeBatch}, {@code commit} and {@code rollback}), and time is wall-clock over
 * whole {@code pollOnce()} rounds of all targets, after warm-up rounds. The status client is in-memory (one
 * ongoing event per target, whose severity flips when a round should announce a change), so the figures are
 * the watcher's and the store's, not the network's. The database is an embedded PostgreSQL 14 on the same
 * machine (loopback TCP), through a HikariCP pool of 4 connections.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp benchmarks/target/benchmarks.jar
 * dev.slakit.benchmarks.JdbcStoreBenchmark [targets] [rounds]}
 */
public final class JdbcStoreBenchmark {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private JdbcStoreBenchmark() {
    }

    /** One ongoing event per target; when flipping, its severity alternates ALARM / NOTIFICATION by round. */
    static final class FlippingClient implements StatusClient {
        volatile boolean flip;
        volatile EventSeverity severity = EventSeverity.ALARM;

        void nextRound() {
            if (flip) {
                severity = severity == EventSeverity.ALARM ? EventSeverity.NOTIFICATION : EventSeverity.ALARM;
            }
        }

        @Override
        public ListEventsResponse listEvents(ListEventsRequest request) {
            HealthEvent e = HealthEvent.of("[" + request.regionId() + "] " + request.productId()
                    + ": some instances are experiencing network latency", severity, NOW.minusSeconds(3600), null);
            return ListEventsResponse.of("request-id", 1, Collections.singletonList(e));
        }

        @Override
        public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
            return CompletableFuture.completedFuture(listEvents(request));
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /** Counts statements that reach the database. */
    static final class Counting {
        final AtomicLong roundTrips = new AtomicLong();

        DataSource wrap(DataSource ds) {
            return proxy(DataSource.class, ds);
        }

        @SuppressWarnings("unchecked")
        private <T> T proxy(Class<T> type, T target) {
            InvocationHandler h = (p, m, args) -> {
                String name = m.getName();
                if (name.startsWith("execute") || name.equals("commit") || name.equals("rollback")) {
                    roundTrips.incrementAndGet();
                }
                Object result;
                try {
                    result = m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
                if (result instanceof Connection) {
                    return proxy(Connection.class, (Connection) result);
                }
                if (result instanceof java.sql.PreparedStatement) {
                    return proxy(java.sql.PreparedStatement.class, (java.sql.PreparedStatement) result);
                }
                if (result instanceof Statement) {
                    return proxy(Statement.class, (Statement) result);
                }
                return result;
            };
            return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h);
        }
    }

    static HealthWatcher watcher(StatusClient client, WatchStateStore store, int targets) {
        List<WatchTarget> list = new ArrayList<>();
        for (int i = 0; i < targets; i++) {
            list.add(WatchTarget.of("region-" + (i / 50), "product-" + (i % 50)));
        }
        return HealthWatcher.builder(client).clock(Clock.fixed(NOW, ZoneOffset.UTC)).targets(list)
                .interval(Duration.ofMillis(1)).store(store).listener(n -> { }).build();
    }

    /** Runs {@code rounds} pollOnce() rounds; prints and returns ms per target poll. */
    static void measure(String label, HealthWatcher watcher, FlippingClient client, Counting counting, int targets,
            int rounds, IntFunction<Integer> expectedNotifications) throws InterruptedException {
        long trips = counting.roundTrips.get();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            client.nextRound();
            Thread.sleep(2);  // let the 1 ms interval pass, so every target is due
            PollSummary s = watcher.pollOnce();
            int expected = expectedNotifications.apply(r);
            if (s.notifications().size() != expected || s.succeeded() != targets) {
                throw new IllegalStateException(label + ": unexpected poll result " + s + ", expected "
                        + expected + " notifications");
            }
        }
        long nanos = System.nanoTime() - t0 - rounds * 2_000_000L;
        double polls = (double) targets * rounds;
        System.out.printf("%-44s %8.3f ms/target poll %6.2f round trips/target poll (%d rounds x %d targets)%n",
                label, nanos / 1e6 / polls, (counting.roundTrips.get() - trips) / polls, rounds, targets);
    }

    public static void main(String[] args) throws Exception {
        int targets = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            config.setMaximumPoolSize(4);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                Counting counting = new Counting();
                FlippingClient client = new FlippingClient();
                JdbcWatchStateStore store = JdbcWatchStateStore.builder(counting.wrap(pool)).instanceId("bench")
                        .leaseDuration(Duration.ofSeconds(30)).createTablesIfMissing(true).build();
                HealthWatcher watcher = watcher(client, store, targets);
                measure("first poll (opens 1 event per target)", watcher, client, counting, targets, 1, r -> targets);
                measure("warm-up, nothing changes", watcher, client, counting, targets, rounds, r -> 0);
                measure("steady: nothing changes", watcher, client, counting, targets, rounds, r -> 0);
                client.flip = true;
                measure("warm-up, every target changes", watcher, client, counting, targets, 2, r -> targets);
                measure("every target changes (1 notification each)", watcher, client, counting, targets, rounds,
                        r -> targets);
                client.flip = false;

                long jdbc = WatcherFootprintBenchmark.jolSize(watcher) - WatcherFootprintBenchmark.jolSize(pool);
                watcher.close();
                store.close();
                InMemoryWatchStateStore memory = new InMemoryWatchStateStore();
                HealthWatcher inMemory = watcher(client, memory, targets);
                inMemory.pollOnce();
                long mem = WatcherFootprintBenchmark.jolSize(inMemory);
                inMemory.close();
                System.out.printf("heap of a watcher of %d targets (JOL, the pool excluded): JDBC store %.2f MB,"
                        + " in-memory store %.2f MB%n", targets, jdbc / 1e6, mem / 1e6);
            }
        }
    }
}
