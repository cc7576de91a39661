package dev.slakit.status;

import static dev.slakit.status.TestSupport.ACCESS_KEY_ID;
import static dev.slakit.status.TestSupport.SECRET;
import static dev.slakit.status.TestSupport.TOKEN;
import static dev.slakit.status.TestSupport.clientFor;
import static dev.slakit.status.TestSupport.error;
import static dev.slakit.status.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.internal.Acs3Signature;
import dev.slakit.status.internal.RpcSignature;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code ListEventInProgress} (and {@code ListEvents} with V3) put on the wire, and what they read back. */
class ListEventInProgressWireTest {

    static final String REPLY = "{\"RequestId\":\"REQ-IP\",\"Data\":[{\"Id\":1234567890123,\"Title\":\"ECS 网络抖动\","
            + "\"StartTime\":1700000000000,\"Unknown\":{\"x\":[1,2]},"
            + "\"EventUpdates\":[{\"Content\":\"排查中\",\"PublishTime\":1700000060000},"
            + "{\"Content\":\"已恢复\",\"PublishTime\":1700000600000}],"
            + "\"Impacts\":[{\"Product\":{\"ProductId\":\"ecs\",\"ProductName\":\"云服务器 ECS\"},"
            + "\"Region\":{\"RegionId\":\"cn-hangzhou\",\"RegionName\":\"华东1（杭州）\"},"
            + "\"StartTime\":1700000000000,\"RecoveryTime\":1700000600000},"
            + "{\"Product\":{\"ProductId\":\"slb\",\"ProductName\":\"负载均衡 SLB\"},"
            + "\"Region\":{\"RegionId\":\"cn-shanghai\",\"RegionName\":\"华东2（上海）\"},"
            + "\"StartTime\":1700000100000,\"RecoveryTime\":null}]}]}";

    private static final ListEventInProgressRequest TWO_REGIONS =
            ListEventInProgressRequest.builder().regionIds("cn-hangzhou", "cn-shanghai").build();
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-30T05:22:07Z"), ZoneOffset.UTC);

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void signsWithV3ByDefaultAndSendsRegionIdsAsACompactJsonArrayInTheFormBody() throws Exception {
        server.enqueue(json(200, REPLY));
        try (StatusClient client = clientFor(server).clock(FIXED).build()) {
            client.listEventInProgress(TWO_REGIONS);
        }
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        String body = recorded.getBody().readUtf8();

        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getRequestUrl().encodedPath()).isEqualTo("/");
        assertThat(recorded.getRequestUrl().query()).isNull();
        assertThat(body).isEqualTo("RegionIds=%5B%22cn-hangzhou%22%2C%22cn-shanghai%22%5D");
        assertThat(URLDecoder.decode(body.substring("RegionIds=".length()), "UTF-8"))
                .isEqualTo("[\"cn-hangzhou\",\"cn-shanghai\"]");
        assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(recorded.getHeader("x-acs-action")).isEqualTo("ListEventInProgress");
        assertThat(recorded.getHeader("x-acs-version")).isEqualTo("2020-01-17");
        assertThat(recorded.getHeader("x-acs-date")).isEqualTo("2026-11-30T05:22:07Z");
        assertThat(recorded.getHeader("x-acs-signature-nonce")).matches("[0-9a-f-]{36}");
        assertThat(recorded.getHeader("x-acs-content-sha256"))
                .isEqualTo(Acs3Signature.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(recorded.getHeader("Host")).isEqualTo("127.0.0.1:" + server.getPort());
        assertThat(recorded.getHeader("x-acs-security-token")).isNull();

        Acs3Signature.Authorization auth = Acs3Signature.Authorization.parse(recorded.getHeader("Authorization"));
        assertThat(auth.accessKeyId()).isEqualTo(ACCESS_KEY_ID);
        assertThat(auth.signedHeaders()).containsExactly("content-type", "host", "x-acs-action",
                "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version");
        assertThat(auth.verify("POST", "/", new HashMap<>(), headers(recorded),
                recorded.getHeader("x-acs-content-sha256"), SECRET)).isTrue();
        assertThat(recorded.getHeaders().toString() + body).doesNotContain(SECRET);
    }

