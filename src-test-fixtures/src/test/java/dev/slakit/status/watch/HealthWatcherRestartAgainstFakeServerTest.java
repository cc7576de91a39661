package dev.slakit.status.watch;

import static dev.slakit.status.watch.WatchFixture.T0;
import static dev.slakit.status.watch.WatchFixture.ongoing;
import static dev.slakit.status.watch.WatchFixture.opened;
import static dev.slakit.status.watch.WatchFixture.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.SampleEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link HealthWatcher} restarted over the same {@link FileWatchStateStore} file, against the
 * {@code FakeStatusServer}: what was known is not announced again, what changed while it was down is.
 */
class HealthWatcherRestartAgainstFakeServerTest {

    private static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    private static final WatchTarget OSS = WatchTarget.of("cn-shanghai", "oss");

    @TempDir
    Path dir;

    private final WatchFixture fixture = new WatchFixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private HealthWatcher watcherOver(FileWatchStateStore store) {
        return fixture.watcher().target(ECS).target(OSS).store(store).build();
    }

    @Test
    void aRestartedWatcherAnnouncesOnlyWhatChangedWhileItWasDown() {
        Path file = dir.resolve("state").resolve("health-watch.json");
        // Millisecond start times, a Chinese title and a severity this version does not know must all survive
        // the file: otherwise a known event would get another identity and be announced again.
        HealthEvent e1 = ongoing(SampleEvents.ECS_NETWORK_HANGZHOU, EventSeverity.ALARM,
                T0.minus(Duration.ofHours(2)).plusMillis(457));
        HealthEvent e2 = ongoing("Scheduled maintenance of ECS", EventSeverity.NOTIFICATION,
                T0.minus(Duration.ofHours(1)).plusMillis(1));
        HealthEvent major = HealthEvent.ofWire("OSS partial degradation", "MAJOR",
                T0.minus(Duration.ofMinutes(50)).plusMillis(999), null);
        HealthEvent history = HealthEvent.of("ECS incident of yesterday", EventSeverity.ALARM,
                T0.minus(Duration.ofDays(1)), T0.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(30)));
        fixture.put(ECS, e1).put(ECS, e2).put(ECS, history).put(OSS, major).publish();

        Instant t1 = fixture.clock.instant();
        try (FileWatchStateStore firstStore = FileWatchStateStore.open(file);
                HealthWatcher first = watcherOver(firstStore)) {
            assertThat(first.pollOnce().notifications()).containsExactly(
                    opened(ECS, e2, null, t1), opened(ECS, e1, null, t1), opened(OSS, major, null, t1));
        }
        assertThat(file).exists();

        // Restarted with nothing changed: silence.
        Instant t2 = fixture.advance(Duration.ofMinutes(5));
        try (FileWatchStateStore secondStore = FileWatchStateStore.open(file);
                HealthWatcher second = watcherOver(secondStore)) {
            PollSummary summary = second.pollOnce();
            assertThat(summary.failures()).isEmpty();
            assertThat(summary.notifications()).isEmpty();
        }

        // While down: e1 ends, e2 is unchanged, e3 opens on OSS, e4 begins and ends on ECS.
        Instant t3 = fixture.advance(Duration.ofMinutes(10));
        HealthEvent e1Ended = e1.withEndTime(t2.plusSeconds(60));
        HealthEvent e3 = ongoing("OSS request errors", EventSeverity.ALARM, t2.plusSeconds(90));
        HealthEvent e4 = HealthEvent.of("ECS console unreachable", EventSeverity.NOTIFICATION,
                t2.plusSeconds(30), t2.plusSeconds(200));
        fixture.put(ECS, e1Ended).put(OSS, e3).put(ECS, e4).publish();

        try (FileWatchStateStore thirdStore = FileWatchStateStore.open(file);
                HealthWatcher third = watcherOver(thirdStore)) {
            assertThat(third.pollOnce().notifications()).containsExactly(
                    opened(ECS, e4, null, t3),
                    resolved(ECS, e4, EventSeverity.NOTIFICATION, t3, EventResolved.Reason.ENDED, 2),
                    resolved(ECS, e1Ended, EventSeverity.ALARM, t3, EventResolved.Reason.ENDED, 2),
                    opened(OSS, e3, null, t3));
            fixture.advance(Duration.ofMinutes(1));
            assertThat(third.pollOnce().notifications()).isEmpty();
        }

