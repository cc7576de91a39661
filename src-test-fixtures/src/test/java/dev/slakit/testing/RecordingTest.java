package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.auth.Credentials;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Recorded requests, secrets and the server's own accessors. */
class RecordingTest {

    @Test
    void recordsMethodPathParametersHeadersAndTime() throws Exception {
        TestClock clock = TestClock.of(Instant.parse("2026-11-22T05:00:00Z"));
        try (FakeStatusServer server = FakeStatusServer.builder().clock(clock).start()) {
            SignedRequests.listEvents(server).method("POST").inBody().send();

            RecordedStatusRequest r = server.takeRequest(1, TimeUnit.SECONDS);

            assertThat(r.sequenceNumber()).isEqualTo(1);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/");
            assertThat(r.receivedAt()).isEqualTo(clock.instant());
            assertThat(r.parameters()).containsEntry("EndDate", "2020-02-15").containsEntry("Timestamp",
                    "2026-11-22T05:00:00Z");
            assertThat(new java.util.ArrayList<>(r.parameters().keySet())).isSorted();
            assertThat(r.parameter("Nope")).isEmpty();
            assertThat(r.header("content-type")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("application/x-www-form-urlencoded"));
            assertThat(r.headers()).containsKey("Host");
            assertThat(r.requestId()).isPresent();
            assertThat(r.toString()).contains("#1 POST /", "Action=ListEvents", "status=200");
        }
    }

    @Test
    void securityTokenAndAuthorizationHeadersAreRedactedAndNoSecretAppears() throws Exception {
        Credentials sts = Credentials.of("STS.id", "the-sts-secret", "the-sts-token");
        try (FakeStatusServer server = FakeStatusServer.builder().credentials(sts).start()) {
            SignedRequests.listEvents(server).send();
            SignedRequests.listEvents(server).method("POST").inBody().send();
            HttpRequest withHeaders = HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                    .header("Authorization", "acs the-sts-secret").header("x-acs-security-token", "the-sts-token")
                    .GET().build();
            SignedRequests.HTTP.send(withHeaders, HttpResponse.BodyHandlers.ofString());

            List<RecordedStatusRequest> requests = server.requests();

            assertThat(requests).hasSize(3);
            assertThat(requests.get(0).parameters()).containsEntry("SecurityToken", "****");
            assertThat(requests.get(1).parameters()).containsEntry("SecurityToken", "****");
            assertThat(requests.get(0).responseStatus()).isEqualTo(200);
            assertThat(requests.get(1).responseStatus()).isEqualTo(200);
            assertThat(requests.get(2).header("authorization")).contains("****");
            assertThat(requests.get(2).header("X-Acs-Security-Token")).contains("****");
            String everything = requests.toString() + requests.stream().map(r -> r.parameters() + " " + r.headers())
                    .toList() + server;
            assertThat(everything).doesNotContain("the-sts-secret").doesNotContain("the-sts-token");
        }
    }

    @Test
    void serverToStringShowsTheEndpointAndIdButNeverTheSecret() {
        try (FakeStatusServer server = FakeStatusServer.start()) {
            assertThat(server.toString()).contains(server.endpoint().toString())
                    .contains(server.credentials().accessKeyId())
                    .doesNotContain(server.credentials().accessKeySecret());
        }
    }

