package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.clientFor;
import static dev.slakit.status.TestSupport.error;
import static dev.slakit.status.TestSupport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One client shared by many threads under throttling; asynchronous calls and their cancellation. */
class ConcurrencyAndAsyncTest {

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

    @Test
    void theRetryTokenBucketStopsAThrottledFleetFromStorming() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return error(400, "Throttling.User");
            }
        });
        int threads = 50;
        int callsPerThread = 4;
        Duration callTimeout = Duration.ofSeconds(3);
        AtomicLong longestMillis = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // Default bucket (500 tokens, 10 per throttled retry) and the default 3 attempts, short delays.
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(2))
                .throttlingBaseDelay(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build();
        try (StatusClient client = clientFor(server).retryPolicy(policy).callTimeout(callTimeout).build()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    go.await();
                    int failures = 0;
                    for (int c = 0; c < callsPerThread; c++) {
                        long start = System.nanoTime();
                        try {
                            client.listEvents(REQUEST);
                        } catch (StatusServiceException e) {
                            assertThat(e.isThrottling()).isTrue();
                            failures++;
                        }
                        longestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    }
                    return failures;
                }));
            }
            go.countDown();
            int failures = 0;
            for (Future<Integer> result : results) {
                failures += result.get(60, TimeUnit.SECONDS);
            }
            int calls = threads * callsPerThread;
            assertThat(failures).isEqualTo(calls);
            assertThat(server.getRequestCount()).isGreaterThanOrEqualTo(calls).isLessThanOrEqualTo(calls * 3 / 2);
            assertThat(longestMillis.get()).isLessThanOrEqualTo(callTimeout.toMillis() + 500);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBucketAlsoHoldsForManyConcurrentAsynchronousCalls() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return error(503, "ServiceUnavailable");
            }
        });
        int calls = 200;
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(2))
                .throttlingBaseDelay(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build();
        long start = System.nanoTime();
        try (StatusClient client = clientFor(server).retryPolicy(policy).callTimeout(Duration.ofSeconds(5)).build()) {
            List<CompletableFuture<ListEventsResponse>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(client.listEventsAsync(REQUEST));
            }
            for (CompletableFuture<ListEventsResponse> future : futures) {
                assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(StatusServiceException.class);
            }
        }
        // 500 tokens at 5 per ordinary retry: at most 100 retries for 200 calls.
        assertThat(server.getRequestCount()).isBetween(calls, calls * 3 / 2);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000L + 1_000L);
    }

    @Test
    void listEventsAsyncCompletesWithTheReply() throws Exception {
        server.enqueue(success());
        try (StatusClient client = clientFor(server).build()) {
            CompletableFuture<ListEventsResponse> future = client.listEventsAsync(REQUEST);
            assertThat(future.get(5, TimeUnit.SECONDS).total()).isEqualTo(2);
        }
    }

    @Test
    void listEventsAsyncFailsWithTheStatusException() {
        server.enqueue(error(400, "SignatureDoesNotMatch"));
        try (StatusClient client = clientFor(server).build()) {
            CompletableFuture<ListEventsResponse> future = client.listEventsAsync(REQUEST);
            assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StatusServiceException.class);
        }
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                started.countDown();
                return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
            }
        });
        CountDownLatch cancelled = new CountDownLatch(1);
        OkHttpClient shared = new OkHttpClient.Builder().eventListener(new EventListener() {
            @Override
            public void canceled(Call call) {
                cancelled.countDown();
            }
        }).build();
        try (StatusClient client = clientFor(server).httpClient(shared).readTimeout(Duration.ofSeconds(10)).build()) {
            CompletableFuture<ListEventsResponse> future = client.listEventsAsync(REQUEST);
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(future.cancel(true)).isTrue();
            assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("OkHttp call cancelled").isTrue();
            assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        } finally {
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
        }
        Thread.sleep(100);
        assertThat(server.getRequestCount()).as("no retry after cancel").isEqualTo(1);
    }

    @Test
    void closeLeavesAUserSuppliedClientUsable() throws Exception {
        server.enqueue(success());
        server.enqueue(success());
        OkHttpClient shared = new OkHttpClient();
        try {
            StatusClient client = clientFor(server).httpClient(shared).build();
            client.listEvents(REQUEST);
            client.close();
            client.close();
            assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
            try (okhttp3.Response r = shared.newCall(new okhttp3.Request.Builder()
                    .url(TestSupport.endpoint(server).toString()).build()).execute()) {
                assertThat(r.code()).isEqualTo(200);
            }
            assertThatThrownBy(() -> client.listEvents(REQUEST)).isInstanceOf(StatusClientException.class)
                    .hasMessageContaining("closed");
        } finally {
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
        }
    }

    @Test
    void anInterruptedSynchronousCallStopsAndKeepsTheInterruptFlag() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        try (StatusClient client = clientFor(server).readTimeout(Duration.ofSeconds(10)).build()) {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> client.listEvents(REQUEST)).isInstanceOf(StatusClientException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).isTrue();
        }
    }
}
