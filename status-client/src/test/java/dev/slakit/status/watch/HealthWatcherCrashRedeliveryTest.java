package dev.slakit.status.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A watcher killed (kill -9) in the middle of dispatch delivers everything after a restart, with the same ids. */
class HealthWatcherCrashRedeliveryTest {

    static final int INCIDENTS = 40;

    @TempDir
    Path dir;

    @Test
    void aWatcherKilledWhileDispatchingDeliversEverythingAfterARestartWithTheSameIds() throws Exception {
        Path state = dir.resolve("watch.json");
        Path out = dir.resolve("delivered.txt");
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 0; i < INCIDENTS; i++) {
            expected.add(HealthNotification.id(EventKey.of(CronWatcherMain.TARGET, CronWatcherMain.incident(i)), 1));
        }

        try (ChildJvm first = ChildJvm.start(CronWatcherMain.class, state.toString(), out.toString(), "1",
                Integer.toString(INCIDENTS), "25")) {
            first.await("announced " + INCIDENTS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (lines(out).size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            first.kill(); // in the middle of dispatch: 40 x 25 ms would take a second
        }
        List<String> beforeCrash = ids(lines(out), "1");
        assertThat(beforeCrash).as("killed mid-dispatch").hasSizeBetween(5, INCIDENTS - 1);

        try (ChildJvm second = ChildJvm.start(CronWatcherMain.class, state.toString(), out.toString(), "2",
                Integer.toString(INCIDENTS), "1")) {
            second.await("announced 0"); // nothing new: the state was committed with its outbox before the kill
            second.await("done");
            assertThat(second.exitCode()).isZero();
        }
        List<String> afterRestart = ids(lines(out), "2");

        Set<String> delivered = new LinkedHashSet<>(beforeCrash);
        delivered.addAll(afterRestart);
        assertThat(delivered).as("every notification delivered, by id").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(afterRestart).as("redelivered: the outbox, with the ids the first run produced")
                .doesNotHaveDuplicates().isSubsetOf(expected);
        List<String> twice = new ArrayList<>(beforeCrash);
        twice.retainAll(afterRestart);
        assertThat(twice).as("at most the few handed but not yet recorded before the kill come twice").hasSizeLessThan(3);
        try (FileWatchStateStore reopened = FileWatchStateStore.open(state)) {
            assertThat(reopened.pending()).isEmpty();
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    private static List<String> ids(List<String> lines, String run) {
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[0].equals(run)) {
                ids.add(parts[1]);
            }
        }
        return ids;
    }
}
