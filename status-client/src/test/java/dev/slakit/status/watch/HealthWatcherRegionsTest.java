package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.StatusClientException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The rules of {@link HealthWatcher.Builder#regions(String...)} on a scripted client. */
class HealthWatcherRegionsTest {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final Instant START = NOW.minus(Duration.ofHours(1));

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(NOW);

    static EventImpact impact(String region, String product, Instant start, Instant recoveryOrNull) {
        return EventImpact.builder().product(product, product.toUpperCase()).region(region, region)
                .startTime(start).recoveryTime(recoveryOrNull).build();
    }

    static EventInProgress event(long id, String title, List<EventUpdate> updates, EventImpact... impacts) {
        return EventInProgress.of(id, title, START, updates, Arrays.asList(impacts));
    }

    static EventInProgress event(long id, EventImpact... impacts) {
        return event(id, "event " + id, Collections.<EventUpdate>emptyList(), impacts);
    }

    HealthWatcher.Builder watcher() {
        return HealthWatcher.builder(client).clock(clock).regions("cn-hangzhou");
    }

    @Test
    void aPairRecoveredAndImpactedAgainIsReopenedWithTheNextRevision() {
        try (HealthWatcher w = watcher().build()) {
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, null)));
            assertThat(w.pollOnce().notifications()).extracting(HealthNotification::kind)
                    .containsExactly(HealthNotification.Kind.OPENED);
            clock.advance(Duration.ofMinutes(1));
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, NOW)));
            assertThat(w.pollOnce().notifications()).extracting(HealthNotification::kind)
                    .containsExactly(HealthNotification.Kind.RESOLVED);
            clock.advance(Duration.ofMinutes(1));
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, null)));
            List<HealthNotification> again = w.pollOnce().notifications();
            assertThat(again).hasSize(1);
            EventOpened reopened = (EventOpened) again.get(0);
            assertThat(reopened.isReopened()).isTrue();
            assertThat(reopened.previousSeverity()).contains(EventSeverity.ALARM);
            assertThat(reopened.revision()).isEqualTo(3);
        }
    }

    @Test
    void aPairImpactedAndRecoveredBetweenTwoPollsIsOpenedAndResolvedOnlyAfterTheFirstPoll() {
        try (HealthWatcher w = watcher().build()) {
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, NOW.minusSeconds(60))));
            assertThat(w.pollOnce().notifications()).as("history at the first poll").isEmpty();
            clock.advance(Duration.ofMinutes(1));
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, NOW.minusSeconds(60)),
                    impact("cn-hangzhou", "rds", START, NOW)));
            assertThat(w.pollOnce().notifications())
                    .extracting(HealthNotification::kind, HealthNotification::productId)
                    .containsExactly(tuple(HealthNotification.Kind.OPENED, "rds"),
                            tuple(HealthNotification.Kind.RESOLVED, "rds"));
        }
    }

    @Test
    void anImpactDroppedFromAListedEventIsResolvedAsVanished() {
        try (HealthWatcher w = watcher().build()) {
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, null),
                    impact("cn-hangzhou", "oss", START, null)));
            assertThat(w.pollOnce().notifications()).hasSize(2);
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, null)));
            List<HealthNotification> n = w.pollOnce().notifications();
            assertThat(n).extracting(HealthNotification::productId).containsExactly("oss");
            assertThat(((EventResolved) n.get(0)).reason()).isEqualTo(EventResolved.Reason.VANISHED);
        }
    }

    @Test
    void aPlannedRecoveryStillAheadIsActiveAndAClockSteppedBackAnnouncesNothingAgain() {
        try (HealthWatcher w = watcher().build()) {
            Instant recovery = NOW.plus(Duration.ofMinutes(30));
            client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, recovery)));
            assertThat(w.pollOnce().notifications()).extracting(HealthNotification::kind)
                    .containsExactly(HealthNotification.Kind.OPENED);
            clock.set(recovery.plusSeconds(1));
            assertThat(w.pollOnce().notifications()).extracting(HealthNotification::kind)
                    .containsExactly(HealthNotification.Kind.RESOLVED);
            clock.set(NOW);
            assertThat(w.pollOnce().notifications()).isEmpty();
        }
    }

    @Test
    void oneIdListedTwiceIsOneEventAndTwoImpactsOnOneProductMerge() {
        EventUpdate u1 = EventUpdate.of("investigating", NOW.minusSeconds(300));
        try (HealthWatcher w = watcher().build()) {
            client.inProgress(event(1, "a", Collections.singletonList(u1), impact("cn-hangzhou", "ecs", START, null)),
                    event(1, "a", Collections.singletonList(u1),
                            impact("cn-hangzhou", "ecs", START.minusSeconds(60), NOW.minusSeconds(5))));
            List<HealthNotification> n = w.pollOnce().notifications();
            assertThat(n).hasSize(1);
            assertThat(n.get(0).event().startTime()).isEqualTo(START.minusSeconds(60));
            assertThat(n.get(0).event().isOngoing()).as("ongoing if either impact is").isTrue();
            clock.advance(Duration.ofMinutes(1));
            assertThat(w.pollOnce().notifications()).isEmpty();
        }
    }

    @Test
    void eachPostedUpdateIsAnnouncedOncePerActivePairAndNotForARecoveredPair() {
        EventUpdate u1 = EventUpdate.of("investigating", NOW.minusSeconds(300));
        EventUpdate u2 = EventUpdate.of("mitigated", NOW.minusSeconds(30));
        EventUpdate u3 = EventUpdate.of("monitoring", NOW.minusSeconds(20));
        try (HealthWatcher w = watcher().build()) {
            client.inProgress(event(1, "a", Collections.singletonList(u1), impact("cn-hangzhou", "ecs", START, null),
                    impact("cn-hangzhou", "oss", START, null), impact("cn-hangzhou", "rds", START, NOW)));
            assertThat(w.pollOnce().notifications()).hasSize(2);
            client.inProgress(event(1, "a", Arrays.asList(u1, u2, u3), impact("cn-hangzhou", "ecs", START, null),
                    impact("cn-hangzhou", "oss", START, null), impact("cn-hangzhou", "rds", START, NOW)));
            List<HealthNotification> n = w.pollOnce().notifications();
            assertThat(n).extracting(HealthNotification::productId, x -> ((EventUpdated) x).update())
                    .containsExactly(tuple("ecs", u2), tuple("ecs", u3), tuple("oss", u2), tuple("oss", u3));
            assertThat(n).extracting(HealthNotification::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void eventsOfOtherRegionsInTheReplyAreIgnored() {
        try (HealthWatcher w = watcher().build()) {
            client.inProgress(event(1, impact("cn-beijing", "ecs", START, null)));
            assertThat(w.pollOnce().notifications()).isEmpty();
            assertThat(client.inProgressRequests).extracting(r -> r.regionIds())
                    .containsExactly(Collections.singletonList("cn-hangzhou"));
        }
    }

    @Test
    void aFailedCallIsReportedPerRegionAndTheNextGoodPollAnnouncesWhatChanged() {
        List<PollFailure> failures = new CopyOnWriteArrayList<>();
        try (HealthWatcher w = HealthWatcher.builder(client).clock(clock).regions("cn-hangzhou", "cn-shanghai")
                .errorListener(failures::add).build()) {
            client.inProgressFailure = new StatusClientException("connection refused", null);
            PollSummary s = w.pollOnce();
            assertThat(s.failures()).extracting(PollFailure::target, PollFailure::attempt)
                    .containsExactly(tuple(WatchTarget.allProducts("cn-hangzhou"), 1),
                            tuple(WatchTarget.allProducts("cn-shanghai"), 1));
            assertThat(w.pollOnce().failures()).extracting(PollFailure::attempt).containsExactly(2, 2);
            client.inProgressFailure = null;
            client.inProgress(event(1, impact("cn-shanghai", "oss", START, null)));
            s = w.pollOnce();
            assertThat(s.failures()).isEmpty();
            assertThat(s.notifications()).extracting(HealthNotification::regionId).containsExactly("cn-shanghai");
            client.inProgressFailure = new StatusClientException("connection refused", null);
            assertThat(w.pollOnce().failures()).extracting(PollFailure::attempt).as("reset by the good poll")
                    .containsExactly(1, 1);
        }
    }

    @Test
    void aStartedWatcherPollsItsRegionsOnSchedule() throws Exception {
        List<HealthNotification> got = new CopyOnWriteArrayList<>();
        client.inProgress(event(1, impact("cn-hangzhou", "ecs", START, null)));
        try (HealthWatcher w = watcher().listener(got::add).build()) {
            w.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (got.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        assertThat(got).extracting(HealthNotification::kind, HealthNotification::productId)
                .containsExactly(tuple(HealthNotification.Kind.OPENED, "ecs"));
        assertThat(client.inProgressRequests).hasSize(1);
    }

    @Test
    void theBuilderChecksRegionIdsAndKeepsAllProductsTargetsForRegions() {
        assertThatThrownBy(() -> HealthWatcher.builder(client).regions("cn-hangzhou", "cn hangzhou"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("regionIds[1] must be a region id such as cn-hangzhou (letters, digits, '-', '_', '.'),"
                        + " was \"cn hangzhou\"");
        assertThatThrownBy(() -> HealthWatcher.builder(client).regions((String) null))
                .hasMessage("regionIds[0] must be a region id such as cn-hangzhou (letters, digits, '-', '_', '.'),"
                        + " was null");
        assertThatThrownBy(() -> HealthWatcher.builder(client).target("cn-hangzhou", WatchTarget.ALL_PRODUCTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must name one product, was cn-hangzhou/*; watch every product of a region with"
                        + " regions(\"cn-hangzhou\")");
        try (HealthWatcher w = HealthWatcher.builder(client).target("cn-beijing", "ecs")
                .regions("cn-hangzhou", "cn-hangzhou").build()) {
            assertThat(w.targets()).containsExactly(WatchTarget.of("cn-beijing", "ecs"),
                    WatchTarget.allProducts("cn-hangzhou"));
        }
    }

    @Test
    void stateAndNotificationsOfRegionsSurviveTheCodec() throws Exception {
        EventUpdate u1 = EventUpdate.of("investigating", NOW.minusSeconds(300));
        WatchTarget region = WatchTarget.allProducts("cn-hangzhou");
        EventInProgress e = event(42, "事件", Collections.singletonList(u1), impact("cn-hangzhou", "ecs", START, null),
                impact("cn-hangzhou", "rds", START, NOW.plusMillis(1)));
        EventKey key = EventKey.ofEventId(WatchTarget.of("cn-hangzhou", "ecs"), 42, "事件", START);
        TargetState state = TargetState.ofInProgress(region, Collections.singletonList(e), NOW,
                Collections.singletonMap(key, 3L));
        assertThat(WatchCodec.stateFromJson(WatchCodec.stateToJson(state), "test")).isEqualTo(state);

        EventUpdated updated = new EventUpdated(key, InProgressReconciler.event(e, e.impacts().get(0)), NOW, 3, u1);
        HealthNotification back = WatchCodec.notificationFromJson(WatchCodec.notificationToJson(updated), "test");
        assertThat(back).isEqualTo(updated);
        assertThat(back.id()).isEqualTo(updated.id());
        assertThat(back.eventId()).hasValue(42L);
        assertThat(back.toString()).contains("update=EventUpdate{");

        EventOpened opened = new EventOpened(key, updated.event(), null, NOW, 1);
        assertThat(WatchCodec.notificationFromJson(WatchCodec.notificationToJson(opened), "test")).isEqualTo(opened);
        String noEventId = WatchCodec.notificationToJson(updated).replace("\"eventId\":42,", "");
        assertThatThrownBy(() -> WatchCodec.notificationFromJson(noEventId, "row 1"))
                .hasMessageContaining("row 1: an UPDATED needs \"eventId\"");
        String badId = WatchCodec.stateToJson(state).replace("\"id\":42", "\"id\":\"42\"");
        assertThatThrownBy(() -> WatchCodec.stateFromJson(badId, "row 2"))
                .hasMessageContaining("row 2.inProgress[0]: \"id\" must be an integer, was string");
    }

    @Test
    void identityIsTheEventIdAndThePairNotTheTitle() {
        WatchTarget ecs = WatchTarget.of("cn-hangzhou", "ecs");
        EventKey a = EventKey.ofEventId(ecs, 7, "old title", START);
        EventKey b = EventKey.ofEventId(ecs, 7, "new title", START.plusSeconds(1));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(EventKey.ofEventId(ecs, 8, "old title", START));
        assertThat(a).isNotEqualTo(EventKey.ofEventId(WatchTarget.of("cn-hangzhou", "oss"), 7, "old title", START));
        assertThat(a).isNotEqualTo(EventKey.of(ecs, "old title", START));
        assertThat(a.eventId()).hasValue(7L);
        assertThat(EventKey.of(ecs, "old title", START).eventId()).isEmpty();
        assertThat(HealthNotification.id(a, 1)).isEqualTo(HealthNotification.id(b, 1))
                .isNotEqualTo(HealthNotification.id(EventKey.of(ecs, "old title", START), 1));
        assertThatThrownBy(() -> EventKey.ofEventId(WatchTarget.allProducts("cn-hangzhou"), 7, "t", START))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("pair must name one product, was cn-hangzhou/*");
        assertThatThrownBy(() -> TargetState.ofInProgress(ecs, new ArrayList<EventInProgress>(), NOW,
                Collections.<EventKey, Long>emptyMap())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be an all-products target (productId \"*\"), was cn-hangzhou/ecs");
        assertThatThrownBy(() -> TargetState.ofInProgress(WatchTarget.allProducts("cn-shanghai"),
                new ArrayList<EventInProgress>(), NOW, Collections.singletonMap(a, 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must belong to target cn-shanghai/*");
        assertThat(WatchTarget.allProducts("cn-hangzhou").isAllProducts()).isTrue();
        assertThat(ecs.isAllProducts()).isFalse();
    }
}
