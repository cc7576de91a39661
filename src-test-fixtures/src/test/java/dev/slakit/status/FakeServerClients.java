package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.RecordedStatusRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place integration tests build a {@link StatusClient} for a {@link FakeStatusServer}: fast retries (a few
 * milliseconds of backoff, so a retry never sleeps seconds), short timeouts, and checks of what the server recorded.
 */
public final class FakeServerClients {

    /** Backoff bases and cap small enough that a test of N retries costs milliseconds, not seconds. */
    public static final Duration BASE_DELAY = Duration.ofMillis(2);
    /** The throttling backoff base of {@link #fastRetries(int)}. */
    public static final Duration THROTTLING_BASE_DELAY = Duration.ofMillis(5);
    /** The cap of every delay, also of a server-suggested one ({@code Retry-After: 1} becomes 20 ms). */
    public static final Duration MAX_BACKOFF = Duration.ofMillis(20);

    private FakeServerClients() {
    }

    /**
     * @param maxAttempts attempts per call, including the first
     * @return a retry policy with {@link #BASE_DELAY}, {@link #THROTTLING_BASE_DELAY}, {@link #MAX_BACKOFF}
     */
    public static RetryPolicy fastRetries(int maxAttempts) {
        return RetryPolicy.builder().maxAttempts(maxAttempts).baseDelay(BASE_DELAY)
                .throttlingBaseDelay(THROTTLING_BASE_DELAY).maxBackoff(MAX_BACKOFF).build();
    }

    /**
     * A client builder pointed at the server with its credentials, {@link #fastRetries(int) fastRetries(3)}, a
     * 1 s connect, 2 s read and 10 s call timeout, and the server's clock (so a {@code TestClock} of the server
     * signs the client's timestamps too).
     *
     * @param server the server
     * @return the builder, to adjust
     */
    public static StatusClientBuilder clientFor(FakeStatusServer server) {
        return StatusClient.builder()
                .endpoint(server.endpoint())
                .credentials(server.credentials())
                .retryPolicy(fastRetries(3))
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(10))
                .clock(server.clock());
    }

    /**
     * @param regionId the region
     * @param productId the product
     * @param endDate the last day
     * @param numOfDay the number of days
     * @return the request
     */
    public static ListEventsRequest request(String regionId, String productId, LocalDate endDate, int numOfDay) {
        return ListEventsRequest.builder().regionId(regionId).productId(productId).endDate(endDate)
                .numOfDay(numOfDay).build();
    }

    /**
     * @param requests recorded requests
     * @return their {@code SignatureNonce} parameters, in order (a missing one fails the test)
     */
    public static List<String> nonces(List<RecordedStatusRequest> requests) {
        List<String> nonces = new ArrayList<>();
        for (RecordedStatusRequest r : requests) {
            assertThat(r.parameter("SignatureNonce")).as("SignatureNonce of %s", r).isPresent();
            nonces.add(r.parameter("SignatureNonce").get());
        }
        return nonces;
    }

    /**
     * @param requests recorded requests
     * @return their {@code Timestamp} parameters, in order
     */
    public static List<String> timestamps(List<RecordedStatusRequest> requests) {
        List<String> timestamps = new ArrayList<>();
        for (RecordedStatusRequest r : requests) {
            timestamps.add(r.parameter("Timestamp").orElseThrow());
        }
        return timestamps;
    }

    /**
     * Asserts that none of the strings appears in any recorded parameter, header or summary of the server.
     *
     * @param server the server
     * @param secrets the secrets, such as the AccessKey secret and the STS token
     */
    public static void assertNothingRecordedContains(FakeStatusServer server, String... secrets) {
        for (RecordedStatusRequest r : server.requests()) {
            StringBuilder all = new StringBuilder(r.toString());
            for (Map.Entry<String, String> p : r.parameters().entrySet()) {
                all.append('\n').append(p.getKey()).append('=').append(p.getValue());
            }
            for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
                all.append('\n').append(h.getKey()).append(':').append(h.getValue());
            }
            for (String secret : secrets) {
                assertThat(all.toString()).as("recorded request %s", r).doesNotContain(secret);
            }
        }
        for (String secret : secrets) {
            assertThat(server.toString()).doesNotContain(secret);
        }
    }

    /**
     * A clock that moves one second forward each time it is read, from a start: two attempts of one call then
     * sign different timestamps, which shows each attempt reads the clock afresh.
     *
     * @param start the first instant
     * @return the clock
     */
    public static Clock steppingClock(Instant start) {
        return new SteppingClock(start);
    }

    private static final class SteppingClock extends Clock {
        private final Instant start;
        private final AtomicLong reads = new AtomicLong();

        SteppingClock(Instant start) {
            this.start = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a stepping clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return start.plusSeconds(reads.getAndIncrement());
        }
    }
}
