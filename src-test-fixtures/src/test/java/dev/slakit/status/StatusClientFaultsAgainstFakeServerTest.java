package dev.slakit.status;

import static dev.slakit.status.FakeServerClients.clientFor;
import static dev.slakit.status.FakeServerClients.fastRetries;
import static dev.slakit.status.FakeServerClients.nonces;
import static dev.slakit.status.FakeServerClients.request;
import static dev.slakit.status.FakeServerClients.steppingClock;
import static dev.slakit.status.FakeServerClients.timestamps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.testing.Fault;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.RecordedStatusRequest;
import dev.slakit.testing.SampleEvents;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every fault of the {@link FakeStatusServer}, met by slakit's {@link StatusClient}: which are retried (with a fresh
 * nonce and timestamp on each attempt), how many attempts are made, and which exception comes out.
 */
class StatusClientFaultsAgainstFakeServerTest {

    private static final LocalDate END_DATE = LocalDate.of(2020, 2, 15);
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration SLOW_REPLY = Duration.ofMillis(600);
    private static final Duration READ_TIMEOUT = Duration.ofMillis(200);

    private final FakeStatusServer server = FakeStatusServer.builder().slowReplyDelay(SLOW_REPLY).start();
    private final StatusClient client = clientFor(server)
            .retryPolicy(fastRetries(MAX_ATTEMPTS))
            .readTimeout(READ_TIMEOUT)
            .clock(steppingClock(Instant.now()))
            .build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private ListEventsResponse list() {
        return client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6));
    }

    /**
     * The faults the client must retry: each throttling code, 500/502/503/504, 429 with Retry-After, a reused nonce,
     * a disconnect, a truncated body, and a reply slower than the read timeout.
     */
    enum Retryable {
        THROTTLING(Fault.THROTTLING, StatusServiceException.class, 400, "Throttling"),
        THROTTLING_USER(Fault.THROTTLING_USER, StatusServiceException.class, 400, "Throttling.User"),
        THROTTLING_API(Fault.THROTTLING_API, StatusServiceException.class, 400, "Throttling.Api"),
        INTERNAL_ERROR(Fault.INTERNAL_ERROR, StatusServiceException.class, 500, "InternalError"),
        BAD_GATEWAY(Fault.BAD_GATEWAY, StatusClientException.class, 502, null),
        SERVICE_UNAVAILABLE(Fault.SERVICE_UNAVAILABLE, StatusServiceException.class, 503, "ServiceUnavailable"),
        GATEWAY_TIMEOUT(Fault.GATEWAY_TIMEOUT, StatusClientException.class, 504, null),
        TOO_MANY_REQUESTS_RETRY_AFTER(Fault.TOO_MANY_REQUESTS_RETRY_AFTER, StatusServiceException.class, 429,
                "Throttling"),
        SIGNATURE_NONCE_USED(Fault.SIGNATURE_NONCE_USED, StatusServiceException.class, 400, "SignatureNonceUsed"),
        DISCONNECT(Fault.DISCONNECT, StatusClientException.class, 0, null),
        TRUNCATED_BODY(Fault.TRUNCATED_BODY, StatusClientException.class, 200, null),
        SLOW_REPLY_PAST_READ_TIMEOUT(Fault.SLOW_REPLY, StatusClientException.class, 0, null);

        final Fault fault;
        final Class<? extends StatusException> exception;
        final int httpStatus;
        final String code;

        Retryable(Fault fault, Class<? extends StatusException> exception, int httpStatus, String code) {
            this.fault = fault;
            this.exception = exception;
            this.httpStatus = httpStatus;
            this.code = code;
        }
    }

    @ParameterizedTest
    @EnumSource(Retryable.class)
    void fewerFaultsThanAttemptsEndInSuccessWithAFreshNonceAndTimestampEachAttempt(Retryable r) {
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
        server.failNext(MAX_ATTEMPTS - 1, r.fault);

        ListEventsResponse response = list();

        assertThat(response.events()).containsExactly(SampleEvents.alarm().build());
        assertThat(server.requestCount()).isEqualTo(MAX_ATTEMPTS);
        assertThat(server.pendingFaults()).isZero();
        List<RecordedStatusRequest> recorded = server.requests();
        assertThat(recorded).hasSize(MAX_ATTEMPTS);
        assertThat(recorded.subList(0, MAX_ATTEMPTS - 1)).allSatisfy(q -> assertThat(q.fault()).contains(r.fault));
        RecordedStatusRequest last = recorded.get(MAX_ATTEMPTS - 1);
        assertThat(last.fault()).isEmpty();
        assertThat(last.responseStatus()).isEqualTo(200);
        assertThat(nonces(recorded)).doesNotHaveDuplicates();
        assertThat(timestamps(recorded)).doesNotHaveDuplicates();
        assertNoNonceWasRejected(recorded);
    }

    @ParameterizedTest
    @EnumSource(Retryable.class)
    void asManyFaultsAsAttemptsFailAfterExactlyMaxAttempts(Retryable r) throws Exception {
        server.failNext(MAX_ATTEMPTS, r.fault);

        StatusException e = catchThrowableOfType(StatusException.class, this::list);

        assertThat(e).isInstanceOf(r.exception);
        assertThat(e.attempts()).isEqualTo(MAX_ATTEMPTS);
        if (e instanceof StatusServiceException) {
            StatusServiceException s = (StatusServiceException) e;
            assertThat(s.code()).isEqualTo(r.code);
            assertThat(s.httpStatus()).isEqualTo(r.httpStatus);
            assertThat(s.requestId()).isEqualTo(server.requests().get(MAX_ATTEMPTS - 1).requestId().orElseThrow());
            assertThat(s.isThrottling()).isEqualTo(r.code.startsWith("Throttling"));
        } else {
            assertThat(((StatusClientException) e).httpStatus()).isEqualTo(r.httpStatus);
        }
        if (r == Retryable.SLOW_REPLY_PAST_READ_TIMEOUT) {
            assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
        } else if (r == Retryable.DISCONNECT || r == Retryable.TRUNCATED_BODY) {
            assertThat(e.getCause()).isInstanceOf(IOException.class);
        }
        // Exactly maxAttempts reach the server, and no later one sneaks in.
        Thread.sleep(100);
        assertThat(server.requestCount()).isEqualTo(MAX_ATTEMPTS);
        assertThat(nonces(server.requests())).hasSize(MAX_ATTEMPTS).doesNotHaveDuplicates();
        assertNoNonceWasRejected(server.requests());
    }

    @Test
    void aSlowReplyWithinTheReadTimeoutIsNotAFailure() {
        try (FakeStatusServer slowButInTime = FakeStatusServer.builder().slowReplyDelay(Duration.ofMillis(50))
                .start(); StatusClient patient = clientFor(slowButInTime).readTimeout(Duration.ofSeconds(2)).build()) {
            slowButInTime.failNext(1, Fault.SLOW_REPLY);

            assertThat(patient.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)).events()).isEmpty();
            assertThat(slowButInTime.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aReplySlowerThanTheCallTimeoutEndsTheCallAtItsDeadline() {
        try (StatusClient hurried = clientFor(server).readTimeout(Duration.ofSeconds(5))
                .connectTimeout(Duration.ofMillis(250)).callTimeout(Duration.ofMillis(300)).build()) {
            server.failNext(1, Fault.SLOW_REPLY);
            long start = System.nanoTime();

            StatusClientException e = catchThrowableOfType(StatusClientException.class,
                    () -> hurried.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)));

            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            // Without the deadline the 600 ms reply would have succeeded; the upper bound allows for a busy machine.
            assertThat(tookMillis).isBetween(250L, 300L + 1500L);
            assertThat(e.attempts()).isEqualTo(1);
            // Either the client's deadline timer or OkHttp's own call timeout (set to the time left) fires first.
            assertThat(e.getCause()).isInstanceOfAny(java.util.concurrent.TimeoutException.class,
                    java.io.InterruptedIOException.class);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void aReplyLargerThanTheCapIsAClientExceptionAndIsNotRetried() {
        List<dev.slakit.status.HealthEvent> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(SampleEvents.alarm().title("event " + i).build());
        }
        server.dispatcher(q -> dev.slakit.testing.StatusReply.events(many));
        try (StatusClient capped = clientFor(server).maxResponseBytes(1024).build()) {
            StatusClientException e = catchThrowableOfType(StatusClientException.class,
                    () -> capped.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)));

            assertThat(e.httpStatus()).isEqualTo(200);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("too large");
            assertThat(server.requestCount()).isEqualTo(1);
        }
        // The same reply under the default cap of 4 MiB is fine.
        assertThat(list().events()).hasSize(50);
    }

    @Test
    void tooManyRequestsHonoursRetryAfterCappedByMaxBackoff() {
        // Retry-After: 1 (second) is capped by the 20 ms maxBackoff of the policy: three retries take far less
        // than the three seconds the server asked for.
        server.failNext(MAX_ATTEMPTS - 1, Fault.TOO_MANY_REQUESTS_RETRY_AFTER);
        long start = System.nanoTime();

        list();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        List<RecordedStatusRequest> recorded = server.requests();
        assertThat(Duration.between(recorded.get(0).receivedAt(), recorded.get(MAX_ATTEMPTS - 1).receivedAt()))
                .isLessThan(Duration.ofMillis(2500));
        assertThat(server.requestCount()).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void withTheDefaultMaxBackoffRetryAfterIsWaitedFor() {
        try (StatusClient honouring = clientFor(server)
                .retryPolicy(fastRetries(2).toBuilder().maxBackoff(Duration.ofSeconds(20)).build()).build()) {
            server.failNext(1, Fault.TOO_MANY_REQUESTS_RETRY_AFTER);
            long start = System.nanoTime();

            honouring.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6));

            List<RecordedStatusRequest> recorded = server.requests();
            assertThat(Duration.between(recorded.get(0).receivedAt(), recorded.get(1).receivedAt()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    /** Unreadable but complete replies: the same request would get the same reply, so they are not retried. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"HTML_BODY", "EMPTY_BODY", "MALFORMED_JSON"})
    void aCompleteButUnreadable200ReplyIsAClientExceptionAfterOneAttempt(Fault fault) {
        server.failNext(MAX_ATTEMPTS, fault);

        StatusClientException e = catchThrowableOfType(StatusClientException.class, this::list);

        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(e).hasMessageNotContaining(server.credentials().accessKeySecret());
        assertThat(e.getCause()).isNotInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void aCodeOtherThan200InsideAnHttp200ReplyIsAServiceError() {
        server.failNext(1, Fault.CODE_NOT_200);

        StatusServiceException e = catchThrowableOfType(StatusServiceException.class, this::list);

        assertThat(e.code()).isEqualTo("500");
        assertThat(e.httpStatus()).isEqualTo(200);
        // Neither an HTTP status nor a code the retry rules name: not retried.
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(e.requestId()).isEqualTo(server.requests().get(0).requestId().orElseThrow());
    }

    @Test
    void retriesWithRetryPolicyNoneAreNotMade() {
        try (StatusClient once = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            server.failNext(1, Fault.THROTTLING_USER);

            StatusServiceException e = catchThrowableOfType(StatusServiceException.class,
                    () -> once.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)));

            assertThat(e.code()).isEqualTo("Throttling.User");
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    @Test
    void asyncCallsRetryToo() throws Exception {
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
        server.failNext(2, Fault.SERVICE_UNAVAILABLE);

        CompletableFuture<ListEventsResponse> future = client.listEventsAsync(request("cn-hangzhou", "ecs", END_DATE, 6));

        assertThat(future.get(5, TimeUnit.SECONDS).events()).hasSize(1);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(nonces(server.requests())).doesNotHaveDuplicates();
    }

    /** A share of all replies fails; many calls from several threads: each ends, in success or a StatusException. */
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"THROTTLING_USER", "INTERNAL_ERROR", "BAD_GATEWAY", "DISCONNECT",
        "TRUNCATED_BODY", "SLOW_REPLY"})
    void underAShareOfFaultyRepliesEveryCallEndsWithinItsCallTimeout(Fault fault) throws Exception {
        // A slow reply (5 s, over the 2 s read timeout) outlasts the 400 ms call timeout: only the deadline ends it
        // in time. The slack allows for a machine shared with other builds.
        Duration callTimeout = Duration.ofMillis(400);
        Duration slack = Duration.ofMillis(1500);
        int threads = 8;
        int callsPerThread = 15;
        int calls = threads * callsPerThread;
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        List<Long> slowestMillis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (FakeStatusServer rated = FakeStatusServer.builder().slowReplyDelay(Duration.ofSeconds(5))
                .maxConnections(256).start();
                StatusClient shared = clientFor(rated).retryPolicy(fastRetries(3)).readTimeout(Duration.ofSeconds(2))
                        .connectTimeout(Duration.ofMillis(300)).callTimeout(callTimeout).build()) {
            rated.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
            rated.failRate(0.4, fault, 42L);
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    long slowest = 0;
                    for (int i = 0; i < callsPerThread; i++) {
                        long start = System.nanoTime();
                        try {
                            assertThat(shared.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)).events())
                                    .hasSize(1);
                            succeeded.incrementAndGet();
                        } catch (StatusException e) {
                            assertThat(e.attempts()).isBetween(1, 3);
                            failed.incrementAndGet();
                        } catch (Throwable e) {
                            unexpected.add(e);
                        }
                        slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                    }
                    slowestMillis.add(slowest);
                }));
            }
            for (Future<?> w : workers) {
                w.get(60, TimeUnit.SECONDS);
            }

            assertThat(rated.requestCount()).isBetween(calls, calls * 3);
            assertThat(nonces(rated.requests())).doesNotHaveDuplicates();
            assertNoNonceWasRejected(rated.requests());
        } finally {
            pool.shutdownNow();
        }
        assertThat(unexpected).isEmpty();
        assertThat(succeeded.get() + failed.get()).isEqualTo(calls);
        // Most calls succeed (all but about 6 % after retries; 60 % when slow replies outlast the deadline).
        assertThat(succeeded.get()).isGreaterThan(calls / 3);
        if (fault == Fault.SLOW_REPLY) {
            assertThat(failed.get()).as("calls cut short by the call timeout").isPositive();
        }
        assertThat(slowestMillis).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(callTimeout.plus(slack).toMillis()));
    }

    /** A nonce the server itself rejected (not the scripted SIGNATURE_NONCE_USED fault) means one was reused. */
    private static void assertNoNonceWasRejected(List<RecordedStatusRequest> recorded) {
        assertThat(recorded).noneSatisfy(q -> {
            assertThat(q.fault()).isEmpty();
            assertThat(q.errorCode()).contains("SignatureNonceUsed");
        });
    }
}
