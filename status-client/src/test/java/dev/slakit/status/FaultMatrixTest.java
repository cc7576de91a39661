package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.clientFor;
import static dev.slakit.status.TestSupport.error;
import static dev.slakit.status.TestSupport.json;
import static dev.slakit.status.TestSupport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.status.internal.ReplyFormatException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fault the service or the network can produce: the retry decision (attempts counted at the server),
 * the bounded total time, and the exception with its fields.
 */
class FaultMatrixTest {

    private static final long BOUND_MILLIS = 3_000;

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    static Stream<Arguments> retriedServiceErrors() {
        return Stream.of(
                Arguments.of(400, "Throttling", true),
                Arguments.of(400, "Throttling.User", true),
                Arguments.of(400, "Throttling.Api", true),
                Arguments.of(503, "ServiceUnavailable", false),
                Arguments.of(500, "InternalError", false),
                Arguments.of(400, "SignatureNonceUsed", false),
                Arguments.of(502, "BadGateway", false),
                Arguments.of(504, "GatewayTimeout", false),
                Arguments.of(429, "TooManyRequests", true));
    }

    @ParameterizedTest(name = "HTTP {0} {1} is retried")
    @MethodSource("retriedServiceErrors")
    void retriableServiceErrorsAreRetriedUpToMaxAttempts(int status, String code, boolean throttling) {
        for (int i = 0; i < 5; i++) {
            server.enqueue(error(status, code));
        }
        StatusServiceException e = callExpecting(StatusServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.message()).isEqualTo("message of " + code);
        assertThat(e.requestId()).isEqualTo("REQ-" + code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.isThrottling()).isEqualTo(throttling);
        assertThat(e.getMessage()).contains(code, "attempts=3");
    }

    @ParameterizedTest(name = "retried {0} then success")
    @ValueSource(strings = {"Throttling.User", "ServiceUnavailable", "InternalError"})
    void aRetryThatSucceedsReturnsTheReply(String code) {
        server.enqueue(error(code.startsWith("Throttling") ? 400 : 503, code));
        server.enqueue(success());
        try (StatusClient client = clientFor(server).build()) {
            assertThat(client.listEvents(REQUEST).requestId()).isEqualTo("REQ-OK");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    static Stream<Arguments> neverRetriedServiceErrors() {
        return Stream.of(
                Arguments.of(400, "SignatureDoesNotMatch"),
                Arguments.of(404, "InvalidAccessKeyId.NotFound"),
                Arguments.of(400, "InvalidAccessKeyId.Inactive"),
                Arguments.of(400, "MissingRegionId"),
                Arguments.of(400, "InvalidParameter"),
                Arguments.of(400, "InvalidProductId.NotFound"),
                Arguments.of(403, "Forbidden.RAM"),
                Arguments.of(404, "UnknownCode"),
                Arguments.of(500, "InvalidParameter"),
                Arguments.of(200, "InvalidParameter"));
    }

    @ParameterizedTest(name = "HTTP {0} {1} is not retried")
    @MethodSource("neverRetriedServiceErrors")
    void clientErrorsAreNotRetried(int status, String code) {
        server.enqueue(error(status, code));
        server.enqueue(success());
        StatusServiceException e = callExpecting(StatusServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.requestId()).isEqualTo("REQ-" + code);
        assertThat(e.isThrottling()).isFalse();
    }

    @Test
    void aNonNumericOrNumericCodeInsideHttp200IsAServiceError() {
        server.enqueue(json(200, "{\"RequestId\":\"R1\",\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"R2\",\"Code\":400,\"Message\":\"bad\"}"));
        StatusServiceException e = callExpecting(StatusServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(e.code()).isEqualTo("400");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.requestId()).isEqualTo("R2");
        assertThat(e.attempts()).isEqualTo(2);
    }

    @ParameterizedTest(name = "HTTP {0} with an HTML body is retried")
    @ValueSource(ints = {500, 502, 503, 504})
    void gatewayErrorsWithHtmlBodiesAreRetried(int status) {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setResponseCode(status).setHeader("x-acs-request-id", "HDR-" + status)
                    .setBody("<html><body>" + status + "</body></html>"));
        }
        StatusClientException e = callExpecting(StatusClientException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.requestId()).isEqualTo("HDR-" + status);
    }

