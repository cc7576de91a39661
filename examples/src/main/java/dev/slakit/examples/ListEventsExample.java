package dev.slakit.examples;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientBuilder;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scenario 2: the {@code ListEvents} example of the statements of work (the {@code TestSdk} class built on
 * {@code aliyun-java-sdk-status}), done with slakit: list the Service Health Dashboard events of a product in
 * a region and print title, severity, start and end (Asia/Shanghai) as an aligned table.
 *
 * <p>Run: {@code java dev.slakit.examples.ListEventsExample [regionId [productId [endDate [numOfDay]]]]},
 * defaults {@value #DEFAULT_REGION}, {@value #DEFAULT_PRODUCT}, today in Asia/Shanghai and
 * {@value #DEFAULT_DAYS} days (the document's example uses {@code 2020-02-15} and 6). With
 * {@code ALIBABA_CLOUD_ACCESS_KEY_ID} and {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} set it calls
 * {@code https://status.aliyuncs.com}; without them it runs against an embedded {@code FakeStatusServer}
 * seeded with realistic events around now.
 */
public final class ListEventsExample {

    /** The default region, as in the document's example. */
    public static final String DEFAULT_REGION = "cn-hangzhou";
    /** The default product code, as in the document's example. */
    public static final String DEFAULT_PRODUCT = "ecs";
    /** The default number of days up to the end date, as in the document's example. */
    public static final int DEFAULT_DAYS = 6;

    private static final int TITLE_WIDTH = 56;

    private ListEventsExample() {
    }

    /**
     * The request from command-line arguments.
     *
     * @param args {@code [regionId [productId [endDate [numOfDay]]]]}, not null
     * @param today the default end date, not null
     * @return the request
     * @throws IllegalArgumentException if an argument is malformed (the message names it)
     */
    public static ListEventsRequest request(String[] args, LocalDate today) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(today, "today");
        LocalDate endDate;
        int days;
        try {
            endDate = args.length > 2 ? LocalDate.parse(args[2]) : today;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("endDate must be yyyy-MM-dd, was " + args[2], e);
        }
        try {
            days = args.length > 3 ? Integer.parseInt(args[3]) : DEFAULT_DAYS;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("numOfDay must be a positive integer, was " + args[3], e);
        }
        return ListEventsRequest.builder()
                .regionId(args.length > 0 ? args[0] : DEFAULT_REGION)
                .productId(args.length > 1 ? args[1] : DEFAULT_PRODUCT)
                .endDate(endDate)
                .numOfDay(days)
                .build();
    }

    /**
     * Calls {@code ListEvents} and prints the events, or the error as the document's example does
     * (code, message, request id).
     *
     * @param client the client, not null; not closed
     * @param request the query, not null
     * @param out where to print, not null
     * @return the reply, or null if the call failed (the failure is printed)
     */
    public static ListEventsResponse print(StatusClient client, ListEventsRequest request, PrintStream out) {
        return print(client, request, Integer.MAX_VALUE, out);
    }

    /**
     * Like {@link #print(StatusClient, ListEventsRequest, PrintStream)}, printing at most {@code maxRows} events
     * and a line saying how many more there are.
     *
     * @param client the client, not null; not closed
     * @param request the query, not null
     * @param maxRows the most events to print, positive
     * @param out where to print, not null
     * @return the reply, or null if the call failed (the failure is printed)
     */
    public static ListEventsResponse print(StatusClient client, ListEventsRequest request, int maxRows,
            PrintStream out) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("maxRows must be positive, was " + maxRows);
        }
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        ListEventsResponse response;
        try {
            response = client.listEvents(request);
        } catch (StatusServiceException e) {
            out.println("ListEvents failed: ErrCode " + e.code() + ", ErrMsg " + e.message() + ", RequestId "
                    + e.requestId());
            return null;
        } catch (StatusException e) {
            out.println("ListEvents failed: " + e.getMessage());
            return null;
        }
        out.println(request.regionId() + "/" + request.productId() + ", " + request.numOfDay() + " days to "
                + request.endDate() + ": " + response.total() + (response.total() == 1 ? " event" : " events") + " (RequestId " + response.requestId() + ")");
        if (response.events().isEmpty()) {
            out.println("(no events)");
            return response;
        }
        TextTable table = TextTable.withHeaders("Title", "Severity", "Start (CST)", "End (CST)")
                .maxWidth(0, TITLE_WIDTH);
        for (HealthEvent e : response.events().subList(0, Math.min(maxRows, response.events().size()))) {
            table.row(e.title(), e.rawSeverity(), Formats.china(e.startTime()),
                    e.endTime().map(Formats::china).orElse("ongoing"));
        }
        table.print(out);
        if (response.events().size() > maxRows) {
            out.println("(and " + (response.events().size() - maxRows) + " more)");
        }
        return response;
    }

    /**
     * Calls a given endpoint with given credentials, as an application configured in code would.
     *
     * @param endpoint the endpoint, not null
     * @param credentials the credentials, not null
     * @param request the query, not null
     * @param out where to print, not null
     * @return the reply, or null if the call failed
     */
    public static ListEventsResponse print(URI endpoint, Credentials credentials, ListEventsRequest request,
            PrintStream out) {
        try (StatusClient client = StatusClient.builder().endpoint(endpoint).credentials(credentials).build()) {
            return print(client, request, out);
        }
    }

    /**
     * Runs the example: the real endpoint when the environment has an AccessKey, else the seeded fake server.
     *
     * @param args the command-line arguments (see {@link #request(String[], LocalDate)}), not null
     * @param env the environment lookup, such as {@code System::getenv}, not null
     * @param realEndpoint the endpoint used with credentials, not null
     * @param clock gives "today" (Asia/Shanghai) and the instant the offline events are placed around, not null
     * @param out where to print, not null
     */
    public static void run(String[] args, Function<String, String> env, URI realEndpoint, Clock clock,
            PrintStream out) {
        ListEventsRequest request = request(args, clock.instant().atZone(Formats.CHINA).toLocalDate());
        try (StatusConnection connection = StatusConnection.open(env, realEndpoint, clock.instant())) {
            out.println("Events from " + connection.description());
            print(connection.client(), request, out);
        }
    }

    /**
     * Lists events; see the class description for the arguments.
     *
     * @param args {@code [regionId [productId [endDate [numOfDay]]]]}
     */
    public static void main(String[] args) {
        run(args, System::getenv, StatusClientBuilder.DEFAULT_ENDPOINT, Clock.systemUTC(), System.out);
    }
}
