package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The outbox rules of the delivery guarantee, on a store the test controls. */
class HealthWatcherOutboxTest {

    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final WatchTarget OSS = WatchTarget.of("cn-hangzhou", "oss");

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(NOW);

    static HealthEvent alarm(String title) {
        return HealthEvent.of(title, ALARM, NOW.minusSeconds(60), null);
    }

    static HealthNotification opened(WatchTarget t, HealthEvent e) {
        return new EventOpened(EventKey.of(t, e), e, null, NOW, 1);
    }

    /** A store whose claims and delivery records the test switches. */
    static final class ControlledStore implements WatchStateStore {
        final InMemoryWatchStateStore delegate = new InMemoryWatchStateStore();
        final List<WatchTarget> refused = new CopyOnWriteArrayList<>();
        volatile RuntimeException claimError;
        volatile boolean markFails;
        final List<Collection<String>> marked = new CopyOnWriteArrayList<>();

        @Override
        public boolean tryClaim(WatchTarget target, Duration interval) {
            if (claimError != null) {
                throw claimError;
            }
            return !refused.contains(target);
        }

        @Override
        public Optional<TargetState> load(WatchTarget target) {
            return delegate.load(target);
        }

        @Override
        public void commit(TargetState state, List<HealthNotification> produced) {
            delegate.commit(state, produced);
        }

        @Override
        public List<HealthNotification> pending() {
            return delegate.pending();
        }

        @Override
        public void markDelivered(Collection<String> ids) {
            if (markFails) {
                throw new UncheckedIOException(new java.io.IOException("disk full"));
            }
            marked.add(new ArrayList<>(ids));
            delegate.markDelivered(ids);
        }
    }

    @Test
    void startAndPollOnceDeliverWhatAnEarlierRunLeftInTheOutboxFirstAndOnce() throws Exception {
        ControlledStore store = new ControlledStore();
        HealthNotification left = opened(ECS, alarm("left over"));
        store.delegate.commit(TargetState.of(ECS, List.of(alarm("left over")), NOW,
                java.util.Map.of(left.key(), 1L)), List.of(left));
        client.set(ECS, alarm("left over"));
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store)
                .listenerExecutor(Runnable::run).listener(heard::add).build()) {
            PollSummary s = w.pollOnce();
            assertThat(s.notifications()).as("nothing new: the state is the committed one").isEmpty();
            assertThat(heard).containsExactly(left);
            w.pollOnce();
            assertThat(heard).as("delivered once").containsExactly(left);
        }
        assertThat(store.pending()).isEmpty();
        assertThat(store.marked).containsExactly(List.of(left.id()));
    }

    @Test
    void aTargetAnotherInstanceHoldsIsSkippedWithoutAFailure() {
        ControlledStore store = new ControlledStore();
        store.refused.add(OSS);
        client.set(ECS, alarm("a")).set(OSS, alarm("b"));
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).target(OSS).clock(clock).store(store)
                .build()) {
            PollSummary s = w.pollOnce();
            assertThat(s.polled()).isEqualTo(1);
            assertThat(s.failures()).isEmpty();
            assertThat(s.notifications()).extracting(HealthNotification::target).containsExactly(ECS);
            assertThat(client.requests).extracting(r -> r.productId()).containsExactly("ecs");

            store.claimError = new IllegalStateException("database down");
            PollSummary failed = w.pollOnce();
            assertThat(failed.failures()).extracting(f -> f.error().getMessage())
                    .containsExactly("database down", "database down");
        }
    }

    @Test
    void withoutListenersANotificationIsDeliveredAtOnce() {
        ControlledStore store = new ControlledStore();
        client.set(ECS, alarm("a"));
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store).build()) {
            assertThat(w.pollOnce().notifications()).hasSize(1);
        }
        assertThat(store.pending()).isEmpty();
        assertThat(store.marked).hasSize(1);
    }

    @Test
    void aFailedDeliveryRecordLeavesTheNotificationPendingForTheNextRunButNotUndelivered() {
        ControlledStore store = new ControlledStore();
        store.markFails = true;
        client.set(ECS, alarm("a"));
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store)
                .listenerExecutor(Runnable::run).listener(heard::add).build();
        List<HealthNotification> produced = w.pollOnce().notifications();
        w.pollOnce();
        assertThat(heard).as("handed once; not redelivered while this watcher runs").containsExactlyElementsOf(produced);
        w.close();
        assertThat(w.undelivered()).as("it was handed").isEmpty();
        assertThat(store.pending()).as("not recorded: a later run delivers it again").containsExactlyElementsOf(produced);

        store.markFails = false;
        HealthWatcher retry = HealthWatcher.builder(client).target(ECS).clock(clock).store(store)
                .listenerExecutor(Runnable::run).listener(heard::add).build();
        retry.pollOnce();
        retry.close();
        assertThat(store.pending()).isEmpty();
        assertThat(heard).hasSize(2).allSatisfy(n -> assertThat(n.id()).isEqualTo(produced.get(0).id()));
    }

    @Test
    void aThrowingListenerCountsAsHandedAndARemovedListenerNoLongerHoldsDeliveryBack() throws Exception {
        ControlledStore store = new ControlledStore();
        client.set(ECS, alarm("a"), alarm("b"), alarm("c"));
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        HealthListener stuck = n -> {
            if (first.getAndSet(false)) {
                blocked.countDown();
                try {
                    never.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        HealthListener throwing = n -> {
            throw new IllegalStateException("listener bug");
        };
        HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store).listener(stuck)
                .listener(throwing).build();
        assertThat(w.pollOnce().notifications()).hasSize(3);
        assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(store.pending()).as("the stuck listener holds all three back").hasSize(3);
        assertThat(w.removeListener(stuck)).isTrue();
        never.countDown(); // the removed listener finishes "a": handed to everyone registered
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!store.pending().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(store.pending()).as("thrown counts as handed; removed no longer registered").isEmpty();
        w.close();
        assertThat(w.undelivered()).isEmpty();
    }
}
