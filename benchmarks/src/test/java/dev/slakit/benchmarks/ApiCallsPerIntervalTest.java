package dev.slakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.RetryPolicy;
import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.WatchTarget;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.SampleEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * API calls per watch interval for 20 regions x 30 products, counted by the fake server: one
 * {@code HealthWatcher.pollOnce()} over the 600 (region, product) targets with {@code ListEvents}, against one
 * {@code ListEventInProgress} call naming the 20 regions (what a region-wide watch needs per interval). The
 * figures go to BENCHMARKS.md.
 */
class ApiCallsPerIntervalTest {

    static final int REGIONS = 20;
    static final int PRODUCTS = 30;

    @Test
    void listEventsNeedsOneCallPerPairListEventInProgressOnePerInterval() {
        List<String> regions = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            regions.add("region-" + r);
        }
        List<WatchTarget> targets = new ArrayList<>();
        for (String region : regions) {
            for (int p = 0; p < PRODUCTS; p++) {
                targets.add(WatchTarget.of(region, "product-" + p));
            }
        }
        try (FakeStatusServer server = FakeStatusServer.start();
                StatusClient client = StatusClient.builder().endpoint(server.endpoint())
                        .credentials(server.credentials()).retryPolicy(RetryPolicy.none())
                        .callTimeout(Duration.ofSeconds(10)).build()) {
            SampleEvents.inProgress(Instant.now()).forEach(server::putEventInProgress);
            HealthWatcher watcher = HealthWatcher.builder(client).targets(targets).build();
            int before = server.requestCount();
            PollSummary summary = watcher.pollOnce();
            int listEventsCalls = server.requestCount() - before;
            watcher.close();

            before = server.requestCount();
            client.listEventInProgress(
                    ListEventInProgressRequest.builder().regionIds(regions.toArray(new String[0])).build());
            int inProgressCalls = server.requestCount() - before;

            System.out.printf("API calls per interval, %d regions x %d products: ListEvents %d, "
                    + "ListEventInProgress %d%n", REGIONS, PRODUCTS, listEventsCalls, inProgressCalls);
            assertThat(summary.polled()).isEqualTo(REGIONS * PRODUCTS);
            assertThat(listEventsCalls).isEqualTo(REGIONS * PRODUCTS);
            assertThat(inProgressCalls).isEqualTo(1);
        }
    }
}
