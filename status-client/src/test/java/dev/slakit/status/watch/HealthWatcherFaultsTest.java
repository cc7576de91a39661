package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NORMAL;
import static dev.slakit.status.EventSeverity.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults found by trying the watcher as a user would (issue 10, item 2), each reproduced first. */
class HealthWatcherFaultsTest {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant START = Instant.parse("2026-11-22T04:30:00Z");

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(NOW);
    final HealthWatcher watcher = HealthWatcher.builder(client).target(ECS).clock(clock)
            .listenerExecutor(Runnable::run).build();

    @AfterEach
    void close() {
        watcher.close();
    }

    List<HealthNotification> poll(HealthEvent... events) {
        client.set(ECS, events);
        PollSummary summary = watcher.pollOnce();
        assertThat(summary.failures()).isEmpty();
        return summary.notifications();
    }

    @Test
    void theClockSteppingBackDoesNotReAnnounceAPlannedMaintenance() {
        // Planned 04:30-05:10, seen at 05:00 (in progress), at 05:15 (over), then the clock steps back 35 min.
        HealthEvent maintenance = HealthEvent.of("Planned upgrade", NOTIFICATION, START, NOW.plusSeconds(600));
        assertThat(poll(maintenance)).extracting(HealthNotification::kind)
                .containsExactly(HealthNotification.Kind.OPENED);
        clock.set(NOW.plus(Duration.ofMinutes(15)));
        assertThat(poll(maintenance)).extracting(HealthNotification::kind)
                .containsExactly(HealthNotification.Kind.RESOLVED);

        clock.set(NOW.minus(Duration.ofMinutes(20)));
        assertThat(poll(maintenance)).as("clock stepped back 35 minutes: nothing changed").isEmpty();
        clock.set(NOW.minus(Duration.ofMinutes(19)));
        assertThat(poll(maintenance)).isEmpty();
        clock.set(NOW.plus(Duration.ofMinutes(16)));
        assertThat(poll(maintenance)).as("and nothing when it catches up").isEmpty();
        assertThat(watcher.store().load(ECS).get().observedAt()).as("stored observation time never went back")
                .contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void oneEventListedTwiceWithTwoSeveritiesIsOneEventAtTheMostSevereAndDoesNotFlap() {
        HealthEvent alarm = HealthEvent.of("ECS degraded", ALARM, START, null);
        HealthEvent notice = alarm.withSeverity(NOTIFICATION);

        List<HealthNotification> first = poll(notice, alarm);
        assertThat(first).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(HealthNotification.Kind.OPENED);
            assertThat(n.event().severity()).as("the most severe wins").isEqualTo(ALARM);
        });
        for (int i = 0; i < 4; i++) {
            assertThat(poll(alarm, notice)).as("order flipped, poll %s", i).isEmpty();
            assertThat(poll(notice, alarm)).as("order flipped back, poll %s", i).isEmpty();
        }
        assertThat(watcher.store().load(ECS).get().events()).containsExactly(alarm);
    }

    @Test
    void theSeverityRuleIsATotalOrderIndependentOfListOrder() {
        HealthEvent alarm = HealthEvent.of("E", ALARM, START, null);
        HealthEvent notice = alarm.withSeverity(NOTIFICATION);
        HealthEvent normal = alarm.withSeverity(NORMAL);
        HealthEvent odd = HealthEvent.ofWire("E", "MAJOR", START, null);
        HealthEvent odder = HealthEvent.ofWire("E", "CRITICAL", START, null);
        HealthEvent alarmEnded = alarm.withEndTime(NOW);
        // rank: ALARM > NOTIFICATION > unknown > NORMAL; then ongoing over ended, later end, raw text
        assertThat(Reconciler.preferred(alarm, notice)).isSameAs(alarm);
        assertThat(Reconciler.preferred(notice, alarm)).isSameAs(alarm);
        assertThat(Reconciler.preferred(notice, odd)).isSameAs(notice);
        assertThat(Reconciler.preferred(odd, normal)).isSameAs(odd);
        assertThat(Reconciler.preferred(normal, odd)).isSameAs(odd);
        assertThat(Reconciler.preferred(alarmEnded, alarm)).isSameAs(alarm);
        assertThat(Reconciler.preferred(alarm, alarmEnded)).isSameAs(alarm);
        assertThat(Reconciler.preferred(alarm.withEndTime(NOW.plusSeconds(1)), alarmEnded).endTime())
                .contains(NOW.plusSeconds(1));
        assertThat(Reconciler.preferred(odd, odder)).isSameAs(Reconciler.preferred(odder, odd));
    }
}
