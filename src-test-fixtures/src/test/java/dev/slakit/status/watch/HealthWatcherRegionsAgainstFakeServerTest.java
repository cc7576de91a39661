package dev.slakit.status.watch;

import static dev.slakit.status.watch.WatchFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.slakit.status.EventImpact;
import dev.slakit.status.EventInProgress;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.RecordedStatusRequest;
import dev.slakit.testing.SampleEvents;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HealthWatcher.Builder#regions(String...)} against the {@code FakeStatusServer}: one
 * {@code ListEventInProgress} call per interval, identity by event id, one notification per impacted pair,
 * {@link EventUpdated} for posted updates, ids stable across a restart with the file store.
 */
class HealthWatcherRegionsAgainstFakeServerTest {

    private static final long ECS_ID = SampleEvents.IN_PROGRESS_ECS_ID;
    private static final long SLB_ID = SampleEvents.IN_PROGRESS_SLB_ID;

    @TempDir
    Path dir;

    private final WatchFixture fixture = new WatchFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void publishSamples() {
        for (EventInProgress e : SampleEvents.inProgress(T0)) {
            fixture.server.putEventInProgress(e);
        }
    }

    private static EventInProgress sample(long id) {
        for (EventInProgress e : SampleEvents.inProgress(T0)) {
            if (e.id() == id) {
                return e;
            }
        }
        throw new AssertionError("no sample " + id);
    }

    /** The ECS sample with one more update posted at {@code at}. */
    private static EventInProgress ecsWithUpdate(String content, Instant at) {
        EventInProgress ecs = sample(ECS_ID);
        List<EventUpdate> updates = new ArrayList<>(ecs.updates());
        updates.add(EventUpdate.of(content, at));
        return EventInProgress.of(ECS_ID, ecs.title(), ecs.startTime(), updates, ecs.impacts());
    }

    /** The ECS sample whose ECS impact recovered at {@code at}. */
    private static EventInProgress ecsRecovered(Instant at) {
        EventInProgress ecs = sample(ECS_ID);
        List<EventImpact> impacts = new ArrayList<>();
        for (EventImpact i : ecs.impacts()) {
            impacts.add(i.productId().equals("ecs") ? EventImpact.builder().product(i.productId(), i.productName())
                    .region(i.regionId(), i.regionName()).startTime(i.startTime()).recoveryTime(at).build() : i);
        }
        return EventInProgress.of(ECS_ID, ecs.title(), ecs.startTime(), ecs.updates(), impacts);
    }

    private static String prefix(HealthNotification n) {
        return n.id().substring(0, n.id().indexOf('-'));
    }

