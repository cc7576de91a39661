package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NORMAL;
import static dev.slakit.status.EventSeverity.NOTIFICATION;
import static dev.slakit.status.EventSeverity.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The announcement rules, driven through pollOnce() with a scripted client and a test clock. */
class HealthWatcherReconcileTest {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");
    static final Instant END = Instant.parse("2026-11-22T04:00:00Z");

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(NOW);
    final List<HealthNotification> heard = new CopyOnWriteArrayList<>();
    final HealthWatcher watcher = HealthWatcher.builder(client).target(ECS).lookbackDays(2).clock(clock)
            .listenerExecutor(Runnable::run).listener(heard::add).build();

    @AfterEach
    void close() {
        watcher.close();
    }

    static HealthEvent event(String title, dev.slakit.status.EventSeverity s) {
        return HealthEvent.of(title, s, START, null);
    }

    List<HealthNotification> poll(HealthEvent... events) {
        client.set(ECS, events);
        PollSummary summary = watcher.pollOnce();
        assertThat(summary.failures()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        return summary.notifications();
    }

    @Test
    void firstPollAnnouncesActiveEventsAndStoresOverOnesSilently() {
        HealthEvent alarm = event("ECS degraded", ALARM);
        HealthEvent maintenance = event("Planned upgrade", NOTIFICATION);
        HealthEvent normal = event("Was fine", NORMAL);
        HealthEvent ended = HealthEvent.of("Over already", ALARM, START, END);

        List<HealthNotification> out = poll(alarm, maintenance, normal, ended);

        assertThat(out).extracting(HealthNotification::kind).containsExactly(HealthNotification.Kind.OPENED,
                HealthNotification.Kind.OPENED);
        HealthNotification first = out.get(0);
        assertThat(first).isInstanceOf(EventOpened.class);
        assertThat(first.event()).isEqualTo(alarm);
        assertThat(first.isIncident()).isTrue();
        assertThat(first.isMaintenance()).isFalse();
        assertThat(first.previousSeverity()).isEmpty();
        assertThat(((EventOpened) first).isReopened()).isFalse();
        assertThat(first.regionId()).isEqualTo("cn-hangzhou");
        assertThat(first.productId()).isEqualTo("ecs");
        assertThat(first.target()).isEqualTo(ECS);
        assertThat(first.observedAt()).isEqualTo(NOW);
        assertThat(first.key()).isEqualTo(EventKey.of(ECS, "ECS degraded", START));
        assertThat(out.get(1).isMaintenance()).isTrue();
        assertThat(out.get(1).isIncident()).isFalse();
        assertThat(heard).isEqualTo(out);
        assertThat(watcher.store().load(ECS).get().events()).containsExactly(alarm, maintenance, normal, ended);
    }

    @Test
    void unchangedEventsAreNeverAnnouncedTwice() {
        HealthEvent alarm = event("ECS degraded", ALARM);
        assertThat(poll(alarm)).hasSize(1);
        for (int i = 0; i < 5; i++) {
            assertThat(poll(alarm)).isEmpty();
        }
        assertThat(heard).hasSize(1);
    }

    @Test
    void severityGoingUpAndDownIsAChange() {
        HealthEvent e = event("Network jitter", NOTIFICATION);
        poll(e);
        List<HealthNotification> up = poll(e.withSeverity(ALARM));
        assertThat(up).singleElement().isInstanceOfSatisfying(SeverityChanged.class, c -> {
            assertThat(c.fromSeverity()).isEqualTo(NOTIFICATION);
            assertThat(c.toSeverity()).isEqualTo(ALARM);
            assertThat(c.previousSeverity()).contains(NOTIFICATION);
            assertThat(c.isIncident()).isTrue();
            assertThat(c.kind()).isEqualTo(HealthNotification.Kind.SEVERITY_CHANGED);
        });
        List<HealthNotification> down = poll(e.withSeverity(NOTIFICATION));
        assertThat(down).singleElement().isInstanceOfSatisfying(SeverityChanged.class, c -> {
            assertThat(c.fromSeverity()).isEqualTo(ALARM);
            assertThat(c.isMaintenance()).isTrue();
        });
        assertThat(poll(e.withSeverity(NOTIFICATION))).isEmpty();
    }

    @Test
    void flappingAlarmNormalAlarmIsOpenedResolvedReopened() {
        HealthEvent alarm = event("Flapping", ALARM);
        List<HealthNotification> all = new ArrayList<>();
        all.addAll(poll(alarm));
        all.addAll(poll(alarm.withSeverity(NORMAL)));
        all.addAll(poll(alarm.withSeverity(NORMAL)));
        all.addAll(poll(alarm));
        all.addAll(poll(alarm.withSeverity(NORMAL)));

        assertThat(all).extracting(HealthNotification::kind).containsExactly(HealthNotification.Kind.OPENED,
                HealthNotification.Kind.RESOLVED, HealthNotification.Kind.OPENED, HealthNotification.Kind.RESOLVED);
        EventResolved resolved = (EventResolved) all.get(1);
        assertThat(resolved.reason()).isEqualTo(EventResolved.Reason.WENT_NORMAL);
        assertThat(resolved.activeSeverity()).isEqualTo(ALARM);
        assertThat(resolved.isIncident()).isTrue();
        assertThat(resolved.event().severity()).isEqualTo(NORMAL);
        EventOpened reopened = (EventOpened) all.get(2);
        assertThat(reopened.isReopened()).isTrue();
        assertThat(reopened.previousSeverity()).contains(NORMAL);
        assertThat(all).extracting(HealthNotification::key).containsOnly(EventKey.of(ECS, "Flapping", START));
    }

    @Test
    void anEndTimeResolvesWithReasonEnded() {
        HealthEvent m = event("Maintenance", NOTIFICATION);
        poll(m);
        List<HealthNotification> out = poll(m.withEndTime(END).withSeverity(NORMAL));
        assertThat(out).singleElement().isInstanceOfSatisfying(EventResolved.class, r -> {
            assertThat(r.reason()).isEqualTo(EventResolved.Reason.ENDED);
            assertThat(r.isMaintenance()).isTrue();
            assertThat(r.event().endTime()).contains(END);
            assertThat(r.previousSeverity()).contains(NOTIFICATION);
        });
        assertThat(poll(m.withEndTime(END).withSeverity(NORMAL))).isEmpty();
    }

    @Test
    void inactiveEventsChangingStayQuiet() {
        HealthEvent normal = event("Quiet", NORMAL);
        poll(normal);
        assertThat(poll(normal.withEndTime(END))).isEmpty();
        assertThat(watcher.store().load(ECS).get().events()).containsExactly(normal.withEndTime(END));
    }

    @Test
    void anActiveEventThatVanishesInsideTheWindowIsResolvedAsVanished() {
        HealthEvent alarm = event("Withdrawn", ALARM);
        HealthEvent quiet = event("Quiet", NORMAL);
        poll(alarm, quiet);
        List<HealthNotification> out = poll();
        assertThat(out).singleElement().isInstanceOfSatisfying(EventResolved.class, r -> {
            assertThat(r.reason()).isEqualTo(EventResolved.Reason.VANISHED);
            assertThat(r.event()).isEqualTo(alarm);
        });
        assertThat(watcher.store().load(ECS).get().events()).isEmpty();
        assertThat(poll()).isEmpty();
    }

    @Test
    void anEventThatAgedOutOfTheLookbackIsForgottenSilently() {
        // lookback 2 days in Asia/Shanghai: on 2026-11-22 the window (2 calendar days ending with EndDate)
        // starts 2026-11-21T00:00+08:00.
        Instant oldStart = Instant.parse("2026-11-20T15:59:59Z");
        HealthEvent old = HealthEvent.of("Long incident", ALARM, oldStart, null);
        HealthEvent edge = HealthEvent.of("Edge incident", ALARM, Instant.parse("2026-11-20T16:00:00Z"), null);
        assertThat(poll(old, edge)).hasSize(2);
        List<HealthNotification> out = poll();
        assertThat(out).singleElement().satisfies(n -> assertThat(n.event()).isEqualTo(edge));
        assertThat(watcher.store().load(ECS).get().events()).isEmpty();
    }

    @Test
    void eventsOverBeforeASecondPollAreAnnouncedAsOpenedThenResolved() {
        poll();
        HealthEvent shortAlarm = HealthEvent.of("Short", ALARM, START, END);
        HealthEvent shortNormal = HealthEvent.of("Short normal", NORMAL, START, END);
        List<HealthNotification> out = poll(shortAlarm, shortNormal);
        assertThat(out).extracting(HealthNotification::kind).containsExactly(HealthNotification.Kind.OPENED,
                HealthNotification.Kind.RESOLVED);
        assertThat(out).extracting(HealthNotification::event).containsOnly(shortAlarm);
        assertThat(out.get(0).observedAt()).isEqualTo(out.get(1).observedAt());
        assertThat(((EventResolved) out.get(1)).reason()).isEqualTo(EventResolved.Reason.ENDED);
        assertThat(out.get(1).isIncident()).isTrue();
        assertThat(poll(shortAlarm, shortNormal)).isEmpty();
    }

    @Test
    void anUnknownSeverityIsActiveButNeitherIncidentNorMaintenance() {
        HealthEvent odd = HealthEvent.ofWire("Odd", "CRITICAL", START, null);
        List<HealthNotification> out = poll(odd);
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.activeSeverity()).isEqualTo(UNKNOWN);
            assertThat(n.isIncident()).isFalse();
            assertThat(n.isMaintenance()).isFalse();
        });
        assertThat(poll(odd.withSeverity(ALARM))).singleElement().isInstanceOf(SeverityChanged.class);
    }

    @Test
    void aDuplicateEntryInOneReplyIsOneEventAndTheLaterEntryWins() {
        HealthEvent a = event("Twice", NOTIFICATION);
        List<HealthNotification> out = poll(a, a.withSeverity(ALARM));
        assertThat(out).singleElement().satisfies(n -> assertThat(n.event().severity()).isEqualTo(ALARM));
        assertThat(watcher.store().load(ECS).get().events()).containsExactly(a.withSeverity(ALARM));
    }

    @Test
    void titleAndStartMakeTheIdentity() {
        HealthEvent a = event("Same title", ALARM);
        HealthEvent b = HealthEvent.of("Same title", ALARM, START.plusSeconds(1), null);
        assertThat(poll(a)).hasSize(1);
        List<HealthNotification> out = poll(a, b);
        assertThat(out).singleElement().satisfies(n -> assertThat(n.key().startTime()).isEqualTo(START.plusSeconds(1)));
    }

    @Test
    void requestsAskForTodayInTheZoneAndTheLookback() {
        poll();
        ListEventsRequest r = client.requests.get(0);
        assertThat(r.regionId()).isEqualTo("cn-hangzhou");
        assertThat(r.productId()).isEqualTo("ecs");
        assertThat(r.numOfDay()).isEqualTo(2);
        // 2026-11-22T05:00Z is 13:00 in Shanghai; at 17:00Z it is already the 23rd there.
        assertThat(r.endDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        clock.set(Instant.parse("2026-11-22T17:00:00Z"));
        poll();
        assertThat(client.requests.get(1).endDate()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void theZoneIsConfigurable() {
        try (HealthWatcher utc = HealthWatcher.builder(client).target(ECS).clock(clock).zone(ZoneOffset.UTC).build()) {
            clock.set(Instant.parse("2026-11-22T17:00:00Z"));
            utc.pollOnce();
            assertThat(client.requests.get(0).endDate()).isEqualTo(LocalDate.of(2026, 11, 22));
            assertThat(client.requests.get(0).numOfDay()).isEqualTo(HealthWatcher.DEFAULT_LOOKBACK_DAYS);
        }
    }

    @Test
    void theStoreIsWrittenOnlyWhenSomethingChanged() {
        CountingStore store = new CountingStore();
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store).build()) {
            client.set(ECS);
            w.pollOnce();
            assertThat(store.saves).isEqualTo(1);
            w.pollOnce();
            assertThat(store.saves).isEqualTo(1);
            client.set(ECS, event("New", ALARM));
            w.pollOnce();
            w.pollOnce();
            assertThat(store.saves).isEqualTo(2);
        }
    }

    /** Counts saves. */
    static final class CountingStore implements WatchStateStore {
        final InMemoryWatchStateStore delegate = new InMemoryWatchStateStore();
        int saves;

        @Override
        public java.util.Optional<TargetState> load(WatchTarget target) {
            return delegate.load(target);
        }

        @Override
        public void commit(TargetState state, List<HealthNotification> produced) {
            saves++;
            delegate.commit(state, produced);
        }

        @Override
        public List<HealthNotification> pending() {
            return delegate.pending();
        }

        @Override
        public void markDelivered(java.util.Collection<String> ids) {
            delegate.markDelivered(ids);
        }
    }

    @Test
    void aPlannedEndAheadOfTheObservationKeepsTheEventActiveUntilItPasses() {
        // Listed 01:00-07:00 and observed at 05:00: maintenance in progress, not over.
        HealthEvent planned = HealthEvent.of("Planned upgrade", NOTIFICATION, START, NOW.plus(Duration.ofHours(2)));

        assertThat(poll(planned)).extracting(HealthNotification::kind)
                .containsExactly(HealthNotification.Kind.OPENED);
        assertThat(poll(planned)).as("unchanged, end still ahead").isEmpty();
        clock.set(NOW.plus(Duration.ofHours(2)));
        List<HealthNotification> out = poll(planned);
        assertThat(out).singleElement().isInstanceOfSatisfying(EventResolved.class,
                r -> assertThat(r.reason()).isEqualTo(EventResolved.Reason.ENDED));
        assertThat(poll(planned)).as("announced once").isEmpty();
        assertThat(watcher.store().load(ECS).get().observedAt()).contains(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void twoUnknownSeveritiesDifferByTheirRawText() {
        HealthEvent major = HealthEvent.ofWire("Odd", "MAJOR", START, null);
        HealthEvent critical = HealthEvent.ofWire("Odd", "CRITICAL", START, null);

        assertThat(poll(major)).extracting(HealthNotification::kind).containsExactly(HealthNotification.Kind.OPENED);
        List<HealthNotification> out = poll(critical);
        assertThat(out).singleElement().isInstanceOfSatisfying(SeverityChanged.class,
                c -> assertThat(c.event().rawSeverity()).isEqualTo("CRITICAL"));
        assertThat(poll(critical)).isEmpty();
    }
}
