package dev.slakit.examples;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientBuilder;
import dev.slakit.status.watch.EventResolved;
import dev.slakit.status.watch.HealthListener;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollFailureListener;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.SeverityChanged;
import dev.slakit.status.watch.WatchTarget;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.TestClock;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Scenario 3: watch a few (region, product) pairs with {@link HealthWatcher} and print each notification as
 * it arrives: an incident or maintenance opened, a severity changed, an event resolved.
 *
 * <p>Offline (no AccessKey in the environment) it drives an embedded {@code FakeStatusServer} through a short
 * scripted story, one {@link HealthWatcher#pollOnce()} per step on a {@link TestClock} one minute apart:
 * the ongoing ECS incident is announced, an OSS maintenance begins, an SLB notice appears and escalates to an
 * ALARM, then all three end. With {@code ALIBABA_CLOUD_ACCESS_KEY_ID} and {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}
 * set it watches the real dashboard.
 *
 * <p>Run: {@code java dev.slakit.examples.HealthWatch [minutes]}: with credentials, how long to watch
 * (polling every minute; default {@value #DEFAULT_WATCH_MINUTES}, 0 = a single poll). Offline the argument is
 * ignored and the story takes well under a second.
 */
public final class HealthWatch {

    /** The watched pairs: ECS in Hangzhou, OSS in Shanghai, SLB in Singapore. */
    public static final List<WatchTarget> TARGETS = List.of(WatchTarget.of("cn-hangzhou", "ecs"),
            WatchTarget.of("cn-shanghai", "oss"), WatchTarget.of("ap-southeast-1", "slb"));
    /** How long {@link #main(String[])} watches the real dashboard by default, in minutes. */
    public static final int DEFAULT_WATCH_MINUTES = 10;

    private static final Duration STEP = Duration.ofMinutes(1);

    private HealthWatch() {
    }

    /**
     * Prints notifications as one line each: time observed (Asia/Shanghai), what happened, severity, target,
     * title. Counts what it printed. Thread-safe (a {@link PrintStream} is).
     */
    static final class Printer implements HealthListener, PollFailureListener {

        private final PrintStream out;
        private final int limit;
        private final AtomicInteger received = new AtomicInteger();

        Printer(PrintStream out, int limit) {
            this.out = Objects.requireNonNull(out, "out");
            this.limit = limit;
        }

        @Override
        public void onNotification(HealthNotification n) {
            if (received.incrementAndGet() > limit) {
                return;
            }
            String what;
            String severity;
            switch (n.kind()) {
                case OPENED:
                    what = kindOfEvent(n) + " opened";
                    severity = n.activeSeverity().name();
                    break;
                case SEVERITY_CHANGED:
                    SeverityChanged c = (SeverityChanged) n;
                    what = c.toSeverity() == EventSeverity.ALARM ? "escalated" : "severity changed";
                    severity = c.fromSeverity() + " -> " + c.toSeverity();
                    break;
                default:
                    EventResolved r = (EventResolved) n;
                    what = kindOfEvent(r) + " resolved";
                    severity = r.activeSeverity() + " (" + r.reason().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ') + ")";
                    break;
            }
            out.println(TextTable.pad(Formats.timeChina(n.observedAt()), 7) + TextTable.pad(what, 19)
                    + TextTable.pad(severity, 23) + TextTable.pad(n.regionId() + "/" + n.productId(), 20)
                    + TextTable.truncate(n.event().title(), 60));
        }

        /** ALARM reads as an incident; NOTIFICATION as a notice (scheduled maintenance is one). */
        private static String kindOfEvent(HealthNotification n) {
            return n.isIncident() ? "incident" : n.isMaintenance() ? "notice" : "event";
        }

        @Override
        public void onPollFailure(PollFailure failure) {
            out.println("poll of " + failure.target().regionId() + "/" + failure.target().productId()
                    + " failed (attempt " + failure.attempt() + "): " + failure.error().getMessage());
        }

        /** @return how many notifications arrived (printed or not) */
        int received() {
            return received.get();
        }

        /** Prints how many notifications were left out because of the limit, if any. */
        void printOverflow() {
            if (received.get() > limit) {
                out.println("(and " + (received.get() - limit) + " more)");
            }
        }
    }

    /**
     * The offline story: scripts the fake server step by step, polls once per step and prints what the
     * watcher announces. The server's events are replaced by {@link DemoEvents#around(Instant)} plus the
     * story's changes.
     *
     * @param client a client of {@code server}, not null; not closed
     * @param server the fake server, not null; not closed
     * @param start the instant of the first poll, not null
     * @param out where to print, not null
     * @return the number of notifications printed (all that arrived)
     */
    public static int story(StatusClient client, FakeStatusServer server, Instant start, PrintStream out) {
        Objects.requireNonNull(server, "server");
        TestClock clock = TestClock.of(start, Formats.CHINA);
        List<DemoEvents.Placed> board = DemoEvents.around(start);
        Printer printer = new Printer(out, Integer.MAX_VALUE);
        try (HealthWatcher watcher = newWatcher(client, clock, STEP, printer)) {
            printHeading(out, "scripted story, one poll a minute");
            DemoEvents.publish(board, server);
            watcher.pollOnce(); // the ongoing ECS incident is announced; past events are stored silently

            Instant ossStart = step(clock);
            put(board, "cn-shanghai", "oss", DemoEvents.ongoing(EventSeverity.NOTIFICATION,
                    DemoEvents.OSS_MAINTENANCE, ossStart), server);
            watcher.pollOnce();

            Instant slbStart = step(clock);
            put(board, "ap-southeast-1", "slb", DemoEvents.ongoing(EventSeverity.NOTIFICATION,
                    DemoEvents.SLB_ERRORS, slbStart), server);
            watcher.pollOnce();

            step(clock);
            put(board, "ap-southeast-1", "slb", DemoEvents.ongoing(EventSeverity.ALARM,
                    DemoEvents.SLB_ERRORS, slbStart), server);
            watcher.pollOnce();

            Instant now = step(clock);
            DemoEvents.Placed ecs = board.stream()
                    .filter(p -> p.event().title().equals(DemoEvents.ECS_LAUNCH_FAILURES)).findFirst().orElseThrow();
            put(board, "cn-hangzhou", "ecs", ecs.event().withEndTime(now), server);
            put(board, "ap-southeast-1", "slb", DemoEvents.ongoing(EventSeverity.ALARM, DemoEvents.SLB_ERRORS,
                    slbStart).withEndTime(now), server);
            watcher.pollOnce();

            now = step(clock);
            put(board, "cn-shanghai", "oss", DemoEvents.ongoing(EventSeverity.NOTIFICATION,
                    DemoEvents.OSS_MAINTENANCE, ossStart).withEndTime(now), server);
            PollSummary last = watcher.pollOnce();
            if (last.succeeded() != TARGETS.size()) {
                out.println("(" + last.failures().size() + " polls failed in the last step)");
            }
        }
        return printer.received();
    }

    private static Instant step(TestClock clock) {
        return clock.advance(STEP);
    }

    private static void put(List<DemoEvents.Placed> board, String region, String product,
            dev.slakit.status.HealthEvent event, FakeStatusServer server) {
        DemoEvents.put(board, new DemoEvents.Placed(region, product, event));
        DemoEvents.publish(board, server);
    }

    /**
     * Watches real targets: one poll when {@code duration} is zero, else scheduled polling every
     * {@code interval} until {@code duration} has passed.
     *
     * @param client the client, not null; not closed
     * @param clock the watcher's clock (its date in Asia/Shanghai is the request's end date), not null
     * @param interval the polling interval, positive
     * @param duration how long to watch, not negative
     * @param maxLines the most notifications to print (the rest are counted), positive
     * @param out where to print, not null
     * @return the number of notifications received
     * @throws InterruptedException if interrupted while watching
     */
    public static int watch(StatusClient client, Clock clock, Duration interval, Duration duration, int maxLines,
            PrintStream out) throws InterruptedException {
        if (maxLines <= 0) {
            throw new IllegalArgumentException("maxLines must be positive, was " + maxLines);
        }
        Printer printer = new Printer(out, maxLines);
        try (HealthWatcher watcher = newWatcher(client, clock, interval, printer)) {
            if (duration.isZero()) {
                printHeading(out, "one poll: what is active now");
                watcher.pollOnce();
            } else {
                printHeading(out, "polling every " + Formats.duration(interval) + " for "
                        + Formats.duration(duration));
                watcher.start();
                Thread.sleep(duration.toMillis());
            }
        }
        printer.printOverflow();
        if (printer.received() == 0) {
            out.println("(nothing active)");
        }
        return printer.received();
    }

    /**
     * A watcher of {@link #TARGETS} that delivers on the polling thread, so lines print in order and
     * {@link HealthWatcher#pollOnce()} returns after they are printed.
     */
    private static HealthWatcher newWatcher(StatusClient client, Clock clock, Duration interval, Printer printer) {
        return HealthWatcher.builder(client).targets(TARGETS).clock(clock).zone(Formats.CHINA)
                .interval(interval).listenerExecutor(Runnable::run)
                .listener(printer).errorListener(printer).build();
    }

    private static void printHeading(PrintStream out, String how) {
        StringBuilder targets = new StringBuilder();
        for (WatchTarget t : TARGETS) {
            targets.append(targets.length() == 0 ? "" : ", ").append(t.regionId()).append('/').append(t.productId());
        }
        out.println("Watching " + targets + " (" + how + ")");
    }

    /**
     * Runs the example: the real dashboard when the environment has an AccessKey, else the offline story.
     *
     * @param env the environment lookup, not null
     * @param realEndpoint the endpoint used with credentials, not null
     * @param clock the clock ("now" of the story offline; the watcher's clock online), not null
     * @param watchFor how long to watch online (zero: one poll)
     * @param out where to print, not null
     * @throws InterruptedException if interrupted while watching
     */
    public static void run(Function<String, String> env, URI realEndpoint, Clock clock, Duration watchFor,
            PrintStream out) throws InterruptedException {
        try (StatusConnection connection = StatusConnection.open(env, realEndpoint, clock.instant())) {
            out.println("Events from " + connection.description());
            if (connection.server().isPresent()) {
                story(connection.client(), connection.server().get(), clock.instant(), out);
            } else {
                watch(connection.client(), clock, Duration.ofMinutes(1), watchFor, Integer.MAX_VALUE, out);
            }
        }
    }

    /**
     * Watches; see the class description for the argument.
     *
     * @param args {@code [minutes]}
     * @throws InterruptedException if interrupted while watching
     */
    public static void main(String[] args) throws InterruptedException {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_WATCH_MINUTES;
        run(System::getenv, StatusClientBuilder.DEFAULT_ENDPOINT, Clock.systemUTC(), Duration.ofMinutes(minutes),
                System.out);
    }
}
