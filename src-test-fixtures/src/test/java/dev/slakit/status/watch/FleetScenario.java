package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.RecordedStatusRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the fleet tests watch: 200 targets on a {@link FakeStatusServer}, each with one ongoing alarm in the first
 * phase and a second one added in the second phase, the ids every delivery must add up to, and the analysis of
 * the ListEvents requests the server recorded.
 */
final class FleetScenario {

    static final int REGIONS = 10;
    static final int PRODUCTS = 20;

    /** @return the 200 targets, in a fixed order */
    static List<WatchTarget> targets() {
        List<WatchTarget> out = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            for (int p = 0; p < PRODUCTS; p++) {
                out.add(WatchTarget.of("fleet-r" + r, "p" + p));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private final Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    /** The event of {@code phase} (1 or 2) for a target: ongoing, ALARM. */
    HealthEvent event(WatchTarget t, int phase) {
        return HealthEvent.of("fleet incident " + phase + " of " + t, EventSeverity.ALARM,
                start.plus(Duration.ofMinutes(phase)), null);
    }

    /** Lists the events of phases 1 to {@code phase} for every target. */
    void publish(FakeStatusServer server, int phase) {
        for (WatchTarget t : targets()) {
            server.addEvent(t.regionId(), t.productId(), event(t, phase));
        }
    }

    /** @return the ids of the notifications phase {@code phase} announces: one opening per target */
    Set<String> expectedIds(int phase) {
        Set<String> ids = new LinkedHashSet<>();
        for (WatchTarget t : targets()) {
            HealthEvent e = event(t, phase);
            ids.add(new EventOpened(EventKey.of(t, e), e, null, Instant.EPOCH, 1).id());
        }
        return ids;
    }

    /** @return the ListEvents requests the server recorded, per target, in arrival order */
    static Map<WatchTarget, List<Instant>> listEventsByTarget(FakeStatusServer server) {
        Map<WatchTarget, List<Instant>> out = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (RecordedStatusRequest r : server.requests()) {
            if (!"ListEvents".equals(r.action().orElse(null))) {
                continue;
            }
            WatchTarget t = WatchTarget.of(r.parameter("RegionId").get(), r.parameter("ProductId").get());
            out.computeIfAbsent(t, k -> new ArrayList<>()).add(r.receivedAt());
        }
        for (List<Instant> times : out.values()) {
            Collections.sort(times);
        }
        return out;
    }

    /**
     * Asserts that the whole fleet made at most one ListEvents call per target per interval: no two calls for
     * one target closer than half the interval. The database spaces the claims of a target by at least 95 % of
     * the interval (the holder may be 5 % early); the other 45 % absorb the varying time between a claim and its
     * request reaching the server on a loaded machine. A fleet without leases makes its calls for a target
     * milliseconds apart.
     */
    static void assertAtMostOneCallPerTargetPerInterval(FakeStatusServer server, Duration interval) {
        Map<WatchTarget, List<Instant>> calls = listEventsByTarget(server);
        assertThat(calls).as("every target was polled").hasSize(REGIONS * PRODUCTS);
        Duration floor = interval.dividedBy(2);
        Map<WatchTarget, Duration> tooClose = new HashMap<>();
        for (Map.Entry<WatchTarget, List<Instant>> e : calls.entrySet()) {
            List<Instant> times = e.getValue();
            for (int i = 1; i < times.size(); i++) {
                Duration gap = Duration.between(times.get(i - 1), times.get(i));
                if (gap.compareTo(floor) < 0) {
                    tooClose.put(e.getKey(), gap);
                }
            }
        }
        assertThat(tooClose).as("targets called twice within %s", floor).isEmpty();
    }
}
