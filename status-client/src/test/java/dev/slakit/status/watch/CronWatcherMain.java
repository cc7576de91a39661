package dev.slakit.status.watch;

import static dev.slakit.status.EventSeverity.ALARM;

import dev.slakit.status.HealthEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Child JVM for {@link HealthWatcherCrashRedeliveryTest}: one cron-style run, pollOnce() then close(), with
 * a FileWatchStateStore and a slow listener that appends "{run} {id}" to a file for every notification.
 * Arguments: state file, output file, run label, incident count, listener milliseconds.
 */
public final class CronWatcherMain {

    static final WatchTarget TARGET = WatchTarget.of("cn-hangzhou", "ecs");
    static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private CronWatcherMain() {
    }

    static HealthEvent incident(int i) {
        return HealthEvent.of("incident " + i, ALARM, NOW.minusSeconds(600 + i), null);
    }

    public static void main(String[] args) throws Exception {
        Path stateFile = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        String run = args[2];
        int count = Integer.parseInt(args[3]);
        long listenerMillis = Long.parseLong(args[4]);
        ScriptedStatusClient client = new ScriptedStatusClient();
        HealthEvent[] events = new HealthEvent[count];
        for (int i = 0; i < count; i++) {
            events[i] = incident(i);
        }
        client.set(TARGET, events);
        try (FileWatchStateStore store = FileWatchStateStore.open(stateFile);
                HealthWatcher watcher = HealthWatcher.builder(client).target(TARGET).clock(new MutableClock(NOW))
                        .store(store).closeTimeout(java.time.Duration.ofSeconds(30)).listener(n -> {
                            try {
                                Files.write(out, (run + " " + n.id() + "\n").getBytes(StandardCharsets.UTF_8),
                                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                                Thread.sleep(listenerMillis);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }).build()) {
            System.out.println("announced " + watcher.pollOnce().notifications().size());
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
    }
}
