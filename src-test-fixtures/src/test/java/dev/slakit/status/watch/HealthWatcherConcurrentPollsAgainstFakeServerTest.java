package dev.slakit.status.watch;

import static dev.slakit.status.watch.WatchFixture.T0;
import static dev.slakit.status.watch.WatchFixture.ongoing;
import static dev.slakit.status.watch.WatchFixture.opened;
import static dev.slakit.status.watch.WatchFixture.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.StatusReply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two polls of one target in flight at once ({@link HealthWatcher#pollOnce()} from two threads, or while the watcher
 * is started), with the {@code FakeStatusServer} answering them in the opposite order from the one they were issued
 * in. The server's dispatcher holds the requests to force that order deterministically.
 */
class HealthWatcherConcurrentPollsAgainstFakeServerTest {

    private static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    private static final long WAIT_SECONDS = 5;

    private final WatchFixture fixture = new WatchFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aReplyIssuedLaterButReadEarlierIsNotAppliedOverANewerOne() throws Exception {
        HealthEvent alarm = ongoing("ECS network jitter", EventSeverity.ALARM, T0.minus(Duration.ofMinutes(10)));
        HealthEvent normal = alarm.withSeverity(EventSeverity.NORMAL);
        AtomicReference<List<HealthEvent>> listed = new AtomicReference<>(List.of(alarm));
        AtomicInteger arrivals = new AtomicInteger();
        CountDownLatch firstHeld = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        // Request 3 waits BEFORE reading the events; request 4 reads them at once, then waits.
        fixture.server.dispatcher(request -> {
            int n = arrivals.incrementAndGet();
            if (n == 3) {
                firstHeld.countDown();
                await(releaseFirst);
            }
            List<HealthEvent> snapshot = listed.get();
            if (n == 4) {
                secondRead.countDown();
                await(releaseSecond);
            }
            return StatusReply.events(snapshot);
        });
        HealthWatcher watcher = fixture.watcher().target(ECS).build();
        Instant at = fixture.clock.instant();
        try {
            assertThat(watcher.pollOnce().notifications()).containsExactly(opened(ECS, alarm, null, at));
            listed.set(List.of(normal));
            assertThat(watcher.pollOnce().notifications()).containsExactly(
                    resolved(ECS, normal, EventSeverity.ALARM, at, EventResolved.Reason.WENT_NORMAL, 2));

            // Poll 3 is issued first and held before it reads; poll 4 is issued next and reads NORMAL.
            CompletableFuture<PollSummary> third = CompletableFuture.supplyAsync(watcher::pollOnce);
            assertThat(firstHeld.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<PollSummary> fourth = CompletableFuture.supplyAsync(watcher::pollOnce);
            // (A watcher that serializes polls of a target keeps poll 4 back until poll 3 is applied.)
            secondRead.await(500, TimeUnit.MILLISECONDS);
            // The service alarms again; poll 3 reads that, and is answered and applied first.
            listed.set(List.of(alarm));
            releaseFirst.countDown();
            PollSummary thirdSummary = third.get(WAIT_SECONDS, TimeUnit.SECONDS);
            releaseSecond.countDown();
            PollSummary fourthSummary = fourth.get(WAIT_SECONDS, TimeUnit.SECONDS);
            PollSummary fifthSummary = watcher.pollOnce();

            List<HealthNotification> afterTheSecondPoll = new ArrayList<>(thirdSummary.notifications());
            afterTheSecondPoll.addAll(fourthSummary.notifications());
            afterTheSecondPoll.addAll(fifthSummary.notifications());
            // The service went NORMAL once and came back once: one re-opening, nothing else.
            assertThat(afterTheSecondPoll).containsExactly(opened(ECS, alarm, EventSeverity.NORMAL, at, 3));
        } finally {
            releaseFirst.countDown();
            releaseSecond.countDown();
            watcher.close();
        }
    }

    @Test
    void aPollOnceReadingEarlierIsNotAppliedOverANewerScheduledPoll() throws Exception {
        HealthEvent alarm = ongoing("ECS network jitter", EventSeverity.ALARM, T0.minus(Duration.ofMinutes(10)));
        HealthEvent normal = alarm.withSeverity(EventSeverity.NORMAL);
        AtomicReference<List<HealthEvent>> listed = new AtomicReference<>(List.of(alarm));
        AtomicInteger arrivals = new AtomicInteger();
        CountDownLatch scheduledHeld = new CountDownLatch(1);
        CountDownLatch releaseScheduled = new CountDownLatch(1);
        CountDownLatch pollOnceRead = new CountDownLatch(1);
        CountDownLatch releasePollOnce = new CountDownLatch(1);
        fixture.server.dispatcher(request -> {
            int n = arrivals.incrementAndGet();
            if (n == 3) {
                scheduledHeld.countDown();
                await(releaseScheduled);
            }
            List<HealthEvent> snapshot = listed.get();
            if (n == 4) {
                pollOnceRead.countDown();
                await(releasePollOnce);
            }
            return StatusReply.events(snapshot);
        });
        // The first scheduled poll of the only target runs at once; the next one an hour later.
        HealthWatcher watcher = fixture.watcher().target(ECS).interval(Duration.ofHours(1)).build();
        Instant at = fixture.clock.instant();
        List<HealthNotification> expected = new ArrayList<>();
        try {
            expected.add(opened(ECS, alarm, null, at));
            assertThat(watcher.pollOnce().notifications()).containsExactlyElementsOf(expected);
            listed.set(List.of(normal));
            expected.add(resolved(ECS, normal, EventSeverity.ALARM, at, EventResolved.Reason.WENT_NORMAL, 2));
            assertThat(watcher.pollOnce().notifications()).containsExactly(expected.get(1));

            watcher.start();
            assertThat(scheduledHeld.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<PollSummary> manual = CompletableFuture.supplyAsync(watcher::pollOnce);
            pollOnceRead.await(500, TimeUnit.MILLISECONDS);
            listed.set(List.of(alarm));
            releaseScheduled.countDown();
            expected.add(opened(ECS, alarm, EventSeverity.NORMAL, at, 3));
            fixture.recorder.awaitNotifications(expected);
            releasePollOnce.countDown();
            manual.get(WAIT_SECONDS, TimeUnit.SECONDS);
            watcher.pollOnce();

            // The service went NORMAL once and came back once.
            fixture.recorder.awaitNotifications(expected);
        } finally {
            releaseScheduled.countDown();
            releasePollOnce.countDown();
            watcher.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
