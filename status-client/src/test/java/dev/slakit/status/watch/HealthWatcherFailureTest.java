package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Failed polls in the middle: nothing is lost, nothing is duplicated. */
class HealthWatcherFailureTest {

    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final WatchTarget OSS = WatchTarget.of("cn-hangzhou", "oss");
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));
    final List<HealthNotification> heard = new CopyOnWriteArrayList<>();
    final List<PollFailure> failures = new CopyOnWriteArrayList<>();
    final HealthWatcher watcher = HealthWatcher.builder(client).target(ECS).target(OSS).clock(clock)
            .listenerExecutor(Runnable::run).listener(heard::add).errorListener(failures::add).build();

    @AfterEach
    void close() {
        watcher.close();
    }

    @Test
    void aFailingTargetIsReportedWithItsAttemptCountAndTheOthersStillPoll() {
        client.set(OSS, HealthEvent.of("OSS slow", ALARM, START, null));
        client.fail(ECS);
        PollSummary first = watcher.pollOnce();
        assertThat(first.polled()).isEqualTo(2);
        assertThat(first.succeeded()).isEqualTo(1);
        assertThat(first.notifications()).hasSize(1);
        assertThat(first.failures()).singleElement().satisfies(f -> {
            assertThat(f.target()).isEqualTo(ECS);
            assertThat(f.attempt()).isEqualTo(1);
            assertThat(f.error()).isInstanceOf(StatusClientException.class).hasMessage("connection refused");
            assertThat(f.failedAt()).isEqualTo(clock.instant());
            assertThat(f.nextAttemptAt()).isEmpty(); // not started: nothing scheduled
        });
        assertThat(failures).isEqualTo(first.failures());
        clock.advance(Duration.ofMinutes(1));
        client.fail(ECS, new StatusServiceException("Throttling.User", "slow down", "r1", 400, 3));
        assertThat(watcher.pollOnce().failures()).singleElement()
                .satisfies(f -> assertThat(f.attempt()).isEqualTo(2));
        assertThat(failures).extracting(PollFailure::attempt).containsExactly(1, 2);
        assertThat(watcher.store().load(ECS)).isEmpty();
    }

    @Test
    void whatHappenedWhileFailingIsAnnouncedOnceByTheNextGoodPoll() {
        HealthEvent running = HealthEvent.of("Running", ALARM, START, null);
        client.set(ECS, running);
        watcher.pollOnce();
        heard.clear();

        client.fail(ECS);
        watcher.pollOnce();
        watcher.pollOnce();
        assertThat(heard).isEmpty();

        // meanwhile: "Running" went normal, "Blip" opened and ended, "New" opened
        HealthEvent blip = HealthEvent.of("Blip", ALARM, START.plusSeconds(60), START.plusSeconds(120));
        HealthEvent fresh = HealthEvent.of("New", ALARM, START.plusSeconds(300), null);
        client.set(ECS, running.withSeverity(NORMAL), blip, fresh);
        PollSummary good = watcher.pollOnce();

        assertThat(good.failures()).isEmpty();
        assertThat(heard).extracting(n -> n.kind() + " " + n.event().title()).containsExactly(
                "RESOLVED Running", "OPENED Blip", "RESOLVED Blip", "OPENED New");
        heard.clear();
        watcher.pollOnce();
        assertThat(heard).isEmpty();
    }

    @Test
    void theAttemptCountResetsAfterAGoodPoll() {
        client.fail(ECS);
        watcher.pollOnce();
        watcher.pollOnce();
        client.recover(ECS);
        watcher.pollOnce();
        client.fail(ECS);
        watcher.pollOnce();
        assertThat(failures).extracting(PollFailure::attempt).containsExactly(1, 2, 1);
    }

    @Test
    void aStoreThatCannotSaveFailsThePollAndTheNextPollAnnounces() {
        FlakyStore store = new FlakyStore();
        List<HealthNotification> local = new CopyOnWriteArrayList<>();
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store)
                .listenerExecutor(Runnable::run).listener(local::add).build()) {
            client.set(ECS, HealthEvent.of("Down", ALARM, START, null));
            store.broken = true;
            PollSummary failed = w.pollOnce();
            assertThat(failed.failures()).singleElement()
                    .satisfies(f -> assertThat(f.error()).isInstanceOf(UncheckedIOException.class));
            assertThat(failed.notifications()).isEmpty();
            assertThat(local).isEmpty();
            store.broken = false;
            assertThat(w.pollOnce().notifications()).hasSize(1);
            assertThat(local).hasSize(1);
        }
    }

    @Test
    void whenABatchSaveFailsHalfwayOnlyTheSavedTargetsAreAnnounced() {
        FlakyStore store = new FlakyStore();
        List<HealthNotification> local = new CopyOnWriteArrayList<>();
        List<PollFailure> localFailures = new CopyOnWriteArrayList<>();
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).target(OSS).clock(clock).store(store)
                .listenerExecutor(Runnable::run).listener(local::add).errorListener(localFailures::add).build()) {
            client.set(ECS, HealthEvent.of("ECS down", ALARM, START, null));
            client.set(OSS, HealthEvent.of("OSS down", ALARM, START, null));
            store.failAfter = 1; // the first save works, the second throws
            PollSummary s = w.pollOnce();
            assertThat(s.notifications()).extracting(n -> n.event().title()).containsExactly("ECS down");
            assertThat(s.failures()).singleElement().satisfies(f -> assertThat(f.target()).isEqualTo(OSS));
            assertThat(local).hasSize(1);
            assertThat(localFailures).hasSize(1);
            store.failAfter = Integer.MAX_VALUE;
            assertThat(w.pollOnce().notifications()).extracting(n -> n.event().title()).containsExactly("OSS down");
        }
    }

    @Test
    void withoutErrorListenersAFailureIsOnlyLogged() {
        try (HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).build()) {
            client.fail(ECS);
            assertThat(w.pollOnce().failures()).hasSize(1);
        }
    }

    @Test
    void anErrorListenerCanBeRemoved() {
        assertThat(watcher.removeErrorListener(failures::add)).isFalse(); // another instance
        PollFailureListener extra = failures::add;
        watcher.addErrorListener(extra);
        client.fail(ECS);
        watcher.pollOnce();
        assertThat(failures).hasSize(2);
        assertThat(watcher.removeErrorListener(extra)).isTrue();
        watcher.pollOnce();
        assertThat(failures).hasSize(3);
    }

    @Test
    void unwrapKeepsRuntimeExceptionsAndWrapsCheckedOnes() {
        RuntimeException direct = new IllegalStateException("x");
        assertThat(TargetScheduler.unwrap(new java.util.concurrent.CompletionException(direct))).isSameAs(direct);
        assertThat(TargetScheduler.unwrap(new java.util.concurrent.ExecutionException(direct))).isSameAs(direct);
        Exception checked = new java.io.IOException("io");
        assertThat(TargetScheduler.unwrap(checked)).isInstanceOf(StatusClientException.class).hasCause(checked);
    }

    /** A store whose saves fail while broken. */
    static final class FlakyStore implements WatchStateStore {
        final InMemoryWatchStateStore delegate = new InMemoryWatchStateStore();
        volatile boolean broken;
        volatile int failAfter = Integer.MAX_VALUE;

        @Override
        public Optional<TargetState> load(WatchTarget target) {
            return delegate.load(target);
        }

        @Override
        public void commit(TargetState state, java.util.List<HealthNotification> produced) {
            if (broken || failAfter-- <= 0) {
                throw new UncheckedIOException(new java.io.IOException("disk full"));
            }
            delegate.commit(state, produced);
        }

        @Override
        public java.util.List<HealthNotification> pending() {
            return delegate.pending();
        }

        @Override
        public void markDelivered(java.util.Collection<String> ids) {
            delegate.markDelivered(ids);
        }
    }
}
