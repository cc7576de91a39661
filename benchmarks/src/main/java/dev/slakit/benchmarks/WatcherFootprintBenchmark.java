package dev.slakit.benchmarks;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.WatchTarget;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap retained by a {@link HealthWatcher} watching 1,000 (region, product) pairs with 10 events each.
 *
 * <p>Not a JMH benchmark (JMH measures time): a main that, several times over, measures the used heap after
 * full GCs before and after building a watcher and running {@code pollOnce()} against an in-memory
 * {@link StatusClient} that creates fresh events on every call (as a real client does), then prints the
 * median difference. A second figure walks the watcher's object graph with JOL, which counts exactly what
 * is reachable from the watcher (its store, targets, dispatchers and executor).
 *
 * <p>Run: {@code java -XX:+UseSerialGC -Xmx512m -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar
 * dev.slakit.benchmarks.WatcherFootprintBenchmark [pairs] [eventsPerPair] [repetitions]}
 */
public final class WatcherFootprintBenchmark {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private WatcherFootprintBenchmark() {
    }

    /** Lists {@code events} fresh ongoing ALARM events per target, realistic titles, wire severity text. */
    static final class GeneratingClient implements StatusClient {
        private final int events;

        GeneratingClient(int events) {
            this.events = events;
        }

        @Override
        public ListEventsResponse listEvents(ListEventsRequest request) {
            List<HealthEvent> list = new ArrayList<>(events);
            for (int e = 0; e < events; e++) {
                String title = "[" + request.regionId() + "] " + request.productId()
                        + ": some instances are experiencing network latency, incident #" + e;
                list.add(HealthEvent.ofWire(title, new String("ALARM".toCharArray()),
                        NOW.minusSeconds(3600L * (e + 1)), null));
            }
            return ListEventsResponse.of("request-id", list.size(), list);
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

    static HealthWatcher build(StatusClient client, int pairs) {
        HealthWatcher.Builder b = HealthWatcher.builder(client).clock(Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < pairs; i++) {
            b.target(WatchTarget.of("region-" + (i / 50), "product-" + (i % 50)));
        }
        return b.build();
    }

    static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** @return the bytes reachable from the watcher, or -1 when JOL cannot attach (see the class doc) */
    static long jolSize(Object root) {
        try {
            return GraphLayout.parseInstance(root).totalSize();
        } catch (RuntimeException e) {
            System.out.println("JOL unavailable (" + e.getMessage() + "): run with -Djdk.attach.allowAttachSelf=true");
            return -1;
        }
    }

    /**
     * @param args optional: pairs (1000), events per pair (10), repetitions (7)
     * @throws Exception never in practice
     */
    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        StatusClient client = new GeneratingClient(events);
        // warm up: load and initialise every class involved before the first measurement
        try (HealthWatcher warm = build(client, 10)) {
            warm.pollOnce();
        }
        long[] deltas = new long[repetitions];
        long jolBytes = 0;
        for (int r = 0; r < repetitions; r++) {
            long before = usedAfterGc(memory);
            HealthWatcher watcher = build(client, pairs);
            PollSummary summary = watcher.pollOnce();
            if (summary.notifications().size() != pairs * events || summary.succeeded() != pairs) {
                throw new IllegalStateException("unexpected poll result " + summary);
            }
            summary = null;
            long after = usedAfterGc(memory);
            deltas[r] = after - before;
            if (r == 0) {
                jolBytes = jolSize(watcher);
            }
            if (watcher.pollOnce().notifications().size() != 0) {
                throw new IllegalStateException("a second poll announced again");
            }
            watcher.close();
            watcher = null;
        }
        long[] sorted = deltas.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        System.out.printf("pairs=%d eventsPerPair=%d repetitions=%d%n", pairs, events, repetitions);
        System.out.printf("retained heap (MemoryMXBean used-after-GC delta), median: %.2f MB (%d bytes)%n",
                median / 1e6, median);
        System.out.printf("all deltas (bytes): %s%n", Arrays.toString(deltas));
        if (jolBytes >= 0) {
            System.out.printf("retained heap (JOL GraphLayout of the watcher): %.2f MB (%d bytes), %.0f bytes/event%n",
                    jolBytes / 1e6, jolBytes, (double) jolBytes / ((long) pairs * events));
        }
        System.out.printf("goal < 32 MB: %s%n", Math.max(median, jolBytes) < 32_000_000L ? "met" : "NOT met");
    }
}
