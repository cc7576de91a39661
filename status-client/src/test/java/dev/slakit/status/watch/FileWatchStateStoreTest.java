package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static dev.slakit.status.EventSeverity.NORMAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.HealthEvent;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatchStateStoreTest {

    static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant START = Instant.parse("2026-11-22T01:00:00.123456789Z");

    @TempDir
    Path dir;

    final ScriptedStatusClient client = new ScriptedStatusClient();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));

    List<HealthNotification> runOnce(Path file) {
        List<HealthNotification> heard = new CopyOnWriteArrayList<>();
        try (FileWatchStateStore store = FileWatchStateStore.open(file);
                HealthWatcher w = HealthWatcher.builder(client).target(ECS).clock(clock).store(store)
                        .listenerExecutor(Runnable::run).listener(heard::add).build()) {
            w.pollOnce();
        }
        return heard;
    }

    @Test
    void aRestartDoesNotAnnounceKnownEventsAgainButAnnouncesWhatChangedMeanwhile() {
        Path file = dir.resolve("state/watch.json");
        HealthEvent alarm = HealthEvent.of("Down", ALARM, START, null);
        HealthEvent wire = HealthEvent.ofWire("Odd", "Critical", START, null);
        client.set(ECS, alarm, wire);
        assertThat(runOnce(file)).hasSize(2);
        assertThat(runOnce(file)).as("after restart, nothing new").isEmpty();

        HealthEvent blip = HealthEvent.of("Blip", ALARM, START.plusSeconds(5), START.plusSeconds(65));
        client.set(ECS, alarm.withSeverity(NORMAL), wire, blip);
        assertThat(runOnce(file)).extracting(n -> n.kind() + " " + n.event().title())
                .containsExactly("RESOLVED Down", "OPENED Blip", "RESOLVED Blip");
        assertThat(runOnce(file)).isEmpty();
    }

    @Test
    void pollOnceWritesTheFileOnceForAllChangedTargets() {
        Path file = dir.resolve("watch.json");
        int[] writes = {0};
        try (FileWatchStateStore file1 = FileWatchStateStore.open(file)) {
            WatchStateStore counting = new WatchStateStore() {
                @Override
                public java.util.Optional<TargetState> load(WatchTarget target) {
                    return file1.load(target);
                }

                @Override
                public void commit(TargetState state, List<HealthNotification> produced) {
                    throw new AssertionError("pollOnce() batches");
                }

                @Override
                public void commitAll(java.util.Collection<TargetState> states, List<HealthNotification> produced) {
                    writes[0]++;
                    file1.commitAll(states, produced);
                }

                @Override
                public List<HealthNotification> pending() {
                    return file1.pending();
                }

                @Override
                public void markDelivered(java.util.Collection<String> ids) {
                    file1.markDelivered(ids);
                }
            };
            HealthWatcher.Builder b = HealthWatcher.builder(client).clock(clock).store(counting)
                    .listenerExecutor(Runnable::run);
            for (WatchTarget t : HealthWatcherSchedulingTest.targets(200)) {
                client.set(t, HealthEvent.of("Down " + t, ALARM, START, null));
                b.target(t);
            }
            try (HealthWatcher w = b.build()) {
                assertThat(w.pollOnce().notifications()).hasSize(200);
                assertThat(w.pollOnce().notifications()).isEmpty();
            }
            assertThat(writes[0]).isEqualTo(1);
            assertThat(file1.pending()).as("no listener: delivered at once").isEmpty();
        }
        try (FileWatchStateStore reopened = FileWatchStateStore.open(file)) {
            assertThat(reopened.size()).isEqualTo(200);
        }
    }

    @Test
    void commitAllRejectsNotificationsWithoutTheirState() {
        try (FileWatchStateStore store = FileWatchStateStore.open(dir.resolve("watch.json"))) {
            HealthEvent e = HealthEvent.of("Down", ALARM, START, null);
            EventOpened n = new EventOpened(EventKey.of(ECS, e), e, null, START, 1);
            TargetState other = TargetState.of(WatchTarget.of("a", "b"), List.of());
            assertThatThrownBy(() -> store.commitAll(List.of(other), List.of(n)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no state in states");
            assertThatThrownBy(() -> store.commitAll(List.of(other, other), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
            assertThatThrownBy(() -> store.commit(other, List.of(n)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of a/b only");
            assertThat(store.size()).isZero();
        }
    }

    @Test
    void stateRoundTripsExactly() {
        Path file = dir.resolve("watch.json");
        FileWatchStateStore store = FileWatchStateStore.open(file);
        assertThat(store.load(ECS)).isEmpty();
        TargetState state = TargetState.of(ECS, List.of(
                HealthEvent.ofWire("Title \"quoted\" 中文", "notification", START, null),
                HealthEvent.of("Ended", ALARM, START, START.plusSeconds(1))), START.plusSeconds(30));
        store.commit(state, List.of());
        WatchTarget empty = WatchTarget.of("oo-region", "dns");
        store.commit(TargetState.of(empty, List.of()), List.of());
        store.close();
        FileWatchStateStore reopened = FileWatchStateStore.open(file);
        assertThat(reopened.load(ECS)).contains(state);
        assertThat(reopened.load(ECS).get().events().get(0).rawSeverity()).isEqualTo("notification");
        assertThat(reopened.load(ECS).get().observedAt()).contains(START.plusSeconds(30));
        assertThat(reopened.load(empty)).contains(TargetState.of(empty, List.of()));
        assertThat(reopened.size()).isEqualTo(2);
        assertThat(reopened.file()).isEqualTo(file.toAbsolutePath());
        assertThat(reopened.toString()).contains("targets=2");
    }

    @Test
    void aPartialTempFileLeftByACrashNeitherBreaksLoadingNorStays() throws Exception {
        Path file = dir.resolve("watch.json");
        try (FileWatchStateStore first = FileWatchStateStore.open(file)) {
            first.commit(TargetState.of(ECS, List.of(HealthEvent.of("Down", ALARM, START, null))), List.of());
        }
        Path partial = dir.resolve("watch.json.12345.tmp");
        Files.write(partial, "{\"format\":\"slakit-watch-st".getBytes(StandardCharsets.UTF_8));
        Path unrelated = dir.resolve("other.json.1.tmp");
        Files.write(unrelated, new byte[] {1});

        FileWatchStateStore store = FileWatchStateStore.open(file);

        assertThat(store.load(ECS).get().events()).hasSize(1);
        assertThat(partial).doesNotExist();
        assertThat(unrelated).exists();
    }

    @Test
    void savesLeaveNoTempFilesBehind() throws Exception {
        Path file = dir.resolve("watch.json");
        FileWatchStateStore store = FileWatchStateStore.open(file);
        for (int i = 0; i < 5; i++) {
            store.commit(TargetState.of(WatchTarget.of("r" + i, "p"), List.of()), List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(file, dir.resolve("watch.json.lock"));
        }
    }

    @Test
    void aCorruptStateFileIsAnErrorNotASilentReset() throws Exception {
        Path file = dir.resolve("watch.json");
        Files.write(file, "{\"targets\":[".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FileWatchStateStore.open(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("watch.json").hasMessageContaining("is not valid JSON");
        Files.write(file, "{\"format\":\"other\",\"version\":1}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FileWatchStateStore.open(file)).hasMessageContaining("\"format\" must be \"slakit-watch-state\"");
        Files.write(file, ("{\"format\":\"slakit-watch-state\",\"version\":1,\"targets\":[{\"regionId\":\"r\","
                + "\"productId\":\"p\",\"events\":[{\"title\":\"t\",\"severity\":\"ALARM\",\"start\":\"yesterday\"}]}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FileWatchStateStore.open(file)).hasMessageContaining("targets[0].events[0]: \"start\" must be an ISO-8601 instant, was yesterday");
        Files.write(file, ("{\"format\":\"slakit-watch-state\",\"version\":1,\"targets\":[{\"regionId\":1}]}")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FileWatchStateStore.open(file))
                .hasMessageContaining("targets[0]: \"regionId\" must be a string, was number");
        assertThat(Files.readAllBytes(file)).as("left untouched").isNotEmpty();
    }

    @Test
    void aFailedWriteKeepsThePreviousStateInMemoryAndOnDisk() throws Exception {
        Path file = dir.resolve("watch.json");
        FileWatchStateStore store = FileWatchStateStore.open(file);
        TargetState before = TargetState.of(ECS, List.of(HealthEvent.of("Down", ALARM, START, null)));
        store.commit(before, List.of());
        byte[] onDisk = Files.readAllBytes(file);
        Path blocker = dir.resolve("blocked.json");
        FileWatchStateStore blocked = FileWatchStateStore.open(blocker);
        Files.createDirectories(blocker.resolve("child")); // the file's path is now a non-empty directory
        assertThatThrownBy(() -> blocked.commit(before, List.of())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write watch state file");
        assertThat(blocked.size()).as("nothing kept").isZero();
        assertThat(blocked.load(ECS)).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(onDisk);
    }

    @Test
    void concurrentSavesAllLand() throws Exception {
        Path file = dir.resolve("watch.json");
        FileWatchStateStore store = FileWatchStateStore.open(file);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 25; i++) {
                    WatchTarget target = WatchTarget.of("region-" + thread, "product-" + i);
                    store.commit(TargetState.of(target, List.of(HealthEvent.of("e" + i, ALARM, START, null))), List.of());
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(store.size()).isEqualTo(100);
        store.close();
        FileWatchStateStore reopened = FileWatchStateStore.open(file);
        assertThat(reopened.size()).isEqualTo(100);
        assertThat(reopened.load(WatchTarget.of("region-3", "product-24")).get().events())
                .extracting(HealthEvent::title).containsExactly("e24");
    }

    @Test
    void aFileWhereADirectoryCannotBeCreatedIsReported() throws Exception {
        Path notADir = dir.resolve("plain");
        Files.write(notADir, new byte[] {1});
        assertThatThrownBy(() -> FileWatchStateStore.open(notADir.resolve("watch.json")))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot create the directory");
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        Path file = dir.resolve("watch.json");
        Files.createDirectories(file);
        assertThatThrownBy(() -> FileWatchStateStore.open(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read watch state file");
    }

    @Test
    void moveIntoPlaceReplacesTheTarget() throws Exception {
        Path tmp = Files.write(dir.resolve("a.tmp"), new byte[] {1});
        Path target = Files.write(dir.resolve("a"), new byte[] {2});
        FileWatchStateStore.moveIntoPlace(tmp, target);
        assertThat(Files.readAllBytes(target)).containsExactly(1);
        assertThat(tmp).doesNotExist();
    }

    @Test
    void theInMemoryStoreKeepsTheLastSave() {
        InMemoryWatchStateStore store = new InMemoryWatchStateStore();
        assertThat(store.load(ECS)).isEmpty();
        store.commit(TargetState.of(ECS, List.of()), List.of());
        TargetState second = TargetState.of(ECS, List.of(HealthEvent.of("x", ALARM, START, null)));
        store.commit(second, List.of());
        assertThat(store.load(ECS)).contains(second);
        assertThat(store.size()).isEqualTo(1);
        assertThatThrownBy(() -> store.commit(null, List.of())).isInstanceOf(NullPointerException.class).hasMessage("state");
        assertThatThrownBy(() -> store.load(null)).isInstanceOf(NullPointerException.class).hasMessage("target");
    }
}
