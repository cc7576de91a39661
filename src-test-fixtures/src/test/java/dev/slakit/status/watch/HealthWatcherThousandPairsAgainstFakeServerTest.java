package dev.slakit.status.watch;

import static dev.slakit.status.watch.WatchFixture.T0;
import static dev.slakit.status.watch.WatchFixture.ongoing;
import static dev.slakit.status.watch.WatchFixture.opened;
import static dev.slakit.status.watch.WatchFixture.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 1,000 (region, product) pairs watched with {@link HealthWatcher#pollOnce()} against the {@code FakeStatusServer}:
 * every notification is the right one, none is missing or repeated, within a bounded time.
 */
class HealthWatcherThousandPairsAgainstFakeServerTest {

    private static final int REGIONS = 40;
    private static final int PRODUCTS = 25;

    private final WatchFixture fixture = new WatchFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void athousandPairsArePolledAndEveryChangeIsAnnouncedExactlyOnce() {
        List<WatchTarget> targets = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            for (int p = 0; p < PRODUCTS; p++) {
                targets.add(WatchTarget.of(String.format("region-%02d", r), String.format("product-%02d", p)));
            }
        }
        assertThat(targets).hasSize(1000).doesNotHaveDuplicates();
        List<HealthNotification> expectedFirst = new ArrayList<>();
        List<HealthEvent> alarms = new ArrayList<>();
        Instant t1 = fixture.clock.instant();
        for (int i = 0; i < targets.size(); i++) {
            WatchTarget t = targets.get(i);
            HealthEvent alarm = null;
            HealthEvent notice = null;
            if (i % 7 == 0) {
                alarm = ongoing("incident " + i, EventSeverity.ALARM, T0.minus(Duration.ofMinutes(30 + i % 60)));
            }
            if (i % 11 == 0) {
                notice = ongoing("maintenance " + i, EventSeverity.NOTIFICATION, T0.minus(Duration.ofHours(3)));
            }
            if (i % 5 == 0) {
                fixture.put(t, HealthEvent.of("over " + i, EventSeverity.ALARM, T0.minus(Duration.ofHours(20)),
                        T0.minus(Duration.ofHours(19))));
            }
            alarms.add(alarm);
            // Newest start first, as the server lists them: the alarm started after the notice.
            if (alarm != null) {
                fixture.put(t, alarm);
                expectedFirst.add(opened(t, alarm, null, t1));
            }
            if (notice != null) {
                fixture.put(t, notice);
                expectedFirst.add(opened(t, notice, null, t1));
            }
        }
        fixture.publish();
        HealthWatcher watcher = fixture.watcher().targets(targets).build();

        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            PollSummary first = watcher.pollOnce();
            assertThat(first.polled()).isEqualTo(1000);
            assertThat(first.succeeded()).isEqualTo(1000);
            assertThat(first.failures()).isEmpty();
            assertThat(first.notifications()).containsExactlyElementsOf(expectedFirst);

            fixture.advance(Duration.ofMinutes(1));
            PollSummary second = watcher.pollOnce();
            assertThat(second.succeeded()).isEqualTo(1000);
            assertThat(second.notifications()).isEmpty();

            // Every 14th pair's alarm ends; every 13th pair gets a new one.
            Instant t3 = fixture.advance(Duration.ofMinutes(1));
            List<HealthNotification> expectedThird = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                WatchTarget t = targets.get(i);
                if (i % 13 == 0) {
                    HealthEvent fresh = ongoing("new incident " + i, EventSeverity.ALARM, t3.minusSeconds(10));
                    fixture.put(t, fresh);
                    expectedThird.add(opened(t, fresh, null, t3));
                }
                if (i % 14 == 0) {
                    HealthEvent ended = alarms.get(i).withEndTime(t3.minusSeconds(5));
                    fixture.put(t, ended);
                    expectedThird.add(resolved(t, ended, EventSeverity.ALARM, t3, EventResolved.Reason.ENDED, 2));
                }
            }
            fixture.publish();
            PollSummary third = watcher.pollOnce();
            assertThat(third.failures()).isEmpty();
            assertThat(third.notifications()).containsExactlyElementsOf(expectedThird);
        });
        watcher.close();
        assertThat(fixture.server.requestCount()).isEqualTo(3000);
        assertThat(watcher.store()).isInstanceOf(InMemoryWatchStateStore.class);
        assertThat(watcher.store().load(targets.get(999))).isPresent();
    }

    @Test
    void underAShareOfThrottledRepliesNothingIsLostOrAnnouncedTwice() {
        List<WatchTarget> targets = new ArrayList<>();
        List<HealthNotification> expected = new ArrayList<>();
        Instant t1 = fixture.clock.instant();
        for (int i = 0; i < 1000; i++) {
            WatchTarget t = WatchTarget.of("cn-region-" + (i / 50), "product-" + (i % 50));
            targets.add(t);
            if (i % 3 == 0) {
                HealthEvent alarm = ongoing("incident " + i, EventSeverity.ALARM, T0.minus(Duration.ofMinutes(i % 90)));
                fixture.put(t, alarm);
                expected.add(opened(t, alarm, null, t1));
            }
        }
        fixture.publish();
        // Every poll's attempts may be throttled; with 3 attempts about 1 % of polls fail outright, and the
        // retry token bucket (500 tokens, 10 per throttled retry) runs dry on the way, failing many more.
        fixture.server.failRate(0.2, dev.slakit.testing.Fault.THROTTLING_USER, 7L);
        HealthWatcher watcher = fixture.watcher().targets(targets).build();

        assertTimeoutPreemptively(Duration.ofSeconds(45), () -> {
            PollSummary first = watcher.pollOnce();
            assertThat(first.failures()).isNotEmpty();
            assertThat(first.succeeded() + first.failures().size()).isEqualTo(1000);
            fixture.server.clearFaults();
            PollSummary second = watcher.pollOnce();
            assertThat(second.failures()).isEmpty();

            List<HealthNotification> all = new ArrayList<>(first.notifications());
            all.addAll(second.notifications());
            // Announced by the poll that first got through: observedAt is the same instant (the clock stood still).
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
            List<WatchTarget> failedFirst = first.failures().stream().map(PollFailure::target).toList();
            assertThat(second.notifications()).allSatisfy(n -> assertThat(failedFirst).contains(n.target()));
            assertThat(watcher.pollOnce().notifications()).isEmpty();
        });
        watcher.close();
    }
}