    @Test
    void anEventInProgressIsOpenedPerImpactedPairUpdatedAndResolved() {
        publishSamples();
        try (HealthWatcher watcher = fixture.watcher().regions("cn-hangzhou", "cn-shanghai", "ap-southeast-1")
                .build()) {
            List<HealthNotification> first = watcher.pollOnce().notifications();
            // SLB in cn-hangzhou recovered before the first poll: history, not announced.
            assertThat(first).extracting(HealthNotification::kind, HealthNotification::regionId,
                    HealthNotification::productId, n -> n.eventId().getAsLong())
                    .containsExactlyInAnyOrder(
                            tuple(HealthNotification.Kind.OPENED, "cn-hangzhou", "ecs", ECS_ID),
                            tuple(HealthNotification.Kind.OPENED, "ap-southeast-1", "slb", SLB_ID),
                            tuple(HealthNotification.Kind.OPENED, "cn-shanghai", "oss", SLB_ID));
            assertThat(first).allSatisfy(n -> {
                assertThat(n.activeSeverity()).isEqualTo(EventSeverity.ALARM);
                assertThat(n.isIncident()).isTrue();
                assertThat(n.revision()).isEqualTo(1);
            });
            HealthNotification ecsOpened = only(first, "cn-hangzhou", "ecs");
            assertThat(ecsOpened.event().title()).isEqualTo(SampleEvents.ECS_NETWORK_HANGZHOU);
            assertThat(ecsOpened.event().startTime()).isEqualTo(sample(ECS_ID).startTime());
            assertThat(ecsOpened.event().isOngoing()).isTrue();

            fixture.advance(Duration.ofMinutes(1));
            assertThat(watcher.pollOnce().notifications()).as("nothing changed").isEmpty();

            Instant posted = fixture.advance(Duration.ofMinutes(1)).minusSeconds(10);
            fixture.server.putEventInProgress(ecsWithUpdate("网络已全部恢复，正在观察。", posted));
            List<HealthNotification> updated = watcher.pollOnce().notifications();
            assertThat(updated).hasSize(1);
            EventUpdated u = (EventUpdated) updated.get(0);
            assertThat(u.kind()).isEqualTo(HealthNotification.Kind.UPDATED);
            assertThat(u.target()).isEqualTo(WatchTarget.of("cn-hangzhou", "ecs"));
            assertThat(u.update()).isEqualTo(EventUpdate.of("网络已全部恢复，正在观察。", posted));
            assertThat(u.revision()).isEqualTo(2);
            assertThat(prefix(u)).isEqualTo(prefix(ecsOpened));

            Instant recovered = fixture.advance(Duration.ofMinutes(1)).minusSeconds(5);
            fixture.server.putEventInProgress(ecsRecovered(recovered));
            List<HealthNotification> resolved = watcher.pollOnce().notifications();
            assertThat(resolved).hasSize(1);
            EventResolved r = (EventResolved) resolved.get(0);
            assertThat(r.reason()).isEqualTo(EventResolved.Reason.ENDED);
            assertThat(r.target()).isEqualTo(WatchTarget.of("cn-hangzhou", "ecs"));
            assertThat(r.event().endTime()).contains(recovered);
            assertThat(r.isIncident()).isTrue();
            assertThat(r.revision()).isEqualTo(3);

            fixture.advance(Duration.ofMinutes(1));
            assertThat(fixture.server.removeEventInProgress(SLB_ID)).isTrue();
            List<HealthNotification> vanished = watcher.pollOnce().notifications();
            assertThat(vanished).extracting(HealthNotification::kind, HealthNotification::regionId,
                    HealthNotification::productId, n -> ((EventResolved) n).reason())
                    .containsExactlyInAnyOrder(
                            tuple(HealthNotification.Kind.RESOLVED, "ap-southeast-1", "slb",
                                    EventResolved.Reason.VANISHED),
                            tuple(HealthNotification.Kind.RESOLVED, "cn-shanghai", "oss",
                                    EventResolved.Reason.VANISHED));

            List<String> ids = new ArrayList<>();
            for (List<HealthNotification> l : Arrays.asList(first, updated, resolved, vanished)) {
                for (HealthNotification n : l) {
                    ids.add(n.id());
                }
            }
            assertThat(ids).doesNotHaveDuplicates();
        }
    }

    @Test
    void aRetitledEventIsTheSameEventByItsId() {
        publishSamples();
        try (HealthWatcher watcher = fixture.watcher().regions("cn-hangzhou").build()) {
            assertThat(watcher.pollOnce().notifications()).hasSize(1);
            EventInProgress ecs = sample(ECS_ID);
            fixture.server.putEventInProgress(EventInProgress.of(ECS_ID, ecs.title() + "（更新）", ecs.startTime(),
                    ecs.updates(), ecs.impacts()));
            fixture.advance(Duration.ofMinutes(1));
            assertThat(watcher.pollOnce().notifications()).isEmpty();
        }
    }

