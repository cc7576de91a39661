package dev.slakit.status.watch;

import static dev.slakit.status.watch.WatchFixture.T0;
import static dev.slakit.status.watch.WatchFixture.opened;
import static dev.slakit.status.watch.WatchFixture.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.SampleEvents;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events listed with an end time that is still in the future: a scheduled maintenance in progress, published with
 * its planned end (the dashboard's sample maintenance notice has both times).
 */
class HealthWatcherPlannedEndAgainstFakeServerTest {

    private static final WatchTarget OSS = WatchTarget.of("cn-shanghai", "oss");

    private final WatchFixture fixture = new WatchFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aMaintenanceInProgressWithAPlannedEndIsOpenedNowAndResolvedWhenItsEndPasses() {
        HealthEvent maintenance = SampleEvents.notification().startedAt(T0.minus(Duration.ofHours(1)))
                .endedAt(T0.plus(Duration.ofHours(1))).build();
        fixture.put(OSS, maintenance).publish();
        HealthWatcher watcher = fixture.watcher().target(OSS).build();
        try {
            Instant t1 = fixture.clock.instant();
            assertThat(watcher.pollOnce().notifications()).containsExactly(opened(OSS, maintenance, null, t1));

            fixture.advance(Duration.ofMinutes(30));
            assertThat(watcher.pollOnce().notifications()).as("still in progress").isEmpty();

            Instant t3 = fixture.advance(Duration.ofMinutes(31));
            assertThat(watcher.pollOnce().notifications()).containsExactly(
                    resolved(OSS, maintenance, EventSeverity.NOTIFICATION, t3, EventResolved.Reason.ENDED, 2));
        } finally {
            watcher.close();
        }
    }

    @Test
    void anEventThatEndedBeforeTheFirstPollIsHistoryAndStaysSilent() {
        HealthEvent over = SampleEvents.notification().startedAt(T0.minus(Duration.ofHours(3)))
                .lasting(Duration.ofHours(2)).build();
        fixture.put(OSS, over).publish();
        HealthWatcher watcher = fixture.watcher().target(OSS).build();
        try {
            assertThat(watcher.pollOnce().notifications()).isEmpty();
            fixture.advance(Duration.ofHours(1));
            assertThat(watcher.pollOnce().notifications()).isEmpty();
            assertThat(watcher.store().load(OSS)).hasValueSatisfying(
                    state -> assertThat(state.events()).containsExactly(over));
        } finally {
            watcher.close();
        }
    }
}