    @Test
    void takeRequestWaitsAndTimesOut() throws Exception {
        try (FakeStatusServer server = FakeStatusServer.start()) {
            assertThat(server.takeRequest(50, TimeUnit.MILLISECONDS)).isNull();
            SignedRequests.listEvents(server).send();
            SignedRequests.listEvents(server).send();

            assertThat(server.takeRequest(1, TimeUnit.SECONDS).sequenceNumber()).isEqualTo(1);
            assertThat(server.takeRequest(1, TimeUnit.SECONDS).sequenceNumber()).isEqualTo(2);
            assertThat(server.takeRequest(10, TimeUnit.MILLISECONDS)).isNull();
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void keepsOnlyTheLatestRequestsButCountsAll() throws Exception {
        try (FakeStatusServer server = FakeStatusServer.builder().maxRecordedRequests(2).start()) {
            for (int i = 0; i < 4; i++) {
                SignedRequests.listEvents(server).send();
            }

            assertThat(server.requestCount()).isEqualTo(4);
            assertThat(server.requests()).extracting(RecordedStatusRequest::sequenceNumber).containsExactly(3, 4);
            assertThat(server.takeRequest(1, TimeUnit.SECONDS).sequenceNumber()).isEqualTo(3);
        }
    }

    @Test
    void generatedCredentialsDifferPerServerAndGivenOnesAreUsed() {
        Credentials fixed = Credentials.of("LTAIfixed", "fixed-secret");
        try (FakeStatusServer a = FakeStatusServer.start(); FakeStatusServer b = FakeStatusServer.start();
                FakeStatusServer c = FakeStatusServer.builder().credentials(fixed).start()) {
            assertThat(a.credentials()).isNotEqualTo(b.credentials());
            assertThat(a.credentials().accessKeyId()).startsWith("LTAI").hasSize(24);
            assertThat(a.credentials().accessKeySecret()).hasSize(30);
            assertThat(c.credentials()).isEqualTo(fixed);
            assertThat(a.port()).isNotEqualTo(b.port());
        }
    }

    @Test
    void endpointIsLoopbackOnTheBoundPort() {
        try (FakeStatusServer server = FakeStatusServer.start()) {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.port()).isPositive();
            assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(server.hostAndPort()).isEqualTo("127.0.0.1:" + server.port());
            assertThat(server.clock()).isNotNull();
        }
    }

    @Test
    void closeIsIdempotentAndRefusesNewConnections() throws Exception {
        FakeStatusServer server = FakeStatusServer.start();
        SignedRequests call = SignedRequests.listEvents(server);
        server.close();
        server.close();

        assertThatThrownBy(call::send).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void aFixedPortCanBeChosenAndAPortInUseFailsClearly() {
        int port;
        try (FakeStatusServer first = FakeStatusServer.start()) {
            port = first.port();
            assertThatThrownBy(() -> FakeStatusServer.builder().port(port).start())
                    .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining(":" + port);
        }
        try (FakeStatusServer again = FakeStatusServer.builder().port(port).start()) {
            assertThat(again.port()).isEqualTo(port);
        }
    }

    @Test
    void builderArgumentsAreChecked() {
        FakeStatusServer.Builder b = FakeStatusServer.builder();
        assertThatIllegalArgumentException().isThrownBy(() -> b.port(-1)).withMessageContaining("port");
        assertThatIllegalArgumentException().isThrownBy(() -> b.port(65536));
        assertThatIllegalArgumentException().isThrownBy(() -> b.maxRecordedRequests(0))
                .withMessageContaining("maxRecordedRequests");
        assertThatIllegalArgumentException().isThrownBy(() -> b.maxConnections(0))
                .withMessageContaining("maxConnections");
        assertThatIllegalArgumentException().isThrownBy(() -> b.slowReplyDelay(Duration.ofSeconds(-1)));
        assertThatThrownBy(() -> b.clock(null)).hasMessage("newClock");
        assertThatThrownBy(() -> b.credentials(null)).hasMessage("newCredentials");
        assertThatThrownBy(() -> b.startTimeSpelling(null)).hasMessage("spelling");
        assertThatThrownBy(() -> b.slowReplyDelay(null)).hasMessage("delay");
    }

    @Test
    void connectionsBeyondTheLimitAreClosed() throws Exception {
        try (FakeStatusServer server = FakeStatusServer.builder().maxConnections(1).start();
                java.net.Socket idle = new java.net.Socket(server.host(), server.port())) {
            // The idle connection holds the only worker; a second connection is closed without a reply.
            Thread.sleep(100);
            try (java.net.Socket second = new java.net.Socket(server.host(), server.port())) {
                second.setSoTimeout(5000);
                second.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes());
                int first = -2;
                try {
                    first = second.getInputStream().read();
                } catch (java.net.SocketException reset) {
                    first = -1;
                }
                assertThat(first).isEqualTo(-1);
            }
            assertThat(idle.isConnected()).isTrue();
        }
    }
}