    @Test
    void twentyRegionsArePolledWithOneCallPerInterval() {
        String[] regions = new String[20];
        for (int i = 0; i < regions.length; i++) {
            regions[i] = "region-" + i;
        }
        fixture.server.putEventInProgress(EventInProgress.of(7L, "RDS in region-13", T0.minusSeconds(600),
                new ArrayList<EventUpdate>(), Arrays.asList(EventImpact.builder().product("rds", "RDS")
                        .region("region-13", "Region 13").startTime(T0.minusSeconds(600)).build())));
        try (HealthWatcher watcher = fixture.watcher().regions(regions).build()) {
            int before = fixture.server.requestCount();
            for (int interval = 0; interval < 3; interval++) {
                PollSummary s = watcher.pollOnce();
                assertThat(s.polled()).isEqualTo(20);
                assertThat(s.failures()).isEmpty();
                fixture.advance(Duration.ofMinutes(1));
            }
            List<RecordedStatusRequest> requests = fixture.server.requests();
            assertThat(fixture.server.requestCount() - before).as("API calls for 3 intervals").isEqualTo(3);
            assertThat(requests).extracting(r -> r.action().orElse("")).containsOnly("ListEventInProgress");
            assertThat(requests.get(requests.size() - 1).parameter("RegionIds"))
                    .contains("[\"" + String.join("\",\"", regions) + "\"]");
        }
        assertThat(fixture.recorder.notifications).extracting(HealthNotification::regionId, HealthNotification::productId)
                .containsExactly(tuple("region-13", "rds"));
    }

    @Test
    void twentyRegionsTimesThirtyProductsCost600ListEventsCallsOrOneListEventInProgressCall() {
        List<WatchTarget> pairs = new ArrayList<>();
        String[] regions = new String[20];
        for (int r = 0; r < 20; r++) {
            regions[r] = "region-" + r;
            for (int p = 0; p < 30; p++) {
                pairs.add(WatchTarget.of(regions[r], "product-" + p));
            }
        }
        int before = fixture.server.requestCount();
        try (HealthWatcher perPair = fixture.watcher().targets(pairs).build()) {
            assertThat(perPair.pollOnce().failures()).isEmpty();
        }
        int listEvents = fixture.server.requestCount() - before;
        before = fixture.server.requestCount();
        try (HealthWatcher perRegion = fixture.watcher().regions(regions).build()) {
            assertThat(perRegion.pollOnce().failures()).isEmpty();
        }
        int inProgress = fixture.server.requestCount() - before;
        System.out.println("API calls per interval, 20 regions x 30 products: ListEvents " + listEvents
                + ", ListEventInProgress " + inProgress);
        assertThat(listEvents).isEqualTo(600);
        assertThat(inProgress).isEqualTo(1);
    }

    @Test
    void aListenerFilteringByPairSeesOnlyItsPairAlsoMixedWithListEventsTargets() throws Exception {
        publishSamples();
        HealthEvent listed = HealthEvent.of("ECS maintenance", EventSeverity.NOTIFICATION, T0.minusSeconds(60), null);
        fixture.server.addEvent("cn-beijing", "ecs", listed);
        List<HealthNotification> ossShanghai = new CopyOnWriteArrayList<>();
        try (HealthWatcher watcher = fixture.watcher().regions("cn-shanghai", "cn-hangzhou")
                .target("cn-beijing", "ecs").listener(n -> {
                    if (n.regionId().equals("cn-shanghai") && n.productId().equals("oss")) {
                        ossShanghai.add(n);
                    }
                }).build()) {
            PollSummary s = watcher.pollOnce();
            assertThat(s.polled()).isEqualTo(3);
            assertThat(s.notifications()).extracting(HealthNotification::regionId, HealthNotification::productId)
                    .containsExactlyInAnyOrder(tuple("cn-beijing", "ecs"), tuple("cn-shanghai", "oss"),
                            tuple("cn-hangzhou", "ecs"));
            assertThat(only(s.notifications(), "cn-beijing", "ecs").eventId()).isEmpty();
            assertThat(only(s.notifications(), "cn-beijing", "ecs").isMaintenance()).isTrue();
        }
        assertThat(ossShanghai).hasSize(1);
        assertThat(ossShanghai.get(0).eventId()).hasValue(SLB_ID);
        assertThat(fixture.server.requests()).extracting(r -> r.action().orElse(""))
                .containsExactlyInAnyOrder("ListEvents", "ListEventInProgress");
    }