    @Test
    void retryAfterIsHonoured() {
        server.enqueue(error(429, "Throttling").setHeader("Retry-After", "1"));
        server.enqueue(success());
        RetryPolicy policy = TestSupport.FAST_RETRIES.toBuilder().maxBackoff(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).retryPolicy(policy).build()) {
            assertThat(client.listEvents(REQUEST).requestId()).isEqualTo("REQ-OK");
        }
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsed).isBetween(1_000L, 1_000L + BOUND_MILLIS);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aServerDelayIsCappedByMaxBackoff() {
        server.enqueue(error(503, "ServiceUnavailable").setHeader("x-acs-retry-after", "600"));
        server.enqueue(success());
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).build()) {
            client.listEvents(REQUEST);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aServerDelayBeyondTheCallDeadlineEndsTheCall() {
        server.enqueue(error(503, "ServiceUnavailable").setHeader("Retry-After", "5"));
        server.enqueue(success());
        RetryPolicy policy = TestSupport.FAST_RETRIES.toBuilder().maxBackoff(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).retryPolicy(policy).callTimeout(Duration.ofSeconds(2)).build()) {
            StatusServiceException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                    StatusServiceException.class);
            assertThat(e.code()).isEqualTo("ServiceUnavailable");
            assertThat(e.attempts()).isEqualTo(1);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000L);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void connectionRefusedIsRetriedAndReported() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).endpoint(URI.create("http://127.0.0.1:" + closedPort)).build()) {
            StatusClientException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                    StatusClientException.class);
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.httpStatus()).isZero();
            assertThat(e.requestId()).isNull();
            assertThat(e.getCause()).isInstanceOf(ConnectException.class);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
    }

    @Test
    void aReadTimeoutIsRetried() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).readTimeout(Duration.ofMillis(200)).build()) {
            StatusClientException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                    StatusClientException.class);
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getCause()).isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat((System.nanoTime() - start) / 1_000_000).isBetween(600L, BOUND_MILLIS);
    }

    @Test
    void aSlowBodyIsCutByTheReadTimeout() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(success().throttleBody(10, 1, java.util.concurrent.TimeUnit.SECONDS));
        }
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).readTimeout(Duration.ofMillis(300)).build()) {
            StatusClientException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                    StatusClientException.class);
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.httpStatus()).isEqualTo(200);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS + 2_000);
    }

    @Test
    void aDisconnectDuringTheBodyIsRetried() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(success().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        }
        server.enqueue(success());
        try (StatusClient client = clientFor(server).build()) {
            assertThat(client.listEvents(REQUEST).events()).hasSize(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void repeatedDisconnectsEndWithAClientException() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(success().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        }
        StatusClientException e = callExpecting(StatusClientException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.getCause()).isInstanceOf(IOException.class).isNotInstanceOf(ReplyFormatException.class);
    }

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of("not JSON", "{not json"),
                Arguments.of("truncated", "{\"RequestId\":\"R\",\"Code\":200,\"Data\":[{\"Title\":\"x\""),
                Arguments.of("HTML", "<html><body>Bad gateway</body></html>"),
                Arguments.of("empty", ""),
                Arguments.of("a JSON array", "[]"),
                Arguments.of("Data not an array", "{\"RequestId\":\"R\",\"Data\":5}"),
                Arguments.of("no Data", "{\"RequestId\":\"R\",\"Code\":200}"),
                Arguments.of("event without start", "{\"Data\":[{\"Title\":\"x\",\"CurrentStateSeverity\":\"ALARM\"}]}"),
                Arguments.of("event without title", "{\"Data\":[{\"SartTime\":1}]}"),
                Arguments.of("end before start", "{\"Data\":[{\"Title\":\"x\",\"SartTime\":5,\"EndTime\":1}]}"),
                Arguments.of("time not a number", "{\"Data\":[{\"Title\":\"x\",\"SartTime\":\"soon\"}]}"),
                Arguments.of("trailing garbage", TestSupport.SUCCESS_BODY + "}"));
    }

    @ParameterizedTest(name = "{0} body is a client error, not retried")
    @MethodSource("malformedBodies")
    void malformedBodiesAreClientErrorsAndNotRetried(String kind, String body) {
        server.enqueue(json(200, body).setHeader("x-acs-request-id", "HDR-1"));
        server.enqueue(success());
        StatusClientException e = callExpecting(StatusClientException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.httpStatus()).isEqualTo(200);
        // the body's RequestId whenever the body carried one, else the header's
        String expected = body.contains("\"RequestId\":\"R\"") ? "R"
                : body.contains("\"RequestId\":\"REQ-OK\"") ? "REQ-OK" : "HDR-1";
        assertThat(e.requestId()).isEqualTo(expected);
        assertThat(e.getCause()).isInstanceOf(ReplyFormatException.class);
    }

    @Test
    void anOversizedBodyIsRefusedWhetherItsLengthIsAnnouncedOrNot() {
        String big = "{\"RequestId\":\"R\",\"Data\":[],\"Pad\":\"" + "x".repeat(5_000) + "\"}";
        server.enqueue(json(200, big));
        server.enqueue(new MockResponse().setChunkedBody(new Buffer().writeUtf8(big), 512));
        try (StatusClient client = clientFor(server).maxResponseBytes(1024).build()) {
            for (int i = 0; i < 2; i++) {
                StatusClientException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                        StatusClientException.class);
                assertThat(e.getMessage()).contains("too large");
                assertThat(e.httpStatus()).isEqualTo(200);
                assertThat(e.attempts()).isEqualTo(1);
            }
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theCallTimeoutBoundsAttemptsAndBackoff() {
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                return error(503, "ServiceUnavailable");
            }
        });
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(100).baseDelay(Duration.ofMillis(100))
                .throttlingBaseDelay(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(100)).build();
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).retryPolicy(policy).connectTimeout(Duration.ofMillis(500))
                .callTimeout(Duration.ofMillis(700)).build()) {
            StatusException e = catchThrowableOfType(() -> client.listEvents(REQUEST), StatusException.class);
            assertThat(e.attempts()).isBetween(2, 99);
            assertThat(e.attempts()).isEqualTo(server.getRequestCount());
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(700L + 500L);
    }

    @Test
    void theCallTimeoutCutsAHangingAttempt() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofMillis(500)).build()) {
            StatusClientException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                    StatusClientException.class);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getCause()).isInstanceOfAny(TimeoutException.class, java.io.InterruptedIOException.class);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500L + 500L);
    }

    @Test
    void noRetriesWithRetryPolicyNone() {
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(success());
        try (StatusClient client = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            StatusServiceException e = catchThrowableOfType(() -> client.listEvents(REQUEST),
                    StatusServiceException.class);
            assertThat(e.attempts()).isEqualTo(1);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private <T extends Throwable> T callExpecting(Class<T> type) {
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).build()) {
            T e = catchThrowableOfType(() -> client.listEvents(REQUEST), type);
            assertThat(e).as("expected a %s", type.getSimpleName()).isNotNull();
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS);
            return e;
        }
    }
}
