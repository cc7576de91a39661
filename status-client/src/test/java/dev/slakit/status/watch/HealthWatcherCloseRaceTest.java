package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** close() (what a Spring context calls on shutdown) racing a poll loses nothing. */
class HealthWatcherCloseRaceTest {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final List<WatchTarget> TARGETS = List.of(WatchTarget.of("cn-hangzhou", "ecs"),
            WatchTarget.of("cn-shanghai", "oss"), WatchTarget.of("cn-beijing", "rds"));

    @Test
    void closeDuringAPollWaitsForItAndDeliversWhatItProduced() throws Exception {
        CountDownLatch inPoll = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedStatusClient client = new ScriptedStatusClient() {
            @Override
            public ListEventsResponse listEvents(ListEventsRequest request) {
                inPoll.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.listEvents(request);
            }
        };
        for (WatchTarget t : TARGETS) {
            client.set(t, HealthEvent.of("Down " + t, ALARM, NOW.minusSeconds(60), null));
        }
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        HealthWatcher w = HealthWatcher.builder(client).targets(TARGETS).clock(new MutableClock(NOW))
                .listener(n -> {
                    HealthWatcherCronDeliveryTest.sleep(5);
                    heard.add(n);
                }).build();
        CompletableFuture<PollSummary> poll = CompletableFuture.supplyAsync(w::pollOnce);
        assertThat(inPoll.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> close = CompletableFuture.runAsync(w::close);
        Thread.sleep(50);
        assertThat(close).as("close() waits for the poll in flight").isNotDone();
        release.countDown();
        close.get(10, TimeUnit.SECONDS);
        PollSummary summary = poll.get(10, TimeUnit.SECONDS);

        assertThat(summary.notifications()).as("the poll that was running finished its first target")
                .isNotEmpty();
        assertThat(heard).as("and everything it produced was delivered before close() returned")
                .containsExactlyElementsOf(summary.notifications());
        assertThat(w.undelivered()).isEmpty();
        assertThat(w.store().pending()).isEmpty();
    }

    @Test
    void closeAtAnyMomentOfAPollLosesNothing() throws Exception {
        for (int round = 0; round < 50; round++) {
            ScriptedStatusClient client = new ScriptedStatusClient() {
                @Override
                public ListEventsResponse listEvents(ListEventsRequest request) {
                    HealthWatcherCronDeliveryTest.sleep(ThreadLocalRandom.current().nextInt(3));
                    return super.listEvents(request);
                }
            };
            for (WatchTarget t : TARGETS) {
                client.set(t, HealthEvent.of("A " + t, ALARM, NOW.minusSeconds(60), null),
                        HealthEvent.of("B " + t, ALARM, NOW.minusSeconds(61), null));
            }
            InMemoryWatchStateStore store = new InMemoryWatchStateStore();
            List<HealthNotification> heard = new CopyOnWriteArrayList<>();
            HealthWatcher w = HealthWatcher.builder(client).targets(TARGETS).clock(new MutableClock(NOW)).store(store)
                    .listener(heard::add).build();
            CompletableFuture<PollSummary> poll = CompletableFuture.supplyAsync(w::pollOnce);
            Thread.sleep(ThreadLocalRandom.current().nextInt(8));
            w.close();
            List<HealthNotification> produced = new ArrayList<>();
            try {
                produced.addAll(poll.get(10, TimeUnit.SECONDS).notifications());
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).as("closed before the poll began").isInstanceOf(IllegalStateException.class);
            }
            List<HealthNotification> accounted = new ArrayList<>(heard);
            accounted.addAll(w.undelivered());
            assertThat(accounted).as("round %s: every produced notification delivered or reported", round)
                    .containsExactlyInAnyOrderElementsOf(produced);
            assertThat(store.pending()).containsExactlyElementsOf(w.undelivered());
        }
    }
}
