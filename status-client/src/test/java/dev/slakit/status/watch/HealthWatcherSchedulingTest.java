package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Spreading, back-off, executors, and 1,000 targets. */
class HealthWatcherSchedulingTest {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");
    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(NOW);
    final CapturingScheduler scheduler = new CapturingScheduler();

    static List<WatchTarget> targets(int n) {
        List<WatchTarget> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(WatchTarget.of("region-" + (i / 50), "product-" + (i % 50)));
        }
        return list;
    }

    @Test
    void aThousandTargetsAreSpreadEvenlyOverTheInterval() {
        try (HealthWatcher w = HealthWatcher.builder(client).targets(targets(1000)).interval(Duration.ofMinutes(1))
                .clock(clock).executor(scheduler).build()) {
            w.start();
            w.start(); // idempotent
            assertThat(scheduler.scheduled).hasSize(1000);
            long step = TimeUnit.MINUTES.toNanos(1) / 1000;
            for (int i = 0; i < 1000; i++) {
                assertThat(scheduler.scheduled.get(i).delayNanos).as("target %d", i).isEqualTo(i * step);
            }
            // no burst: any 1-second slice of the interval holds at most ceil(1000/60) first polls
            long[] perSecond = new long[60];
            for (CapturingScheduler.Scheduled s : scheduler.scheduled) {
                perSecond[(int) TimeUnit.NANOSECONDS.toSeconds(s.delayNanos)]++;
            }
            assertThat(java.util.Arrays.stream(perSecond).boxed()).allSatisfy(c -> assertThat(c).isBetween(16L, 17L));
        }
    }

    @Test
    void initialDelaysAreExactForUnevenCounts() {
        assertThat(TargetScheduler.initialDelayNanos(10, 0, 3)).isZero();
        assertThat(TargetScheduler.initialDelayNanos(10, 1, 3)).isEqualTo(3);
        assertThat(TargetScheduler.initialDelayNanos(10, 2, 3)).isEqualTo(6);
        long day = TimeUnit.DAYS.toNanos(365);
        assertThat(TargetScheduler.initialDelayNanos(day, 999_999, 1_000_000)).isEqualTo(day / 1_000_000 * 999_999
                + day % 1_000_000 * 999_999 / 1_000_000);
    }

    @Test
    void aThousandTargetsPollOnceWithTenEventsEach() {
        List<WatchTarget> targets = targets(1000);
        for (WatchTarget t : targets) {
            HealthEvent[] events = new HealthEvent[10];
            for (int e = 0; e < 10; e++) {
                events[e] = HealthEvent.of("event " + e, ALARM, START.plusSeconds(e), null);
            }
            client.set(t, events);
        }
        try (HealthWatcher w = HealthWatcher.builder(client).targets(targets).clock(clock)
                .listenerExecutor(Runnable::run).build()) {
            PollSummary first = w.pollOnce();
            assertThat(first.polled()).isEqualTo(1000);
            assertThat(first.succeeded()).isEqualTo(1000);
            assertThat(first.notifications()).hasSize(10_000);
            assertThat(first.notifications()).extracting(HealthNotification::key).doesNotHaveDuplicates();
            assertThat(w.pollOnce().notifications()).isEmpty();
            assertThat(((InMemoryWatchStateStore) w.store()).size()).isEqualTo(1000);
            assertThat(client.requests).hasSize(2000);
            assertThat(w.targets()).isEqualTo(targets);
        }
    }

    @Test
    void scheduledPollsRescheduleAtTheIntervalAndBackOffOnFailure() {
        List<PollFailure> failures = new CopyOnWriteArrayList<>();
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        Duration interval = Duration.ofSeconds(10);
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).interval(interval)
                .maxBackoff(Duration.ofSeconds(50)).clock(clock).executor(scheduler).listenerExecutor(Runnable::run)
                .listener(heard::add).errorListener(failures::add).build()) {
            client.set(ECS, HealthEvent.of("Down", ALARM, START, null));
            w.start();
            assertThat(scheduler.last().delayNanos).isZero();
            scheduler.runNext();
            assertThat(client.asyncCalls.get()).isEqualTo(1);
            assertThat(heard).hasSize(1);
            assertThat(scheduler.last().delayNanos).isEqualTo(interval.toNanos());

            client.fail(ECS);
            List<Long> delays = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                scheduler.runNext();
                delays.add(TimeUnit.NANOSECONDS.toSeconds(scheduler.last().delayNanos));
            }
            assertThat(delays).containsExactly(20L, 40L, 50L, 50L);
            assertThat(failures).extracting(PollFailure::attempt).containsExactly(1, 2, 3, 4);
            assertThat(failures.get(0).nextAttemptAt()).contains(NOW.plusSeconds(20));

            // a pollOnce() failure while started reports the scheduled next attempt
            assertThat(w.pollOnce().failures()).singleElement()
                    .satisfies(f -> assertThat(f.nextAttemptAt()).contains(NOW.plusSeconds(50)));

            client.recover(ECS);
            scheduler.runNext();
            assertThat(scheduler.last().delayNanos).isEqualTo(interval.toNanos());
            assertThat(heard).hasSize(1);
        }
        assertThat(scheduler.isShutdown()).as("a user-supplied executor is never shut down").isFalse();
        assertThat(scheduler.last().isCancelled()).isTrue();
    }

    @Test
    void backoffDoublesAndIsCapped() {
        assertThat(TargetScheduler.backoffNanos(10, 100, 1)).isEqualTo(20);
        assertThat(TargetScheduler.backoffNanos(10, 100, 3)).isEqualTo(80);
        assertThat(TargetScheduler.backoffNanos(10, 100, 4)).isEqualTo(100);
        assertThat(TargetScheduler.backoffNanos(Long.MAX_VALUE / 2, Long.MAX_VALUE, 2)).isEqualTo(Long.MAX_VALUE);
        assertThat(TargetScheduler.backoffNanos(10, 100, 70)).isEqualTo(100);
    }

    @Test
    void theDefaultMaxBackoffIsTenIntervals() {
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).interval(Duration.ofSeconds(1))
                .clock(clock).executor(scheduler).build()) {
            client.fail(ECS);
            w.start();
            for (int i = 0; i < 6; i++) {
                scheduler.runNext();
            }
            assertThat(scheduler.last().delayNanos).isEqualTo(TimeUnit.SECONDS.toNanos(10));
        }
    }

    @Test
    void aClientThatThrowsInsteadOfFailingTheFutureIsAFailedPoll() {
        List<PollFailure> failures = new CopyOnWriteArrayList<>();
        StatusClient throwing = new ScriptedStatusClient() {
            @Override
            public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
                throw new IllegalStateException("client closed");
            }
        };
        try (HealthWatcher w = HealthWatcher.builder(throwing).target(ECS).clock(clock).executor(scheduler)
                .listenerExecutor(Runnable::run).errorListener(failures::add).build()) {
            w.start();
            scheduler.runNext();
            assertThat(failures).singleElement()
                    .satisfies(f -> assertThat(f.error()).hasMessage("client closed"));
            assertThat(scheduler.pending()).isEqualTo(1);
        }
    }

    @Test
    void pollOnceWaitsForAScheduledPollInFlightSoRepliesApplyInServiceOrder() throws Exception {
        List<CompletableFuture<ListEventsResponse>> pending = new CopyOnWriteArrayList<>();
        ScriptedStatusClient slow = new ScriptedStatusClient() {
            @Override
            public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
                CompletableFuture<ListEventsResponse> f = new CompletableFuture<>();
                pending.add(f);
                return f;
            }
        };
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        try (HealthWatcher w = HealthWatcher.builder(slow).target(ECS).clock(clock).executor(scheduler)
                .listenerExecutor(Runnable::run).listener(heard::add).build()) {
            w.start();
            scheduler.runNext(); // the scheduled request is issued; its reply is outstanding
            HealthEvent alarm = HealthEvent.of("Down", ALARM, START, null);
            slow.set(ECS, alarm.withEndTime(START.plusSeconds(60)));
            CompletableFuture<PollSummary> manual = CompletableFuture.supplyAsync(w::pollOnce);
            Thread.sleep(200);
            assertThat(manual).as("pollOnce waits for the scheduled poll of the same target").isNotDone();

            pending.get(0).complete(ListEventsResponse.of("older", 1, List.of(alarm)));
            PollSummary summary = manual.get(5, TimeUnit.SECONDS);

            assertThat(heard).extracting(HealthNotification::kind)
                    .containsExactly(HealthNotification.Kind.OPENED, HealthNotification.Kind.RESOLVED);
            assertThat(summary.notifications()).extracting(HealthNotification::kind)
                    .containsExactly(HealthNotification.Kind.RESOLVED);
        }
    }

    @Test
    void closeStopsScheduledPollingAndAReplyAfterCloseIsIgnored() {
        List<CompletableFuture<ListEventsResponse>> pending = new ArrayList<>();
        ScriptedStatusClient slow = new ScriptedStatusClient() {
            @Override
            public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
                CompletableFuture<ListEventsResponse> f = new CompletableFuture<>();
                pending.add(f);
                return f;
            }
        };
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        HealthWatcher w = HealthWatcher.builder(slow).target(ECS).target("cn-beijing", "ecs").clock(clock)
                .executor(scheduler).listenerExecutor(Runnable::run).listener(heard::add)
                .closeTimeout(Duration.ofMillis(100)).build();
        w.start();
        scheduler.runNext();
        w.close(); // waits 100 ms for the reply, then gives up on it
        assertThat(w.isClosed()).isTrue();
        assertThat(scheduler.pending()).isZero();
        pending.get(0).complete(ListEventsResponse.of("late", 1,
                List.of(HealthEvent.of("Down", ALARM, START, null))));
        assertThat(heard).isEmpty();
        assertThat(scheduler.pending()).isZero();
        assertThat(w.store().load(ECS)).isEmpty();
        assertThatThrownBy(w::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theOwnDaemonThreadPollsAndIsShutDownByClose() throws Exception {
        CountDownLatch polled = new CountDownLatch(3);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ScriptedStatusClient counting = new ScriptedStatusClient() {
            @Override
            public CompletableFuture<ListEventsResponse> listEventsAsync(ListEventsRequest request) {
                threads.add(Thread.currentThread());
                polled.countDown();
                return super.listEventsAsync(request);
            }
        };
        HealthWatcher w = HealthWatcher.builder(counting).target(ECS).interval(Duration.ofMillis(5)).build();
        w.start();
        assertThat(polled.await(10, TimeUnit.SECONDS)).isTrue();
        w.close();
        Thread poller = threads.get(0);
        assertThat(poller.isDaemon()).isTrue();
        assertThat(poller.getName()).startsWith("slakit-health-watcher-").contains("-poller-");
        poller.join(5000);
        assertThat(poller.isAlive()).isFalse();
        assertThat(counting.closed).as("the watcher never closes the client").isFalse();
    }

    @Test
    void aUserSchedulerThatIsShutDownStopsPollingWithoutErrors() {
        ScheduledExecutorService real = Executors.newSingleThreadScheduledExecutor();
        real.shutdown();
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).executor(real).build()) {
            w.start(); // the rejection is logged, not thrown
            assertThat(client.asyncCalls.get()).isZero();
        }
    }
}