        // A watcher with a fresh file, by contrast, announces every active event as new.
        try (FileWatchStateStore freshStore = FileWatchStateStore.open(dir.resolve("other.json"));
                HealthWatcher fresh = watcherOver(freshStore)) {
            assertThat(fresh.pollOnce().notifications()).extracting(HealthNotification::event)
                    .containsExactly(e2, e3, major);
        }
        assertThat(fixture.recorder.failures).isEmpty();
    }

    @Test
    void theStateFileIsWrittenOnlyWhenSomethingChanged() throws Exception {
        Path file = dir.resolve("health-watch.json");
        HealthEvent alarm = ongoing("ECS API errors", EventSeverity.ALARM, T0.minus(Duration.ofHours(1)));
        fixture.put(ECS, alarm).publish();
        try (FileWatchStateStore watcherStore = FileWatchStateStore.open(file);
                HealthWatcher watcher = watcherOver(watcherStore)) {
            watcher.pollOnce();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!watcherStore.pending().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5); // the listener runs on its own thread; its delivery is recorded in the file
            }
            assertThat(watcherStore.pending()).isEmpty();
            byte[] afterFirst = Files.readAllBytes(file);
            watcher.pollOnce();
            assertThat(Files.readAllBytes(file)).isEqualTo(afterFirst);
            try (var temporaries = Files.list(dir)) {
                assertThat(temporaries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("health-watch.json", "health-watch.json.lock");
            }
            fixture.put(ECS, alarm.withEndTime(T0)).publish();
            assertThat(watcher.pollOnce().notifications()).hasSize(1);
            assertThat(Files.readAllBytes(file)).isNotEqualTo(afterFirst);
        }
        try (FileWatchStateStore reopened = FileWatchStateStore.open(file)) {
            assertThat(reopened.load(ECS)).hasValueSatisfying(
                    state -> assertThat(state.events()).containsExactly(alarm.withEndTime(T0)));
            assertThat(List.of(ECS, OSS)).allSatisfy(t -> assertThat(reopened.load(t)).isPresent());
        }
    }

    @Test
    void titlesAndSeveritiesOfEveryKindSurviveARestart() {
        Path file = dir.resolve("health-watch.json");
        List<HealthEvent> odd = List.of(
                ongoing("quotes \" and backslash \\ and slash /", EventSeverity.ALARM, T0.minusSeconds(60)),
                ongoing("line one\nline two\ttabbed", EventSeverity.NOTIFICATION, T0.minusSeconds(120)),
                ongoing("emoji \uD83D\uDD25 and 华东1（杭州）", EventSeverity.ALARM, T0.minusSeconds(180)),
                HealthEvent.ofWire("severity of another version", "CRITICAL", T0.minusSeconds(240), null),
                ongoing("   ", EventSeverity.ALARM, T0.minusSeconds(300)));
        for (HealthEvent e : odd) {
            fixture.put(ECS, e);
        }
        fixture.publish();
        try (FileWatchStateStore firstStore = FileWatchStateStore.open(file);
                HealthWatcher first = watcherOver(firstStore)) {
            assertThat(first.pollOnce().notifications()).extracting(HealthNotification::event)
                    .containsExactlyElementsOf(odd);
        }
        fixture.advance(Duration.ofMinutes(1));
        try (FileWatchStateStore secondStore = FileWatchStateStore.open(file);
                HealthWatcher second = watcherOver(secondStore)) {
            PollSummary summary = second.pollOnce();
            assertThat(summary.failures()).isEmpty();
            assertThat(summary.notifications()).isEmpty();
            assertThat(second.store().load(ECS)).hasValueSatisfying(
                    state -> assertThat(state.events()).containsExactlyInAnyOrderElementsOf(odd));
        }
    }
}
