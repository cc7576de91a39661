package dev.slakit.examples;

import dev.slakit.status.auth.EnvironmentCredentialsProvider;
import dev.slakit.status.StatusClientBuilder;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The README's first Quick start command ({@code ./mvnw -B -q -Pdemo -pl examples -am package}): runs
 * {@link SlaDeadlines}, {@link ListEventsExample} and {@link HealthWatch} in turn, in under 60 lines and a
 * few seconds.
 *
 * <p>Without {@code ALIBABA_CLOUD_ACCESS_KEY_ID} and {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} everything runs
 * offline at {@link SlaDeadlines#DEMO_NOW} (the first working morning after Spring Festival 2026) against an
 * embedded {@code FakeStatusServer} seeded with realistic events. With them, the status parts call the real
 * endpoint for today (the watch part polls once); the SLA part stays at the demo instant, since its ticket
 * queue is fixed data. The server, the client and the watcher are closed before {@link #main} returns, so
 * nothing keeps the JVM (or Maven's {@code exec:java}) alive.
 */
public final class Demo {

    /** The most events (part 2) and notifications (part 3) printed, so the demo stays under 60 lines. */
    static final int MAX_ROWS = 8;

    private Demo() {
    }

    /**
     * Runs the three parts.
     *
     * @param out where to print, not null
     * @param env the environment lookup, such as {@code System::getenv}, not null
     * @param realEndpoint the Status API endpoint used when {@code env} has credentials, not null
     * @param demoClock "now" of the SLA part, and of the status parts when offline, not null
     * @param liveClock "now" of the status parts when they use the real endpoint, not null
     * @throws InterruptedException if interrupted
     */
    public static void run(PrintStream out, Function<String, String> env, URI realEndpoint, Clock demoClock,
            Clock liveClock) throws InterruptedException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(env, "env");
        boolean live = StatusConnection.hasCredentials(env);
        Instant statusNow = live ? liveClock.instant() : demoClock.instant();

        out.println("slakit demo: " + (live ? "status parts call " + realEndpoint + " for today"
                : "offline; set " + EnvironmentCredentialsProvider.ACCESS_KEY_ID + " and "
                        + EnvironmentCredentialsProvider.ACCESS_KEY_SECRET + " to call " + realEndpoint));
        heading(out, "1. SLA deadlines (sla-core): a ticket queue across three editions, Spring Festival 2026");
        SlaDeadlines.print(demoClock.instant(), out);
        out.println("Editions: CN = CN_20210122, CN-FAQ = CN_FAQ_20210122, Partner = PARTNER_20210908");

        try (StatusConnection connection = StatusConnection.open(env, realEndpoint, statusNow)) {
            heading(out, "2. ListEvents (status-client) from " + connection.description());
            ListEventsExample.print(connection.client(),
                    ListEventsExample.request(new String[0], statusNow.atZone(Formats.CHINA).toLocalDate()),
                    MAX_ROWS, out);

            heading(out, "3. Health watch (HealthWatcher)");
            if (connection.server().isPresent()) {
                HealthWatch.story(connection.client(), connection.server().get(), statusNow, out);
            } else {
                HealthWatch.watch(connection.client(), liveClock, Duration.ofMinutes(1), Duration.ZERO, MAX_ROWS, out);
            }
        }
    }

    private static void heading(PrintStream out, String title) {
        out.println();
        out.println("== " + title);
    }

    /**
     * Runs the demo, or with arguments one example: the first argument names it ({@link #EXAMPLES}), the rest
     * are its own. From Maven: {@code ./mvnw -q -Pdemo -pl examples -am package -Dexec.args="ReportCalendar 2027"}.
     *
     * @param args empty for the demo, or an example's name and its arguments
     * @throws InterruptedException if interrupted
     * @throws IllegalArgumentException if the first argument names no example
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0) {
            runExample(args[0], Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        run(System.out, System::getenv, StatusClientBuilder.DEFAULT_ENDPOINT,
                Clock.fixed(SlaDeadlines.DEMO_NOW, Formats.CHINA), Clock.systemUTC());
    }

    /** The examples {@link #main} can run by name. */
    static final List<String> EXAMPLES = List.of("SlaDeadlines", "ListEventsExample", "HealthWatch",
            "ExpressTicketQuota", "ReportCalendar");

    private static void runExample(String name, String[] args) throws InterruptedException {
        switch (name) {
            case "SlaDeadlines" -> SlaDeadlines.main(args);
            case "ListEventsExample" -> ListEventsExample.main(args);
            case "HealthWatch" -> HealthWatch.main(args);
            case "ExpressTicketQuota" -> ExpressTicketQuota.main(args);
            case "ReportCalendar" -> ReportCalendar.main(args);
            default -> throw new IllegalArgumentException("no example named '" + name + "'; accepted: " + EXAMPLES);
        }
    }
}
