package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.FakeServerClients;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link FakeStatusServer} whose clock is a {@link TestClock}, a {@link StatusClient} for it (same clock, fast
 * retries), the events the server lists (edited between polls), and listeners that record what a
 * {@link HealthWatcher} delivers. Close it after the test.
 */
final class WatchFixture implements AutoCloseable {

    /** 13:00 in Shanghai, so the lookback window is not near a day boundary. */
    static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");
    static final int MAX_ATTEMPTS = 3;

    final TestClock clock = TestClock.of(T0);
    final FakeStatusServer server = FakeStatusServer.builder().clock(clock).start();
    final StatusClient client = FakeServerClients.clientFor(server)
            .retryPolicy(FakeServerClients.fastRetries(MAX_ATTEMPTS)).build();
    final Recorder recorder = new Recorder();
    private final Map<EventKey, HealthEvent> listed = new LinkedHashMap<>();

    /** @return a watcher builder on this fixture's client and clock, recording to {@link #recorder} */
    HealthWatcher.Builder watcher() {
        return HealthWatcher.builder(client).clock(clock).lookbackDays(2)
                .listener(recorder.notifications::add).errorListener(recorder.failures::add);
    }

    /** Lists the event for the target from now on, replacing the one with the same title and start. */
    WatchFixture put(WatchTarget target, HealthEvent event) {
        listed.put(EventKey.of(target, event), event);
        return this;
    }

    /** Stops listing the event. */
    WatchFixture remove(WatchTarget target, HealthEvent event) {
        assertThat(listed.remove(EventKey.of(target, event))).as("listed event %s", event).isNotNull();
        return this;
    }

    /** Replaces the server's events with the ones put here. */
    void publish() {
        server.clearEvents();
        for (Map.Entry<EventKey, HealthEvent> e : listed.entrySet()) {
            WatchTarget t = e.getKey().target();
            server.addEvent(t.regionId(), t.productId(), e.getValue());
        }
    }

    /** Moves the shared clock. @return the new instant */
    Instant advance(Duration step) {
        return clock.advance(step);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }

    static HealthEvent ongoing(String title, EventSeverity severity, Instant start) {
        return HealthEvent.of(title, severity, start, null);
    }

    /** The first notification of an event (revision 1). */
    static EventOpened opened(WatchTarget t, HealthEvent e, EventSeverity previousOrNull, Instant at) {
        return opened(t, e, previousOrNull, at, 1);
    }

    /** @param revision the how-manieth notification of the event it is */
    static EventOpened opened(WatchTarget t, HealthEvent e, EventSeverity previousOrNull, Instant at, long revision) {
        return new EventOpened(EventKey.of(t, e), e, previousOrNull, at, revision);
    }

    /** @param revision the how-manieth notification of the event it is */
    static SeverityChanged changed(WatchTarget t, HealthEvent e, EventSeverity previous, Instant at, long revision) {
        return new SeverityChanged(EventKey.of(t, e), e, previous, at, revision);
    }

    /** @param revision the how-manieth notification of the event it is */
    static EventResolved resolved(WatchTarget t, HealthEvent e, EventSeverity previous, Instant at,
            EventResolved.Reason reason, long revision) {
        return new EventResolved(EventKey.of(t, e), e, previous, at, revision, reason);
    }

    /** What the listeners of a watcher received, in order. */
    static final class Recorder {
        final List<HealthNotification> notifications = new CopyOnWriteArrayList<>();
        final List<PollFailure> failures = new CopyOnWriteArrayList<>();

        /** Waits until the listener received exactly these (listeners run on their own threads). */
        void awaitNotifications(List<? extends HealthNotification> expected) throws InterruptedException {
            awaitSize(notifications::size, expected.size());
            assertThat(notifications).containsExactlyElementsOf(expected);
        }

        void awaitFailures(int count) throws InterruptedException {
            awaitSize(failures::size, count);
            assertThat(failures).hasSize(count);
        }

        private static void awaitSize(Supplier<Integer> size, int expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (size.get() < expected && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            // A little longer, to catch a notification too many.
            Thread.sleep(20);
        }
    }

    /** @return the notifications of several polls, in order */
    @SafeVarargs
    static List<HealthNotification> concat(List<? extends HealthNotification>... lists) {
        List<HealthNotification> all = new ArrayList<>();
        for (List<? extends HealthNotification> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
