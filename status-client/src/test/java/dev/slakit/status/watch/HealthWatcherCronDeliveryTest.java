package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.HealthEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cron-style use that lost notifications (issue 10: 200 announced, 57 delivered): pollOnce() then close()
 * with a FileWatchStateStore and a 2 ms listener on the watcher's own listener threads.
 */
class HealthWatcherCronDeliveryTest {

    static final int RUNS = 200;
    static final int INCIDENTS_PER_TARGET = 3;

    @TempDir
    Path dir;

    @Test
    void pollOnceThenCloseDeliversEveryAnnouncedNotificationOnEveryRun() {
        Path file = dir.resolve("watch.json");
        ScriptedStatusClient client = new ScriptedStatusClient();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));
        List<WatchTarget> targets = List.of(WatchTarget.of("cn-hangzhou", "ecs"), WatchTarget.of("cn-shanghai", "oss"),
                WatchTarget.of("oo-region", "ram"));
        int total = 0;
        for (int run = 0; run < RUNS; run++) {
            // A new day each run (lookback 1 day): yesterday's incidents age out, today's are new.
            clock.advance(Duration.ofDays(1));
            for (WatchTarget t : targets) {
                List<HealthEvent> events = new ArrayList<>();
                for (int i = 0; i < INCIDENTS_PER_TARGET; i++) {
                    events.add(HealthEvent.of("run " + run + " incident " + i, ALARM,
                            clock.instant().minusSeconds(60 + i), null));
                }
                client.set(t, events.toArray(new HealthEvent[0]));
            }
            List<HealthNotification> heard = new CopyOnWriteArrayList<>();
            List<HealthNotification> announced;
            HealthWatcher watcher;
            try (FileWatchStateStore store = FileWatchStateStore.open(file)) {
                watcher = HealthWatcher.builder(client).targets(targets).clock(clock).lookbackDays(1).store(store)
                        .listener(n -> {
                            sleep(2);
                            heard.add(n);
                        }).build();
                announced = watcher.pollOnce().notifications();
                watcher.close();
                assertThat(store.pending()).as("run %s: outbox empty after close()", run).isEmpty();
            }
            assertThat(announced).as("run %s announced", run).hasSize(targets.size() * INCIDENTS_PER_TARGET);
            assertThat(heard).as("run %s: delivered == announced after close()", run)
                    .containsExactlyElementsOf(announced);
            assertThat(watcher.undelivered()).isEmpty();
            total += heard.size();
        }
        assertThat(total).isEqualTo(RUNS * targets.size() * INCIDENTS_PER_TARGET);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
