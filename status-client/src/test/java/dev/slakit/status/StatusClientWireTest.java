package dev.slakit.status;

import static dev.slakit.status.TestSupport.ACCESS_KEY_ID;
import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.SECRET;
import static dev.slakit.status.TestSupport.TOKEN;
import static dev.slakit.status.TestSupport.clientFor;
import static dev.slakit.status.TestSupport.error;
import static dev.slakit.status.TestSupport.success;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.internal.RpcSignature;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.slakit.status.auth.Credentials;

/** What the client puts on the wire: DESIGN.md "status-client", checked field by field. */
class StatusClientWireTest {

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void sendsASignedPostWithEveryParameterInTheQueryAndAnEmptyFormBody() throws Exception {
        server.enqueue(success());
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T05:06:58.123Z"), ZoneOffset.UTC);
        try (StatusClient client = clientFor(server).clock(clock).build()) {
            ListEventsResponse response = client.listEvents(REQUEST);
            assertThat(response.requestId()).isEqualTo("REQ-OK");
        }
        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.getMethod()).isEqualTo("POST");
        assertThat(recorded.getRequestUrl().encodedPath()).isEqualTo("/");
        assertThat(recorded.getBodySize()).isZero();
        assertThat(recorded.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(recorded.getHeader("User-Agent")).startsWith("slakit-status-client/");
        Map<String, String> query = query(recorded.getRequestUrl());
        assertThat(query).containsEntry("Action", "ListEvents")
                .containsEntry("Version", "2020-01-17")
                .containsEntry("Format", "JSON")
                .containsEntry("RegionId", "cn-hangzhou")
                .containsEntry("ProductId", "ecs")
                .containsEntry("EndDate", "2020-02-15")
                .containsEntry("NumOfDay", "6")
                .containsEntry("AccessKeyId", ACCESS_KEY_ID)
                .containsEntry("SignatureMethod", "HMAC-SHA1")
                .containsEntry("SignatureVersion", "1.0")
                .containsEntry("Timestamp", "2026-11-22T05:06:58Z")
                .doesNotContainKey("SecurityToken")
                .containsKeys("SignatureNonce", "Signature");
        assertThat(query.get("SignatureNonce")).matches("[0-9a-f-]{36}");
        assertThat(RpcSignature.verify("POST", query, SECRET)).isTrue();
        assertThat(recorded.getRequestLine() + recorded.getHeaders()).doesNotContain(SECRET);
    }

    @Test
    void sendsTheSecurityTokenOfStsCredentials() throws Exception {
        server.enqueue(success());
        try (StatusClient client = clientFor(server).credentials(Credentials.of(ACCESS_KEY_ID, SECRET, TOKEN))
                .build()) {
            client.listEvents(REQUEST);
        }
        Map<String, String> query = query(server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl());
        assertThat(query).containsEntry("SecurityToken", TOKEN);
        assertThat(RpcSignature.verify("POST", query, SECRET)).isTrue();
    }

    @Test
    void everyRetryIsSignedAgainWithANewNonceAndTimestamp() throws Exception {
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(error(400, "SignatureNonceUsed"));
        server.enqueue(success());
        Instant[] now = {Instant.parse("2026-11-22T05:00:00Z")};
        Clock ticking = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                now[0] = now[0].plusSeconds(1);
                return now[0];
            }
        };
        try (StatusClient client = clientFor(server).clock(ticking).build()) {
            assertThat(client.listEvents(REQUEST).events()).hasSize(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        Set<String> nonces = new HashSet<>();
        Set<String> timestamps = new HashSet<>();
        Set<String> signatures = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Map<String, String> query = query(server.takeRequest(1, TimeUnit.SECONDS).getRequestUrl());
            assertThat(RpcSignature.verify("POST", query, SECRET)).isTrue();
            nonces.add(query.get("SignatureNonce"));
            timestamps.add(query.get("Timestamp"));
            signatures.add(query.get("Signature"));
        }
        assertThat(nonces).hasSize(3);
        assertThat(timestamps).hasSize(3);
        assertThat(signatures).hasSize(3);
    }

    @Test
    void parsesTheEventsOfASuccessfulReply() {
        server.enqueue(success());
        try (StatusClient client = clientFor(server).build()) {
            ListEventsResponse response = client.listEvents(REQUEST);
            assertThat(response.total()).isEqualTo(2);
            assertThat(response.events()).containsExactly(
                    HealthEvent.of("ECS degraded", EventSeverity.ALARM, Instant.ofEpochMilli(1581317483000L), null),
                    HealthEvent.of("Maintenance", EventSeverity.NOTIFICATION, Instant.ofEpochMilli(1581300000000L),
                            Instant.ofEpochMilli(1581303600000L)));
            assertThat(response.events().get(0).isOngoing()).isTrue();
        }
    }

    static Map<String, String> query(HttpUrl url) {
        Map<String, String> query = new HashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        return query;
    }
}
