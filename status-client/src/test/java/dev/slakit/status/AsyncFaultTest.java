package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.clientFor;
import static dev.slakit.status.TestSupport.error;
import static dev.slakit.status.TestSupport.json;
import static dev.slakit.status.TestSupport.success;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The asynchronous path (enqueue, timers on the client's scheduler) through the same faults. */
class AsyncFaultTest {

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

    private static Throwable failureOf(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the future to fail");
    }

    @Test
    void throttlingIsRetriedUntilSuccess() throws Exception {
        server.enqueue(error(400, "Throttling.User"));
        server.enqueue(error(503, "ServiceUnavailable").setHeader("x-acs-retry-after", "0.01"));
        server.enqueue(success());
        try (StatusClient client = clientFor(server).build()) {
            assertThat(client.listEventsAsync(REQUEST).get(5, TimeUnit.SECONDS).requestId()).isEqualTo("REQ-OK");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void exhaustedRetriesReportTheAttempts() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(error(500, "InternalError"));
        }
        try (StatusClient client = clientFor(server).build()) {
            Throwable e = failureOf(client.listEventsAsync(REQUEST));
            assertThat(e).isInstanceOf(StatusServiceException.class);
            assertThat(((StatusServiceException) e).attempts()).isEqualTo(3);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void malformedBodiesAndDisconnectsAreHandledAsynchronously() throws Exception {
        server.enqueue(success().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(json(200, "<html>oops</html>").setHeader("x-acs-request-id", "HDR"));
        try (StatusClient client = clientFor(server).build()) {
            Throwable e = failureOf(client.listEventsAsync(REQUEST));
            assertThat(e).isInstanceOf(StatusClientException.class);
            assertThat(((StatusClientException) e).httpStatus()).isEqualTo(200);
            assertThat(((StatusClientException) e).requestId()).isEqualTo("HDR");
            assertThat(((StatusClientException) e).attempts()).isEqualTo(2);
        }
    }

    @Test
    void aCallTimeoutAfterTheRequestIdHeaderArrivedKeepsTheRequestId() throws Exception {
        // Headers (with the request id) arrive at once; the body trickles in far slower than the call timeout.
        server.enqueue(success().setHeader("x-acs-request-id", "HDR-SLOW").throttleBody(8, 1, TimeUnit.SECONDS));
        try (StatusClient client = clientFor(server).connectTimeout(Duration.ofMillis(500)).callTimeout(Duration.ofMillis(700))
                .readTimeout(Duration.ofSeconds(5)).build()) {
            Throwable e = failureOf(client.listEventsAsync(REQUEST));
            assertThat(e).isInstanceOf(StatusClientException.class).hasMessageContaining("call timeout");
            assertThat(((StatusClientException) e).requestId()).isEqualTo("HDR-SLOW");
            assertThat(((StatusClientException) e).httpStatus()).isEqualTo(200);
        }
    }

    @Test
    void connectionRefusedFailsAfterEveryAttempt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        try (StatusClient client = clientFor(server).endpoint(URI.create("http://127.0.0.1:" + closedPort)).build()) {
            Throwable e = failureOf(client.listEventsAsync(REQUEST));
            assertThat(((StatusClientException) e).attempts()).isEqualTo(3);
            assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void theCallTimeoutEndsAHangingAsynchronousCall() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofMillis(400)).build()) {
            Throwable e = failureOf(client.listEventsAsync(REQUEST));
            assertThat(e).isInstanceOf(StatusClientException.class);
            assertThat(e.getCause()).isInstanceOfAny(TimeoutException.class, java.io.InterruptedIOException.class);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(400L + 500L);
    }

    @Test
    void aProviderFailureFailsTheFuture() throws Exception {
        try (StatusClient client = clientFor(server).credentialsProvider(() -> {
            throw new StatusClientException("no credentials here", null);
        }).build()) {
            Throwable e = failureOf(client.listEventsAsync(REQUEST));
            assertThat(e).hasMessageContaining("no credentials here");
            assertThat(((StatusException) e).attempts()).isEqualTo(1);
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void closingTheClientEndsCallsWaitingToRetry() throws Exception {
        server.enqueue(error(503, "ServiceUnavailable").setHeader("Retry-After", "2"));
        RetryPolicy slow = TestSupport.FAST_RETRIES.toBuilder().maxBackoff(Duration.ofSeconds(3)).build();
        StatusClient client = clientFor(server).retryPolicy(slow).build();
        CompletableFuture<ListEventsResponse> future = client.listEventsAsync(REQUEST);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        Thread.sleep(100);
        client.close();
        assertThat(future.isDone()).isTrue();
        assertThat(future.isCompletedExceptionally()).isTrue();
    }
}
