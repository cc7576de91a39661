package dev.slakit.status.watch;

import static dev.slakit.status.watch.WatchFixture.T0;
import static dev.slakit.status.watch.WatchFixture.changed;
import static dev.slakit.status.watch.WatchFixture.concat;
import static dev.slakit.status.watch.WatchFixture.ongoing;
import static dev.slakit.status.watch.WatchFixture.opened;
import static dev.slakit.status.watch.WatchFixture.resolved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import dev.slakit.testing.Fault;
import dev.slakit.testing.RecordedStatusRequest;
import dev.slakit.testing.SampleEvents;
import dev.slakit.testing.StatusReply;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link HealthWatcher} polling slakit's {@code StatusClient} against the {@code FakeStatusServer}, with one
 * {@code TestClock} for the server, the client's signatures and the watcher: flapping events, failed polls in the
 * middle, and the scheduled mode.
 */
class HealthWatcherAgainstFakeServerTest {

    private static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    private static final WatchTarget OSS = WatchTarget.of("cn-shanghai", "oss");

    private final WatchFixture fixture = new WatchFixture();
    private HealthWatcher watcher;

    @AfterEach
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
        fixture.close();
    }

    @Test
    void aFlappingEventIsAnnouncedOnceForEachChange() throws Exception {
        watcher = fixture.watcher().target(ECS).build();
        HealthEvent alarm = ongoing(SampleEvents.ECS_NETWORK_HANGZHOU, EventSeverity.ALARM,
                T0.minus(Duration.ofMinutes(40)).plusMillis(123));
        fixture.put(ECS, alarm).publish();

        Instant t1 = fixture.clock.instant();
        List<HealthNotification> first = watcher.pollOnce().notifications();
        assertThat(first).containsExactly(opened(ECS, alarm, null, t1));
        EventOpened opening = (EventOpened) first.get(0);
        assertThat(opening.isReopened()).isFalse();
        assertThat(opening.isIncident()).isTrue();
        assertThat(opening.regionId()).isEqualTo("cn-hangzhou");
        assertThat(opening.productId()).isEqualTo("ecs");
        assertThat(opening.key()).isEqualTo(EventKey.of(ECS, SampleEvents.ECS_NETWORK_HANGZHOU, alarm.startTime()));

        fixture.advance(Duration.ofMinutes(1));
        assertThat(watcher.pollOnce().notifications()).as("unchanged").isEmpty();

        HealthEvent normal = alarm.withSeverity(EventSeverity.NORMAL);
        fixture.put(ECS, normal).publish();
        Instant t3 = fixture.advance(Duration.ofMinutes(1));
        List<HealthNotification> third = watcher.pollOnce().notifications();
        assertThat(third).containsExactly(
                resolved(ECS, normal, EventSeverity.ALARM, t3, EventResolved.Reason.WENT_NORMAL, 2));
        assertThat(third.get(0).isIncident()).as("an incident was resolved").isTrue();

        fixture.put(ECS, alarm).publish();
        Instant t4 = fixture.advance(Duration.ofMinutes(1));
        List<HealthNotification> fourth = watcher.pollOnce().notifications();
        assertThat(fourth).containsExactly(opened(ECS, alarm, EventSeverity.NORMAL, t4, 3));
        assertThat(((EventOpened) fourth.get(0)).isReopened()).isTrue();

        HealthEvent notice = alarm.withSeverity(EventSeverity.NOTIFICATION);
        fixture.put(ECS, notice).publish();
        Instant t5 = fixture.advance(Duration.ofMinutes(1));
        List<HealthNotification> fifth = watcher.pollOnce().notifications();
        assertThat(fifth).containsExactly(changed(ECS, notice, EventSeverity.ALARM, t5, 4));
        assertThat(fifth.get(0).isMaintenance()).isTrue();

        HealthEvent ended = notice.withEndTime(t5.plusSeconds(30));
        fixture.put(ECS, ended).publish();
        Instant t6 = fixture.advance(Duration.ofMinutes(1));
        List<HealthNotification> sixth = watcher.pollOnce().notifications();
        assertThat(sixth).containsExactly(
                resolved(ECS, ended, EventSeverity.NOTIFICATION, t6, EventResolved.Reason.ENDED, 5));

        fixture.advance(Duration.ofMinutes(1));
        assertThat(watcher.pollOnce().notifications()).as("still ended").isEmpty();

        fixture.recorder.awaitNotifications(concat(first, third, fourth, fifth, sixth));
        assertThat(fixture.recorder.failures).isEmpty();
        assertThat(fixture.server.requestCount()).isEqualTo(7);
    }

    @Test
    void anEventThatVanishesWhileInTheWindowIsResolvedAndOpenedAgainWhenItComesBack() throws Exception {
        watcher = fixture.watcher().target(ECS).build();
        HealthEvent alarm = ongoing("ECS API errors", EventSeverity.ALARM, T0.minus(Duration.ofHours(2)));
        fixture.put(ECS, alarm).publish();
        watcher.pollOnce();

        fixture.remove(ECS, alarm).publish();
        Instant t2 = fixture.advance(Duration.ofMinutes(1));
        assertThat(watcher.pollOnce().notifications())
                .containsExactly(resolved(ECS, alarm, EventSeverity.ALARM, t2, EventResolved.Reason.VANISHED, 2));

        fixture.put(ECS, alarm).publish();
        Instant t3 = fixture.advance(Duration.ofMinutes(1));
        assertThat(watcher.pollOnce().notifications()).containsExactly(opened(ECS, alarm, null, t3, 3));
    }

    @Test
    void theRequestsAskForTheLookbackDaysUpToTodayInShanghai() {
        watcher = fixture.watcher().target(ECS).lookbackDays(3).build();
        // 17:30 UTC is 01:30 the next day in Shanghai.
        fixture.clock.set(Instant.parse("2026-11-22T17:30:00Z"));

        watcher.pollOnce();

        RecordedStatusRequest request = fixture.server.requests().get(0);
        assertThat(request.parameters()).containsEntry("RegionId", "cn-hangzhou").containsEntry("ProductId", "ecs")
                .containsEntry("EndDate", LocalDate.of(2026, 11, 23).toString()).containsEntry("NumOfDay", "3");
    }

    @Test
    void failedPollsInTheMiddleGoToTheErrorListenerAndTheNextGoodPollLosesNothing() throws Exception {
        watcher = fixture.watcher().target(ECS).target(OSS).build();
        HealthEvent a1 = ongoing("ECS network jitter", EventSeverity.ALARM, T0.minus(Duration.ofHours(1)));
        HealthEvent b1 = ongoing(SampleEvents.OSS_MAINTENANCE_SHANGHAI, EventSeverity.NOTIFICATION,
                T0.minus(Duration.ofMinutes(30)));
        fixture.put(ECS, a1).put(OSS, b1).publish();
        Instant t1 = fixture.clock.instant();
        PollSummary poll1 = watcher.pollOnce();
        assertThat(poll1.notifications()).containsExactly(opened(ECS, a1, null, t1), opened(OSS, b1, null, t1));

        // While ECS cannot be polled: a1 ends, a2 opens; OSS's notice turns into an alarm.
        Instant t2 = fixture.advance(Duration.ofMinutes(1));
        HealthEvent a1Ended = a1.withEndTime(t2.minusSeconds(30));
        HealthEvent a2 = ongoing("ECS disk latency", EventSeverity.ALARM, t1.plusSeconds(20));
        HealthEvent b1Alarm = b1.withSeverity(EventSeverity.ALARM);
        fixture.put(ECS, a1Ended).put(ECS, a2).put(OSS, b1Alarm).publish();
        // ECS is polled first: its three attempts take the three faults, OSS gets through.
        fixture.server.failNext(WatchFixture.MAX_ATTEMPTS, Fault.INTERNAL_ERROR);
        PollSummary poll2 = watcher.pollOnce();
        assertThat(poll2.polled()).isEqualTo(2);
        assertThat(poll2.succeeded()).isEqualTo(1);
        assertThat(poll2.notifications()).containsExactly(changed(OSS, b1Alarm, EventSeverity.NOTIFICATION, t2, 2));
        assertThat(poll2.failures()).hasSize(1);
        PollFailure ecsFailure = poll2.failures().get(0);
        assertThat(ecsFailure.target()).isEqualTo(ECS);
        assertThat(ecsFailure.attempt()).isEqualTo(1);
        assertThat(ecsFailure.failedAt()).isEqualTo(t2);
        assertThat(ecsFailure.nextAttemptAt()).as("not started: nothing scheduled").isEmpty();
        assertThat(ecsFailure.error()).isInstanceOf(StatusServiceException.class);
        assertThat(((StatusServiceException) ecsFailure.error()).code()).isEqualTo("InternalError");
        assertThat(((StatusServiceException) ecsFailure.error()).attempts()).isEqualTo(WatchFixture.MAX_ATTEMPTS);

        // Both targets down now; meanwhile a3 begins and ends on ECS.
        Instant t3 = fixture.advance(Duration.ofMinutes(1));
        HealthEvent a3 = HealthEvent.of("ECS console unreachable", EventSeverity.ALARM, t2.plusSeconds(10),
                t2.plusSeconds(40));
        fixture.put(ECS, a3).publish();
        fixture.server.failNext(2 * WatchFixture.MAX_ATTEMPTS, Fault.DISCONNECT);
        PollSummary poll3 = watcher.pollOnce();
        assertThat(poll3.notifications()).isEmpty();
        assertThat(poll3.failures()).extracting(PollFailure::target).containsExactly(ECS, OSS);
        assertThat(poll3.failures()).extracting(PollFailure::attempt).containsExactly(2, 1);
        assertThat(poll3.failures()).allSatisfy(f -> {
            assertThat(f.error()).isInstanceOf(StatusClientException.class);
            assertThat(((StatusClientException) f.error()).attempts()).isEqualTo(WatchFixture.MAX_ATTEMPTS);
            assertThat(f.failedAt()).isEqualTo(t3);
        });

        // The first good poll announces every change of the outage once, newest start first per target.
        Instant t4 = fixture.advance(Duration.ofMinutes(1));
        PollSummary poll4 = watcher.pollOnce();
        assertThat(poll4.failures()).isEmpty();
        assertThat(poll4.notifications()).containsExactly(
                opened(ECS, a3, null, t4),
                resolved(ECS, a3, EventSeverity.ALARM, t4, EventResolved.Reason.ENDED, 2),
                opened(ECS, a2, null, t4),
                resolved(ECS, a1Ended, EventSeverity.ALARM, t4, EventResolved.Reason.ENDED, 2));

        fixture.advance(Duration.ofMinutes(1));
        PollSummary poll5 = watcher.pollOnce();
        assertThat(poll5.notifications()).isEmpty();
        assertThat(poll5.failures()).isEmpty();

        fixture.recorder.awaitNotifications(concat(poll1.notifications(), poll2.notifications(),
                poll4.notifications()));
        fixture.recorder.awaitFailures(3);
        assertThat(fixture.recorder.failures).extracting(PollFailure::target).containsExactly(ECS, ECS, OSS);
        assertThat(fixture.recorder.failures.get(0).error()).isSameAs(ecsFailure.error());
    }

    @Test
    void aFailureAfterAGoodPollOfTheSameTargetResetsTheFailureCount() {
        watcher = fixture.watcher().target(ECS).build();
        fixture.server.failNext(WatchFixture.MAX_ATTEMPTS, Fault.THROTTLING_USER);
        assertThat(watcher.pollOnce().failures()).extracting(PollFailure::attempt).containsExactly(1);
        assertThat(watcher.pollOnce().failures()).isEmpty();
        fixture.server.failNext(WatchFixture.MAX_ATTEMPTS, Fault.THROTTLING_USER);
        assertThat(watcher.pollOnce().failures()).extracting(PollFailure::attempt).containsExactly(1);
    }

    @Test
    void aWrongSecretFailsEveryPollWithoutRetriesAndAnnouncesNothing() throws Exception {
        try (dev.slakit.status.StatusClient wrong = dev.slakit.status.FakeServerClients.clientFor(fixture.server)
                .credentials(dev.slakit.status.auth.Credentials.of(fixture.server.credentials().accessKeyId(), "wrong"))
                .build()) {
            fixture.put(ECS, SampleEvents.alarm().build()).publish();
            watcher = HealthWatcher.builder(wrong).clock(fixture.clock).target(ECS)
                    .errorListener(fixture.recorder.failures::add).build();

            PollSummary summary = watcher.pollOnce();

            assertThat(summary.notifications()).isEmpty();
            assertThat(summary.failures()).singleElement().satisfies(f -> assertThat(
                    ((StatusServiceException) f.error()).code()).isEqualTo("SignatureDoesNotMatch"));
            assertThat(fixture.server.requestCount()).isEqualTo(1);
            fixture.recorder.awaitFailures(1);
        }
    }

    @Test
    void scheduledPollingDeliversNotificationsAndCloseStopsIt() throws Exception {
        HealthEvent a1 = ongoing("ECS network jitter", EventSeverity.ALARM, T0.minus(Duration.ofHours(1)));
        fixture.put(ECS, a1).publish();
        watcher = fixture.watcher().target(ECS).target(OSS).interval(Duration.ofMillis(50))
                .maxBackoff(Duration.ofMillis(200)).build();
        Instant at = fixture.clock.instant();

        watcher.start();
        fixture.recorder.awaitNotifications(List.of(opened(ECS, a1, null, at)));

        HealthEvent b1 = ongoing("OSS request errors", EventSeverity.ALARM, T0.minus(Duration.ofMinutes(5)));
        fixture.server.addEvent(OSS.regionId(), OSS.productId(), b1);
        fixture.recorder.awaitNotifications(List.of(opened(ECS, a1, null, at), opened(OSS, b1, null, at)));

        // The service throttles everything for a while: polls fail (all their attempts throttled), are reported
        // with their next attempt, and back off. The data changes meanwhile (no poll can see it half-changed).
        AtomicBoolean down = new AtomicBoolean(true);
        fixture.server.dispatcher(request -> down.get() ? StatusReply.fault(Fault.THROTTLING) : StatusReply.proceed());
        awaitFailuresOf(ECS, OSS);
        HealthEvent a1Ended = a1.withEndTime(at.minusSeconds(1));
        fixture.put(ECS, a1Ended).put(OSS, b1).publish();
        down.set(false);
        fixture.recorder.awaitNotifications(List.of(opened(ECS, a1, null, at), opened(OSS, b1, null, at),
                resolved(ECS, a1Ended, EventSeverity.ALARM, at, EventResolved.Reason.ENDED, 2)));
        assertThat(fixture.recorder.failures).allSatisfy(f -> {
            assertThat(f.nextAttemptAt()).isPresent();
            assertThat(((StatusServiceException) f.error()).code()).isEqualTo("Throttling");
            assertThat(((StatusServiceException) f.error()).attempts()).isEqualTo(WatchFixture.MAX_ATTEMPTS);
        });
        assertThat(fixture.recorder.failures).filteredOn(f -> f.target().equals(ECS))
                .extracting(PollFailure::attempt).startsWith(1);
        // Dozens of polls ran meanwhile; none announced anything twice.
        assertThat(fixture.server.requestCount()).isGreaterThan(6);

        watcher.close();
        assertThat(watcher.isClosed()).isTrue();
        Thread.sleep(100);
        int afterClose = fixture.server.requestCount();
        Thread.sleep(300);
        assertThat(fixture.server.requestCount()).as("no poll after close").isEqualTo(afterClose);
        assertThatIllegalStateException().isThrownBy(watcher::pollOnce);
        watcher.close();
        // The watcher does not close the client it was given.
        assertThat(fixture.client.listEvents(dev.slakit.status.FakeServerClients.request("cn-hangzhou", "ecs",
                LocalDate.of(2026, 11, 22), 1)).events()).hasSize(1);
    }

    @Test
    void fastScheduledPollingAnnouncesEachChangeOfAFlappingEventOnce() throws Exception {
        HealthEvent alarm = ongoing("ECS network jitter", EventSeverity.ALARM, T0.minus(Duration.ofMinutes(10)));
        // The dispatcher answers from one snapshot, so a change reaches every later poll at once.
        AtomicReference<List<HealthEvent>> listed = new AtomicReference<>(List.of(alarm));
        fixture.server.dispatcher(request -> StatusReply.events(
                request.parameter("RegionId").orElse("").equals(ECS.regionId()) ? listed.get() : List.of()));
        watcher = fixture.watcher().target(ECS).target(OSS).interval(Duration.ofMillis(5)).build();
        Instant at = fixture.clock.instant();
        HealthEvent notice = alarm.withSeverity(EventSeverity.NOTIFICATION);
        HealthEvent normal = alarm.withSeverity(EventSeverity.NORMAL);
        HealthEvent ended = alarm.withEndTime(at);
        List<HealthNotification> expected = new ArrayList<>();

        watcher.start();
        expected.add(opened(ECS, alarm, null, at));
        fixture.recorder.awaitNotifications(expected);
        listed.set(List.of(notice));
        expected.add(changed(ECS, notice, EventSeverity.ALARM, at, 2));
        fixture.recorder.awaitNotifications(expected);
        listed.set(List.of(normal));
        expected.add(resolved(ECS, normal, EventSeverity.NOTIFICATION, at, EventResolved.Reason.WENT_NORMAL, 3));
        fixture.recorder.awaitNotifications(expected);
        listed.set(List.of(alarm));
        expected.add(opened(ECS, alarm, EventSeverity.NORMAL, at, 4));
        fixture.recorder.awaitNotifications(expected);
        listed.set(List.of(ended));
        expected.add(resolved(ECS, ended, EventSeverity.ALARM, at, EventResolved.Reason.ENDED, 5));
        fixture.recorder.awaitNotifications(expected);
        Thread.sleep(100);

        assertThat(fixture.recorder.notifications).containsExactlyElementsOf(expected);
        assertThat(fixture.recorder.failures).isEmpty();
        assertThat(fixture.server.requestCount()).isGreaterThan(20);
    }

    private void awaitFailuresOf(WatchTarget... targets) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !fixture.recorder.failures.stream().map(PollFailure::target)
                .collect(java.util.stream.Collectors.toSet()).containsAll(List.of(targets))) {
            Thread.sleep(5);
        }
        assertThat(fixture.recorder.failures).extracting(PollFailure::target).contains(targets);
    }
}
