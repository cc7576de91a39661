package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call on a closed client fails with one exception type, whether it came after close() or raced it. */
class ClosedClientTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void callsAfterCloseFailWithStatusClientExceptionSyncAndAsync() throws Exception {
        StatusClient client = clientFor(server).build();
        client.close();

        Throwable sync = catchThrowable(() -> client.listEvents(REQUEST));
        assertThat(sync).isInstanceOf(StatusClientException.class).hasMessage("ListEvents: the status client is closed");

        // the asynchronous call does not throw: its future fails with the same type
        CompletableFuture<ListEventsResponse> future = client.listEventsAsync(REQUEST);
        Throwable async = catchThrowable(() -> future.get(5, TimeUnit.SECONDS));
        assertThat(async).isInstanceOf(ExecutionException.class);
        assertThat(async.getCause()).isInstanceOf(StatusClientException.class)
                .hasMessage("ListEvents: the status client is closed");
        assertThat(((StatusException) async.getCause()).httpStatus()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aSynchronousCallCutShortByCloseFailsWithTheSameTypeAndMessage() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        StatusClient client = clientFor(server).readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(20)).build();
        CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(
                () -> catchThrowable(() -> client.listEvents(REQUEST)));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        client.close();
        Throwable e = failure.get(5, TimeUnit.SECONDS);
        assertThat(e).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("ListEvents: the status client is closed");
        // not mistaken for an I/O error and retried (no backoff, no retry token spent)
        assertThat(((StatusException) e).attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void callsRacingCloseFailWithTheSameType() throws Exception {
        // Every kind of in-flight call when close() comes: waiting for a reply, and waiting to retry
        // after a 503 (which alone, without the close, would be a StatusServiceException).
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        for (int i = 0; i < 4; i++) {
            server.enqueue(TestSupport.error(503, "ServiceUnavailable").setHeader("Retry-After", "2"));
        }
        RetryPolicy slow = TestSupport.FAST_RETRIES.toBuilder().maxBackoff(Duration.ofSeconds(3)).build();
        StatusClient client = clientFor(server).retryPolicy(slow).readTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(20)).build();
        List<CompletableFuture<ListEventsResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(client.listEventsAsync(REQUEST));
        }
        for (int i = 0; i < 8; i++) {
            assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        }
        Thread.sleep(100);
        client.close();
        for (CompletableFuture<ListEventsResponse> f : futures) {
            Throwable e = catchThrowable(() -> f.get(5, TimeUnit.SECONDS));
            assertThat(e).isInstanceOf(ExecutionException.class);
            assertThat(e.getCause()).isInstanceOf(StatusClientException.class).hasMessageContaining("closed");
        }
    }
}
