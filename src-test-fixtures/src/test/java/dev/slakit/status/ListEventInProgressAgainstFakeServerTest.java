package dev.slakit.status;

import static dev.slakit.status.FakeServerClients.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.auth.Credentials;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.Fault;
import dev.slakit.testing.RecordedStatusRequest;
import dev.slakit.testing.SampleEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** {@code ListEventInProgress} end to end: slakit's client, both signatures, against the fake server. */
class ListEventInProgressAgainstFakeServerTest {

    private static final Instant NOW = Instant.now();

    private FakeStatusServer server;
    private List<EventInProgress> samples;

    @BeforeEach
    void start() {
        server = FakeStatusServer.start();
        samples = SampleEvents.inProgress(NOW);
        samples.forEach(server::putEventInProgress);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ListEventInProgressRequest regions(String... ids) {
        return ListEventInProgressRequest.builder().regionIds(ids).build();
    }

    private static List<Long> ids(ListEventInProgressResponse response) {
        return response.events().stream().map(EventInProgress::id).collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void listsTheEventsWithAnImpactInARequestedRegion(SignatureVersion version) {
        try (StatusClient client = clientFor(server).signatureVersion(version).build()) {
            assertThat(ids(client.listEventInProgress(regions("cn-hangzhou"))))
                    .containsExactly(SampleEvents.IN_PROGRESS_ECS_ID);
            assertThat(ids(client.listEventInProgress(regions("cn-shanghai"))))
                    .containsExactly(SampleEvents.IN_PROGRESS_SLB_ID);
            assertThat(ids(client.listEventInProgress(regions("cn-shanghai", "cn-hangzhou", "ap-southeast-1"))))
                    .containsExactly(SampleEvents.IN_PROGRESS_ECS_ID, SampleEvents.IN_PROGRESS_SLB_ID);
            assertThat(client.listEventInProgress(regions("eu-central-1")).events()).isEmpty();

            ListEventInProgressResponse both = client.listEventInProgress(regions("cn-hangzhou", "ap-southeast-1"));
            // Every field survives the round trip: the fake writes what was put, the client reads it back.
            assertThat(both.events()).isEqualTo(samples);
            assertThat(both.requestId()).isNotEmpty();
        }
        List<RecordedStatusRequest> recorded = server.requests();
        assertThat(recorded).hasSize(5).allSatisfy(r -> {
            assertThat(r.action()).contains("ListEventInProgress");
            assertThat(r.responseStatus()).isEqualTo(200);
        });
        assertThat(recorded.get(2).parameter("RegionIds"))
                .contains("[\"cn-shanghai\",\"cn-hangzhou\",\"ap-southeast-1\"]");
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void stsCredentialsWorkWithBothSignaturesAndTheTokenIsNeverRecorded(SignatureVersion version) {
        Credentials sts = Credentials.of("STS.fake-id", "sts-secret", "sts-token-never-recorded");
        server.addCredentials(sts);
        try (StatusClient client = clientFor(server).credentials(sts).signatureVersion(version).build()) {
            assertThat(client.listEventInProgress(regions("cn-hangzhou")).events()).hasSize(1);
            assertThat(client.listEvents(FakeServerClients.request("cn-hangzhou", "ecs", LocalDate.now(), 1))
                    .events()).isEmpty();
        }
        assertThat(server.requests()).hasSize(2)
                .allSatisfy(r -> assertThat(r.toString() + r.headers() + r.parameters())
                        .doesNotContain("sts-token-never-recorded").doesNotContain("sts-secret"));
    }

    @Test
    void aWrongSecretIsSignatureDoesNotMatchAndAnUnknownKeyNotFound() {
        try (StatusClient client = clientFor(server).retryPolicy(RetryPolicy.none())
                .credentials(Credentials.of(server.credentials().accessKeyId(), "wrong-secret")).build()) {
            assertThatThrownBy(() -> client.listEventInProgress(regions("cn-hangzhou")))
                    .isInstanceOfSatisfying(StatusServiceException.class,
                            e -> assertThat(e.code()).isEqualTo("SignatureDoesNotMatch"));
        }
        try (StatusClient client = clientFor(server).retryPolicy(RetryPolicy.none())
                .credentials(Credentials.of("unknown-id", "secret")).build()) {
            assertThatThrownBy(() -> client.listEventInProgress(regions("cn-hangzhou")))
                    .isInstanceOfSatisfying(StatusServiceException.class,
                            e -> assertThat(e.code()).isEqualTo("InvalidAccessKeyId.NotFound"));
        }
    }

    @Test
    void faultsAreInjectedAsForListEventsAndRetried() throws Exception {
        server.failNext(1, Fault.THROTTLING_USER).failNext(1, Fault.SERVICE_UNAVAILABLE);
        try (StatusClient client = clientFor(server).build()) {
            assertThat(client.listEventInProgressAsync(regions("cn-hangzhou")).get(10, TimeUnit.SECONDS).events())
                    .hasSize(1);
        }
        assertThat(server.requests()).extracting(r -> r.errorCode().orElse("ok"))
                .containsExactly("Throttling.User", "ServiceUnavailable", "ok");
        assertThat(server.requests()).extracting(r -> r.fault().orElse(null))
                .containsExactly(Fault.THROTTLING_USER, Fault.SERVICE_UNAVAILABLE, null);
    }

    @Test
    void aMalformedReplyFaultIsAClientExceptionWithTheRequestId() {
        server.failNext(1, Fault.MALFORMED_JSON);
        try (StatusClient client = clientFor(server).retryPolicy(RetryPolicy.none()).build()) {
            assertThatThrownBy(() -> client.listEventInProgress(regions("cn-hangzhou")))
                    .isInstanceOfSatisfying(StatusClientException.class,
                            e -> assertThat(e.requestId()).isEqualTo(server.requests().get(0).requestId().get()));
        }
    }

    @Test
    void anUpdatedEventReplacesTheOldAndARemovedOneIsNoLongerListed() {
        EventInProgress ecs = samples.get(0);
        List<EventUpdate> more = new java.util.ArrayList<>(ecs.updates());
        more.add(EventUpdate.of("已全部恢复。", NOW));
        server.putEventInProgress(EventInProgress.of(ecs.id(), ecs.title(), ecs.startTime(), more, ecs.impacts()));
        assertThat(server.eventInProgressCount()).isEqualTo(2);
        try (StatusClient client = clientFor(server).build()) {
            assertThat(client.listEventInProgress(regions("cn-hangzhou")).events().get(0).updates()).hasSize(3)
                    .last().extracting(EventUpdate::content).isEqualTo("已全部恢复。");
            assertThat(server.removeEventInProgress(ecs.id())).isTrue();
            assertThat(server.removeEventInProgress(ecs.id())).isFalse();
            assertThat(client.listEventInProgress(regions("cn-hangzhou")).events()).isEmpty();
        }
        server.clearEvents();
        assertThat(server.eventInProgressCount()).isZero();
    }

    @Test
    void listEventsSignedWithV3IsAnsweredLikeV1() {
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().startedAt(NOW.minusSeconds(600)).ongoing().build());
        ListEventsRequest request = FakeServerClients.request("cn-hangzhou", "ecs",
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), 1);
        try (StatusClient v1 = clientFor(server).build();
                StatusClient v3 = clientFor(server).signatureVersion(SignatureVersion.V3).build()) {
            List<HealthEvent> signedV1 = v1.listEvents(request).events();
            assertThat(v3.listEvents(request).events()).isEqualTo(signedV1).hasSize(1);
        }
        assertThat(server.requests()).extracting(r -> r.header("Authorization").isPresent())
                .containsExactly(false, true);
        assertThat(server.requests()).extracting(r -> r.action().orElse(""))
                .containsExactly("ListEvents", "ListEvents");
    }
}
