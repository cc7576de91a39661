package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Real threads: scheduled polling end to end, and close() racing with busy polling. */
class HealthWatcherConcurrencyTest {

    static final Instant START = Instant.now().minusSeconds(3600);

    /** Every call flips every target's event between ALARM and NORMAL, so every poll announces. */
    static final class FlappingClient extends ScriptedStatusClient {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ListEventsResponse listEvents(ListEventsRequest request) {
            HealthEvent e = HealthEvent.of("Flapping", calls.incrementAndGet() % 2 == 0 ? NORMAL : ALARM, START, null);
            return ListEventsResponse.of("r", 1, Collections.singletonList(e));
        }
    }

    @Test
    void scheduledPollingDeliversNotificationsEndToEnd() throws Exception {
        FlappingClient client = new FlappingClient();
        CountDownLatch heard = new CountDownLatch(4);
        try (HealthWatcher w = HealthWatcher.builder(client).target("cn-hangzhou", "ecs").zone(java.time.ZoneOffset.UTC)
                .interval(Duration.ofMillis(2)).listener(n -> heard.countDown()).build()) {
            w.start();
            assertThat(heard.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void noListenerStartsAfterCloseReturnsWhilePollingIsBusy() throws Exception {
        ScheduledExecutorService userScheduler = Executors.newScheduledThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                FlappingClient client = new FlappingClient();
                AtomicBoolean closeReturned = new AtomicBoolean();
                AtomicInteger lateCalls = new AtomicInteger();
                CountDownLatch some = new CountDownLatch(20);
                HealthListener listener = n -> {
                    if (closeReturned.get()) {
                        lateCalls.incrementAndGet();
                    }
                    some.countDown();
                };
                HealthWatcher.Builder b = HealthWatcher.builder(client).interval(Duration.ofMillis(1))
                        .zone(java.time.ZoneOffset.UTC).executor(userScheduler).listener(listener).listener(listener);
                for (int i = 0; i < 8; i++) {
                    b.target("region-" + i, "ecs");
                }
                HealthWatcher w = b.build();
                w.start();
                // also race a synchronous poll with the scheduled ones
                Thread sync = new Thread(() -> {
                    try {
                        while (true) {
                            w.pollOnce();
                        }
                    } catch (IllegalStateException closed) {
                        // expected once closed
                    }
                });
                sync.start();
                assertThat(some.await(10, TimeUnit.SECONDS)).isTrue();
                w.close();
                closeReturned.set(true);
                sync.join(5000);
                Thread.sleep(30);
                assertThat(lateCalls.get()).as("round %d", round).isZero();
                assertThat(userScheduler.isShutdown()).isFalse();
            }
        } finally {
            userScheduler.shutdownNow();
        }
    }
}
