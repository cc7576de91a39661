package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many clients at once. */
class ConcurrencyTest {

    private static final int THREADS = 16;
    private static final int REQUESTS_PER_THREAD = 50;

    @Test
    void sixteenThreadsTimesFiftyRequestsAllSucceedAndAreRecorded() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (FakeStatusServer server = FakeStatusServer.start()) {
            server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            Set<String> requestIds = ConcurrentHashMap.newKeySet();
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    final int thread = t;
                    results.add(pool.submit(() -> {
                        go.await();
                        int ok = 0;
                        for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                            SignedRequests call = SignedRequests.listEvents(server).nonce("t" + thread + "-r" + i);
                            if (i % 2 == 1) {
                                call.method("POST").inBody();
                            }
                            HttpResponse<String> response = call.send();
                            if (response.statusCode() == 200
                                    && json.readTree(response.body()).get("Total").asInt() == 1) {
                                ok++;
                                requestIds.add(json.readTree(response.body()).get("RequestId").asText());
                            }
                        }
                        return ok;
                    }));
                }
                go.countDown();
                int succeeded = 0;
                for (Future<Integer> result : results) {
                    succeeded += result.get(60, TimeUnit.SECONDS);
                }

                assertThat(succeeded).isEqualTo(THREADS * REQUESTS_PER_THREAD);
            } finally {
                pool.shutdownNow();
            }
            assertThat(requestIds).hasSize(THREADS * REQUESTS_PER_THREAD);
            assertThat(server.requestCount()).isEqualTo(THREADS * REQUESTS_PER_THREAD);
            List<RecordedStatusRequest> recorded = server.requests();
            assertThat(recorded).hasSize(THREADS * REQUESTS_PER_THREAD);
            assertThat(recorded.stream().map(RecordedStatusRequest::sequenceNumber).collect(Collectors.toSet()))
                    .hasSize(THREADS * REQUESTS_PER_THREAD);
            assertThat(recorded.stream().map(r -> r.parameter("SignatureNonce").orElseThrow())
                    .collect(Collectors.toSet())).hasSize(THREADS * REQUESTS_PER_THREAD);
            assertThat(recorded).allSatisfy(r -> assertThat(r.responseStatus()).isEqualTo(200));
        }
    }

    @Test
    void concurrentReplaysOfOneNonceSucceedExactlyOnce() throws Exception {
        try (FakeStatusServer server = FakeStatusServer.start()) {
            SignedRequests call = SignedRequests.listEvents(server).nonce("the-one-nonce");
            java.net.http.HttpRequest request = call.build();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    statuses.add(pool.submit(() -> SignedRequests.HTTP.send(request,
                            HttpResponse.BodyHandlers.ofString()).statusCode()));
                }
                List<Integer> all = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    all.add(status.get(30, TimeUnit.SECONDS));
                }
                assertThat(all).containsOnlyOnce(200).containsOnly(200, 400);
            } finally {
                pool.shutdownNow();
            }
            assertThat(server.requests()).filteredOn(r -> r.errorCode().isPresent())
                    .allSatisfy(r -> assertThat(r.errorCode()).contains("SignatureNonceUsed")).hasSize(7);
        }
    }
}
