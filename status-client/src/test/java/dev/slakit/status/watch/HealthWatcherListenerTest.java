package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.HealthEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Slow, throwing and closing listeners, with real threads. */
class HealthWatcherListenerTest {

    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));

    HealthEvent[] events(int n) {
        HealthEvent[] list = new HealthEvent[n];
        for (int i = 0; i < n; i++) {
            list[i] = HealthEvent.of("event " + i, ALARM, START.plusSeconds(i), null);
        }
        return list;
    }

    @Test
    void aSlowListenerDoesNotStallAFastOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastGotAll = new CountDownLatch(5);
        AtomicInteger slowCalls = new AtomicInteger();
        CountDownLatch slowEntered = new CountDownLatch(1);
        List<String> fastOrder = new CopyOnWriteArrayList<>();
        HealthListener slow = n -> {
            slowCalls.incrementAndGet();
            slowEntered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        HealthListener fast = n -> {
            fastOrder.add(n.event().title());
            fastGotAll.countDown();
        };
        client.set(ECS, events(5));
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listener(slow).listener(fast)
                .build()) {
            w.pollOnce();
            assertThat(fastGotAll.await(10, TimeUnit.SECONDS)).as("fast listener got all five").isTrue();
            assertThat(fastOrder).containsExactly("event 0", "event 1", "event 2", "event 3", "event 4");
            assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(slowCalls.get()).as("the slow listener is still on its first notification").isEqualTo(1);
            release.countDown();
        }
    }

    @Test
    void aThrowingListenerKeepsReceivingAndDoesNotHurtOthers() throws Exception {
        AtomicInteger thrower = new AtomicInteger();
        CountDownLatch other = new CountDownLatch(3);
        CountDownLatch throwerDone = new CountDownLatch(3);
        client.set(ECS, events(3));
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listener(n -> {
            thrower.incrementAndGet();
            throwerDone.countDown();
            throw new IllegalStateException("listener bug");
        }).listener(n -> other.countDown()).build()) {
            w.pollOnce();
            assertThat(other.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(throwerDone.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(thrower.get()).isEqualTo(3);
        }
    }

    @Test
    void closeDeliversWithinItsTimeoutReportsTheRestAndNoListenerStartsAfterItReturns() throws Exception {
        CountDownLatch inFirst = new CountDownLatch(1);
        AtomicBoolean closeReturned = new AtomicBoolean();
        AtomicInteger callsAfterClose = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        HealthListener slowish = n -> {
            if (closeReturned.get()) {
                callsAfterClose.incrementAndGet();
            }
            calls.incrementAndGet();
            inFirst.countDown();
            sleep(200);
        };
        client.set(ECS, events(20));
        HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listener(slowish)
                .closeTimeout(Duration.ofMillis(500)).build();
        List<HealthNotification> produced = w.pollOnce().notifications();
        assertThat(inFirst.await(10, TimeUnit.SECONDS)).isTrue();
        w.close();
        closeReturned.set(true);
        sleep(300);
        int started = calls.get();
        assertThat(started).as("delivered while close() waited, not all 20").isBetween(2, 5);
        assertThat(callsAfterClose.get()).as("none started after close() returned").isZero();
        List<HealthNotification> left = w.undelivered();
        assertThat(left.size()).as("the one running at the deadline is not handed yet")
                .isBetween(20 - started, 21 - started);
        assertThat(left).as("the rest is reported, in order").containsExactlyElementsOf(
                produced.subList(20 - left.size(), 20));
        List<HealthNotification> pending = w.store().pending();
        assertThat(pending).as("and stays in the outbox (but the one running at the deadline, which finished)")
                .hasSizeBetween(left.size() - 1, left.size());
        assertThat(left).endsWith(pending.toArray(new HealthNotification[0]));
        assertThatThrownBy(w::pollOnce).isInstanceOf(IllegalStateException.class)
                .hasMessage("this HealthWatcher is closed");
        assertThatThrownBy(() -> w.addListener(n -> { })).isInstanceOf(IllegalStateException.class);
        w.close(); // idempotent
    }

    @Test
    void closeGivesUpWaitingForAStuckListenerAfterTheTimeout() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        client.set(ECS, events(1));
        HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).closeTimeout(Duration.ofMillis(50))
                .listener(n -> {
                    entered.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).build();
        w.pollOnce();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        long t0 = System.nanoTime();
        w.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        release.countDown();
    }

    @Test
    void closeFromInsideAListenerDoesNotWaitForItself() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        HealthWatcher[] holder = new HealthWatcher[1];
        client.set(ECS, events(2));
        holder[0] = HealthWatcher.builder(client).target(ECS).clock(clock).closeTimeout(Duration.ofSeconds(30))
                .listener(n -> {
                    holder[0].close();
                    done.countDown();
                }).build();
        holder[0].pollOnce();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(holder[0].isClosed()).isTrue();
    }

    @Test
    void aRemovedListenerHearsNothingMore() {
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        HealthListener listener = heard::add;
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listenerExecutor(Runnable::run)
                .build()) {
            w.addListener(listener);
            client.set(ECS, events(1));
            w.pollOnce();
            assertThat(heard).hasSize(1);
            assertThat(w.removeListener(listener)).isTrue();
            assertThat(w.removeListener(listener)).isFalse();
            client.set(ECS, events(2));
            w.pollOnce();
            assertThat(heard).hasSize(1);
        }
    }

    @Test
    void aUserListenerExecutorIsUsedAndNeverShutDown() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "user-listener"));
        try {
            List<String> threadNames = new CopyOnWriteArrayList<>();
            CountDownLatch got = new CountDownLatch(1);
            client.set(ECS, events(1));
            try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listenerExecutor(pool)
                    .listener(n -> {
                        threadNames.add(Thread.currentThread().getName());
                        got.countDown();
                    }).build()) {
                w.pollOnce();
                assertThat(got.await(10, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(threadNames).containsExactly("user-listener");
            assertThat(pool.isShutdown()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRejectingListenerExecutorDropsWithoutBreakingThePoll() {
        ExecutorService dead = Executors.newSingleThreadExecutor();
        dead.shutdown();
        client.set(ECS, events(2));
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listenerExecutor(dead)
                .listener(n -> { }).build()) {
            PollSummary s = w.pollOnce();
            assertThat(s.notifications()).hasSize(2);
            assertThat(s.failures()).isEmpty();
        }
    }

    @Test
    void listenerThreadsOfTheWatcherAreDaemons() throws Exception {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        CountDownLatch got = new CountDownLatch(1);
        client.set(ECS, events(1));
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).listener(n -> {
            threads.add(Thread.currentThread());
            got.countDown();
        }).build()) {
            w.pollOnce();
            assertThat(got.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(threads.get(0).isDaemon()).isTrue();
        assertThat(threads.get(0).getName()).contains("-listener-");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