    @Test
    void v3SendsAndSignsTheStsTokenInHeaders() throws Exception {
        server.enqueue(json(200, REPLY));
        try (StatusClient client = clientFor(server).credentials(Credentials.of(ACCESS_KEY_ID, SECRET, TOKEN))
                .build()) {
            client.listEventInProgress(TWO_REGIONS);
        }
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.getHeader("x-acs-security-token")).isEqualTo(TOKEN);
        assertThat(recorded.getHeader("x-acs-accesskey-id")).isEqualTo(ACCESS_KEY_ID);
        Acs3Signature.Authorization auth = Acs3Signature.Authorization.parse(recorded.getHeader("Authorization"));
        assertThat(auth.signedHeaders()).contains("x-acs-security-token", "x-acs-accesskey-id");
        assertThat(auth.verify("POST", "/", new HashMap<>(), headers(recorded),
                recorded.getHeader("x-acs-content-sha256"), SECRET)).isTrue();
        assertThat(recorded.getRequestUrl().toString()).doesNotContain(TOKEN);
    }

    @Test
    void v1SignsQueryAndFormBodyTogether() throws Exception {
        server.enqueue(json(200, REPLY));
        try (StatusClient client = clientFor(server).signatureVersion(SignatureVersion.V1).clock(FIXED).build()) {
            client.listEventInProgress(TWO_REGIONS);
        }
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        Map<String, String> query = query(recorded.getRequestUrl());
        assertThat(query).containsEntry("Action", "ListEventInProgress").containsEntry("Version", "2020-01-17")
                .containsEntry("Timestamp", "2026-11-30T05:22:07Z").containsEntry("AccessKeyId", ACCESS_KEY_ID)
                .doesNotContainKey("RegionIds");
        assertThat(recorded.getHeader("Authorization")).isNull();
        String body = recorded.getBody().readUtf8();
        assertThat(body).isEqualTo("RegionIds=%5B%22cn-hangzhou%22%2C%22cn-shanghai%22%5D");
        Map<String, String> all = new HashMap<>(query);
        all.put("RegionIds", "[\"cn-hangzhou\",\"cn-shanghai\"]");
        assertThat(RpcSignature.verify("POST", all, SECRET)).isTrue();
        assertThat(RpcSignature.verify("POST", query, SECRET)).isFalse();
    }

    @Test
    void listEventsCanBeSignedWithV3TooWithItsParametersInTheQuery() throws Exception {
        server.enqueue(TestSupport.success());
        try (StatusClient client = clientFor(server).signatureVersion(SignatureVersion.V3).build()) {
            assertThat(client.listEvents(TestSupport.REQUEST).events()).hasSize(2);
        }
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        Map<String, String> query = query(recorded.getRequestUrl());
        assertThat(query).containsOnlyKeys("RegionId", "ProductId", "EndDate", "NumOfDay")
                .containsEntry("RegionId", "cn-hangzhou").containsEntry("NumOfDay", "6");
        assertThat(recorded.getBodySize()).isZero();
        assertThat(recorded.getHeader("Content-Type")).isNull();
        assertThat(recorded.getHeader("x-acs-action")).isEqualTo("ListEvents");
        assertThat(recorded.getHeader("x-acs-content-sha256"))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Acs3Signature.Authorization auth = Acs3Signature.Authorization.parse(recorded.getHeader("Authorization"));
        assertThat(auth.verify("POST", "/", query, headers(recorded), recorded.getHeader("x-acs-content-sha256"),
                SECRET)).isTrue();
    }

    @Test
    void readsEventsWithIdsUpdatesAndImpacts() {
        server.enqueue(json(200, REPLY));
        ListEventInProgressResponse response;
        try (StatusClient client = clientFor(server).build()) {
            response = client.listEventInProgress(TWO_REGIONS);
        }
        assertThat(response.requestId()).isEqualTo("REQ-IP");
        assertThat(response.events()).hasSize(1);
        EventInProgress event = response.events().get(0);
        assertThat(event.id()).isEqualTo(1234567890123L);
        assertThat(event.title()).isEqualTo("ECS 网络抖动");
        assertThat(event.startTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(event.updates()).containsExactly(
                EventUpdate.of("排查中", Instant.ofEpochMilli(1700000060000L)),
                EventUpdate.of("已恢复", Instant.ofEpochMilli(1700000600000L)));
        assertThat(event.impacts()).hasSize(2);
        EventImpact first = event.impacts().get(0);
        assertThat(first.productId()).isEqualTo("ecs");
        assertThat(first.productName()).isEqualTo("云服务器 ECS");
        assertThat(first.regionId()).isEqualTo("cn-hangzhou");
        assertThat(first.regionName()).isEqualTo("华东1（杭州）");
        assertThat(first.startTime()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(first.recoveryTime()).contains(Instant.ofEpochMilli(1700000600000L));
        EventImpact second = event.impacts().get(1);
        assertThat(second.regionId()).isEqualTo("cn-shanghai");
        assertThat(second.productId()).isEqualTo("slb");
        assertThat(second.recoveryTime()).isEmpty();
    }

    @Test
    void retriesAsListEventsDoesSigningEachAttemptAfreshAndWorksAsynchronously() throws Exception {
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(json(200, REPLY));
        try (StatusClient client = clientFor(server).build()) {
            ListEventInProgressResponse response = client.listEventInProgressAsync(TWO_REGIONS).get(5, TimeUnit.SECONDS);
            assertThat(response.events()).hasSize(1);
        }
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
            nonces.add(recorded.getHeader("x-acs-signature-nonce"));
            assertThat(Acs3Signature.Authorization.parse(recorded.getHeader("Authorization")).verify("POST", "/",
                    new HashMap<>(), headers(recorded), recorded.getHeader("x-acs-content-sha256"), SECRET)).isTrue();
        }
        assertThat(nonces).hasSize(2);
    }

    @Test
    void aServiceErrorIsAStatusServiceExceptionWithTheRequestId() {
        server.enqueue(error(400, "InvalidParameter"));
        try (StatusClient client = clientFor(server).build()) {
            assertThatThrownBy(() -> client.listEventInProgress(TWO_REGIONS))
                    .isInstanceOfSatisfying(StatusServiceException.class, e -> {
                        assertThat(e.code()).isEqualTo("InvalidParameter");
                        assertThat(e.requestId()).isEqualTo("REQ-InvalidParameter");
                        assertThat(e.httpStatus()).isEqualTo(400);
                    });
        }
    }

    @Test
    void aMalformedReplyIsAStatusClientExceptionWithTheRequestIdItCarried() {
        server.enqueue(json(200, "{\"RequestId\":\"REQ-BAD\",\"Data\":[{\"Id\":\"twelve\"}]}"));
        try (StatusClient client = clientFor(server).build()) {
            assertThatThrownBy(() -> client.listEventInProgress(TWO_REGIONS))
                    .isInstanceOfSatisfying(StatusClientException.class, e -> {
                        assertThat(e.requestId()).isEqualTo("REQ-BAD");
                        assertThat(e.getMessage()).contains("Id is not a 64-bit integer");
                    });
        }
    }

    @Test
    void aClientThatDoesNotImplementTheActionSaysSo() throws Exception {
        StatusClient old = new StatusClient() {
            @Override
            public ListEventsResponse listEvents(ListEventsRequest request) {
                throw new AssertionError();
            }

            @Override
            public java.util.concurrent.CompletableFuture<ListEventsResponse> listEventsAsync(
                    ListEventsRequest request) {
                throw new AssertionError();
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> old.listEventInProgress(TWO_REGIONS))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("ListEventInProgress");
        assertThat(old.listEventInProgressAsync(TWO_REGIONS)).isCompletedExceptionally();
    }

    private static Map<String, String> headers(RecordedRequest recorded) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : recorded.getHeaders().names()) {
            headers.put(name, recorded.getHeader(name));
        }
        return headers;
    }

    private static Map<String, String> query(HttpUrl url) {
        Map<String, String> query = new HashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        return query;
    }
}