    @Test
    void idsAreStableAcrossARestartWithTheFileStore() throws Exception {
        Path file = dir.resolve("health-watch.json");
        publishSamples();
        List<HealthNotification> firstRun;
        try (FileWatchStateStore store = FileWatchStateStore.open(file);
                HealthWatcher watcher = fixture.watcher().regions("cn-hangzhou", "cn-shanghai").store(store)
                        .build()) {
            firstRun = watcher.pollOnce().notifications();
        }
        assertThat(firstRun).hasSize(2);
        HealthNotification ecsOpened = only(firstRun, "cn-hangzhou", "ecs");

        // While down: an update is posted.
        Instant posted = fixture.advance(Duration.ofMinutes(5)).minusSeconds(30);
        fixture.server.putEventInProgress(ecsWithUpdate("处理完毕，观察中。", posted));
        List<HealthNotification> secondRun;
        List<HealthNotification> again;
        try (FileWatchStateStore store = FileWatchStateStore.open(file);
                HealthWatcher watcher = fixture.watcher().regions("cn-hangzhou", "cn-shanghai").store(store)
                        .build()) {
            assertThat(store.load(WatchTarget.allProducts("cn-hangzhou")).get().inProgress())
                    .extracting(EventInProgress::id).containsExactly(ECS_ID);
            secondRun = watcher.pollOnce().notifications();
            fixture.advance(Duration.ofMinutes(1));
            again = watcher.pollOnce().notifications();
        }
        assertThat(secondRun).hasSize(1);
        EventUpdated u = (EventUpdated) secondRun.get(0);
        assertThat(u.update().publishTime()).isEqualTo(posted);
        assertThat(u.revision()).isEqualTo(2);
        assertThat(prefix(u)).isEqualTo(prefix(ecsOpened));
        assertThat(u.id()).isEqualTo(prefix(ecsOpened) + "-2");
        assertThat(again).as("the update is known after the restart").isEmpty();
    }

    @Test
    void whatCloseCouldNotDeliverIsRedeliveredWithTheSameIdsAfterARestart() throws Exception {
        Path file = dir.resolve("health-watch.json");
        publishSamples();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<HealthNotification> undelivered;
        try (FileWatchStateStore store = FileWatchStateStore.open(file)) {
            HealthWatcher stuck = fixture.watcher().regions("cn-hangzhou", "cn-shanghai").store(store)
                    .closeTimeout(Duration.ZERO).listener(n -> {
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }).build();
            assertThat(stuck.pollOnce().notifications()).hasSize(2);
            stuck.close();
            undelivered = stuck.undelivered();
        } finally {
            release.countDown();
        }
        assertThat(undelivered).hasSize(2);

        List<HealthNotification> redelivered = new CopyOnWriteArrayList<>();
        try (FileWatchStateStore store = FileWatchStateStore.open(file);
                HealthWatcher restarted = fixture.watcher().regions("cn-hangzhou", "cn-shanghai").store(store)
                        .listener(redelivered::add).build()) {
            assertThat(restarted.pollOnce().notifications()).as("nothing new").isEmpty();
        }
        assertThat(redelivered).extracting(HealthNotification::id)
                .containsExactlyInAnyOrderElementsOf(undelivered.stream().map(HealthNotification::id)
                        .collect(java.util.stream.Collectors.toList()));
        assertThat(redelivered).containsExactlyInAnyOrderElementsOf(undelivered);
    }

    private static HealthNotification only(List<HealthNotification> list, String region, String product) {
        List<HealthNotification> found = new ArrayList<>();
        for (HealthNotification n : list) {
            if (n.regionId().equals(region) && n.productId().equals(product)) {
                found.add(n);
            }
        }
        assertThat(found).as("notifications of %s/%s", region, product).hasSize(1);
        return found.get(0);
    }
}
