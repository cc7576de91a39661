package dev.slakit.status;

import static dev.slakit.status.FakeServerClients.assertNothingRecordedContains;
import static dev.slakit.status.FakeServerClients.clientFor;
import static dev.slakit.status.FakeServerClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.RecordedStatusRequest;
import dev.slakit.testing.SampleEvents;
import dev.slakit.testing.StartTimeSpelling;
import dev.slakit.testing.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import dev.slakit.status.auth.Credentials;

/**
 * slakit's {@link StatusClient} against the project's own {@link FakeStatusServer}: typed events, the window,
 * credentials (static, STS, wrong), clock drift and the asynchronous call, over real HTTP on 127.0.0.1.
 */
class StatusClientAgainstFakeServerTest {

    private static final LocalDate END_DATE = LocalDate.of(2020, 2, 15);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The window of END_DATE and 6 days (ListEventsRequest.window()): [2020-02-10 00:00, 2020-02-16 00:00) Shanghai. */
    private static final Instant WINDOW_START = LocalDate.of(2020, 2, 10).atStartOfDay(SHANGHAI).toInstant();
    private static final Instant WINDOW_END = LocalDate.of(2020, 2, 16).atStartOfDay(SHANGHAI).toInstant();

    private FakeStatusServer server;
    private StatusClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private ListEventsResponse listHangzhouEcs() {
        return client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6));
    }

    @ParameterizedTest
    @EnumSource(StartTimeSpelling.class)
    void eventsComeBackTypedWhicheverSpellingOfTheStartTime(StartTimeSpelling spelling) {
        server = FakeStatusServer.builder().startTimeSpelling(spelling).start();
        client = clientFor(server).build();
        HealthEvent ongoingAlarm = SampleEvents.alarm().build();
        HealthEvent resolvedNotice = SampleEvents.notification().build();
        HealthEvent unknownSeverity = HealthEvent.ofWire("Partial degradation of ECS API", "MAJOR",
                Instant.parse("2020-02-14T01:02:03.456Z"), Instant.parse("2020-02-14T02:00:00Z"));
        HealthEvent recovered = SampleEvents.normal().startedAt(Instant.parse("2020-02-11T00:00:00Z"))
                .lasting(Duration.ofMinutes(45)).build();
        server.addEvent("cn-hangzhou", "ecs", ongoingAlarm).addEvent("cn-hangzhou", "ecs", resolvedNotice)
                .addEvent("cn-hangzhou", "ecs", unknownSeverity).addEvent("cn-hangzhou", "ecs", recovered);

        ListEventsResponse response = listHangzhouEcs();

        RecordedStatusRequest recorded = server.requests().get(0);
        assertThat(response.requestId()).isNotBlank().isEqualTo(recorded.requestId().orElseThrow());
        assertThat(response.total()).isEqualTo(4);
        // Newest start first, as the service lists them.
        assertThat(response.events()).containsExactly(unknownSeverity, resolvedNotice, recovered, ongoingAlarm);

        HealthEvent alarm = response.events().get(3);
        assertThat(alarm.title()).isEqualTo(SampleEvents.ECS_NETWORK_HANGZHOU);
        assertThat(alarm.severity()).isEqualTo(EventSeverity.ALARM);
        assertThat(alarm.startTime()).isEqualTo(SampleEvents.DEFAULT_START);
        assertThat(alarm.isOngoing()).isTrue();
        assertThat(alarm.endTime()).isEmpty();

        HealthEvent notice = response.events().get(1);
        assertThat(notice.severity()).isEqualTo(EventSeverity.NOTIFICATION);
        assertThat(notice.isOngoing()).isFalse();
        assertThat(notice.endTime()).contains(Instant.parse("2020-02-12T20:00:00Z"));

        HealthEvent unknown = response.events().get(0);
        assertThat(unknown.severity()).isEqualTo(EventSeverity.UNKNOWN);
        assertThat(unknown.rawSeverity()).isEqualTo("MAJOR");
        assertThat(unknown.startTime()).isEqualTo(Instant.parse("2020-02-14T01:02:03.456Z"));

        assertThat(response.events().get(2).severity()).isEqualTo(EventSeverity.NORMAL);
    }

    @Test
    void theRequestCarriesTheQueryAndNoSecret() {
        server = FakeStatusServer.start();
        client = clientFor(server).build();

        listHangzhouEcs();

        RecordedStatusRequest recorded = server.requests().get(0);
        assertThat(recorded.action()).contains("ListEvents");
        assertThat(recorded.parameters()).containsEntry("Version", "2020-01-17")
                .containsEntry("RegionId", "cn-hangzhou").containsEntry("ProductId", "ecs")
                .containsEntry("EndDate", "2020-02-15").containsEntry("NumOfDay", "6")
                .containsEntry("AccessKeyId", server.credentials().accessKeyId())
                .containsEntry("SignatureMethod", "HMAC-SHA1").containsEntry("SignatureVersion", "1.0")
                .doesNotContainKey("SecurityToken");
        assertThat(recorded.responseStatus()).isEqualTo(200);
        assertThat(recorded.errorCode()).isEmpty();
        assertNothingRecordedContains(server, server.credentials().accessKeySecret());
    }

    @Test
    void regionlessServicesUseOoRegion() {
        server = FakeStatusServer.start();
        client = clientFor(server).build();
        HealthEvent cdn = SampleEvents.alarm().title("CDN scheduling anomaly").build();
        server.addEvent(ListEventsRequest.NO_REGION, "cdn", cdn);
        server.addEvent("cn-hangzhou", "cdn", SampleEvents.alarm().title("not regionless").build());

        ListEventsResponse response = client.listEvents(request(ListEventsRequest.NO_REGION, "cdn", END_DATE, 6));

        assertThat(response.events()).containsExactly(cdn);
        assertThat(server.requests().get(0).parameter("RegionId")).contains("oo-region");
    }

    @Test
    void onlyEventsOfTheRegionProductAndWindowComeBack() {
        server = FakeStatusServer.start();
        client = clientFor(server).build();
        HealthEvent endsAtWindowStart = event("ends exactly when the window starts", WINDOW_START.minusSeconds(3600),
                WINDOW_START);
        HealthEvent endsJustBefore = event("ends 1 ms before the window", WINDOW_START.minusSeconds(3600),
                WINDOW_START.minusMillis(1));
        HealthEvent startsJustBeforeEnd = event("starts 1 ms before the window ends", WINDOW_END.minusMillis(1), null);
        HealthEvent startsAtEnd = event("starts when the window ends", WINDOW_END, null);
        HealthEvent ongoingSinceLongAgo = event("ongoing since long before", Instant.parse("2019-12-01T00:00:00Z"),
                null);
        server.addEvents("cn-hangzhou", "ecs",
                List.of(endsAtWindowStart, endsJustBefore, startsJustBeforeEnd, startsAtEnd, ongoingSinceLongAgo));
        server.addEvent("cn-shanghai", "ecs", event("other region", WINDOW_START.plus(Duration.ofDays(1)), null));
        server.addEvent("cn-hangzhou", "rds", event("other product", WINDOW_START.plus(Duration.ofDays(1)), null));
        server.addEvent("cn-hangzhou", "ECS", event("product ids are case-sensitive", WINDOW_START.plusMillis(1), null));

        ListEventsResponse response = listHangzhouEcs();

        assertThat(response.events()).extracting(HealthEvent::title).containsExactly(
                "starts 1 ms before the window ends", "ends exactly when the window starts", "ongoing since long before");
        assertThat(response.total()).isEqualTo(3);
        assertThat(request("cn-hangzhou", "ecs", END_DATE, 6).window().from()).isEqualTo(WINDOW_START);
        assertThat(request("cn-hangzhou", "ecs", END_DATE, 6).window().to()).isEqualTo(WINDOW_END);

        // One day less: the window starts a day later, so the event that ended at the old start drops out.
        ListEventsResponse shorter = client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 5));
        assertThat(shorter.events()).extracting(HealthEvent::title)
                .containsExactly("starts 1 ms before the window ends", "ongoing since long before");
    }

    @Test
    void anEmptyWindowIsAnEmptyListNotAnError() {
        server = FakeStatusServer.start();
        client = clientFor(server).build();

        ListEventsResponse response = listHangzhouEcs();

        assertThat(response.events()).isEmpty();
        assertThat(response.total()).isZero();
    }

    @Test
    void stsCredentialsAreAcceptedAndTheTokenIsRedactedInRecordedRequests() {
        server = FakeStatusServer.start();
        Credentials sts = Credentials.of("STS.NUxx3Kf7pZqj", "sts-secret-7f3a9c", "CAIS-sts-token-5d1e0b2a9f");
        server.addCredentials(sts);
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
        client = clientFor(server).credentials(sts).build();

        ListEventsResponse response = listHangzhouEcs();

        assertThat(response.events()).hasSize(1);
        RecordedStatusRequest recorded = server.requests().get(0);
        assertThat(recorded.parameter("AccessKeyId")).contains("STS.NUxx3Kf7pZqj");
        assertThat(recorded.parameter("SecurityToken")).contains(RecordedStatusRequest.REDACTED);
        assertNothingRecordedContains(server, "sts-secret-7f3a9c", "CAIS-sts-token-5d1e0b2a9f");
    }

    @Test
    void aWrongStsTokenIsRejectedWithoutRetryAndWithoutLeakingIt() {
        server = FakeStatusServer.start();
        server.addCredentials(Credentials.of("STS.id1", "sts-secret", "the-right-token"));
        client = clientFor(server).credentials(Credentials.of("STS.id1", "sts-secret", "a-stale-token-93b1"))
                .build();

        StatusServiceException e = catchThrowableOfType(StatusServiceException.class, this::listHangzhouEcs);

        assertThat(e.code()).isEqualTo("InvalidSecurityToken.MismatchWithAccessKey");
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(e.getMessage()).doesNotContain("a-stale-token-93b1").doesNotContain("sts-secret");
        assertNothingRecordedContains(server, "a-stale-token-93b1", "sts-secret");
    }

    @Test
    void aWrongSecretIsSignatureDoesNotMatchAndIsNotRetried() {
        server = FakeStatusServer.start();
        Credentials wrong = Credentials.of(server.credentials().accessKeyId(), "not-the-secret-4c2f");
        client = clientFor(server).credentials(wrong).build();

        StatusServiceException e = catchThrowableOfType(StatusServiceException.class, this::listHangzhouEcs);

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.isThrottling()).isFalse();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        RecordedStatusRequest recorded = server.requests().get(0);
        assertThat(recorded.errorCode()).contains("SignatureDoesNotMatch");
        assertThat(e.requestId()).isNotBlank().isEqualTo(recorded.requestId().orElseThrow());
        assertThat(e.getMessage()).doesNotContain("not-the-secret-4c2f");
        assertNothingRecordedContains(server, "not-the-secret-4c2f", server.credentials().accessKeySecret());
    }

    @Test
    void theEchoedStringToSignWithTheStsTokenReachesNoExceptionNorPollFailure() {
        server = FakeStatusServer.start();
        String token = "CAIS-sts-token-8e41c0d7";
        server.addCredentials(Credentials.of("STS.echo1", "sts-secret-1b9e", token));
        client = clientFor(server).credentials(Credentials.of("STS.echo1", "not-the-secret-77aa", token)).build();

        StatusServiceException e = catchThrowableOfType(StatusServiceException.class, this::listHangzhouEcs);

        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.message()).isEqualTo(
                "Specified signature is not matched with our calculation. server string to sign is:[redacted]");
        assertThat(e.getMessage() + e + e.message()).doesNotContain(token);
        try (dev.slakit.status.watch.HealthWatcher watcher = dev.slakit.status.watch.HealthWatcher.builder(client)
                .target("cn-hangzhou", "ecs").build()) {
            dev.slakit.status.watch.PollSummary summary = watcher.pollOnce();
            assertThat(summary.failures()).singleElement().satisfies(failure -> assertThat(failure.toString())
                    .contains("SignatureDoesNotMatch").doesNotContain(token));
        }
        assertNothingRecordedContains(server, token, "not-the-secret-77aa");
    }

    @Test
    void anUnknownAccessKeyIsInvalidAccessKeyIdNotFoundAndIsNotRetried() {
        server = FakeStatusServer.start();
        client = clientFor(server).credentials(Credentials.of("LTAI-nobody-knows", "whatever-secret")).build();

        StatusServiceException e = catchThrowableOfType(StatusServiceException.class, this::listHangzhouEcs);

        assertThat(e.code()).isEqualTo("InvalidAccessKeyId.NotFound");
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {20, -20})
    void aClientClockTwentyMinutesOffIsInvalidTimeStampExpiredAndIsNotRetried(long minutesOff) {
        TestClock serverClock = TestClock.of(Instant.parse("2026-11-22T05:00:00Z"));
        server = FakeStatusServer.builder().clock(serverClock).start();
        client = clientFor(server).clock(Clock.offset(serverClock, Duration.ofMinutes(minutesOff))).build();

        StatusServiceException e = catchThrowableOfType(StatusServiceException.class, this::listHangzhouEcs);

        assertThat(e.code()).isEqualTo("InvalidTimeStamp.Expired");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(server.requests().get(0).parameter("Timestamp"))
                .contains(minutesOff > 0 ? "2026-11-22T05:20:00Z" : "2026-11-22T04:40:00Z");
    }

    @Test
    void aDriftWithinFifteenMinutesIsAccepted() {
        TestClock serverClock = TestClock.of(Instant.parse("2026-11-22T05:00:00Z"));
        server = FakeStatusServer.builder().clock(serverClock).start();
        client = clientFor(server).clock(Clock.offset(serverClock, Duration.ofMinutes(14))).build();

        assertThat(listHangzhouEcs().events()).isEmpty();

        // A client stuck 20 minutes ahead is refused, until the server's clock catches up to within 15 minutes.
        client.close();
        client = clientFor(server).clock(Clock.fixed(Instant.parse("2026-11-22T05:20:00Z"), ZoneId.of("UTC")))
                .build();
        assertThat(catchThrowableOfType(StatusServiceException.class, this::listHangzhouEcs).code())
                .isEqualTo("InvalidTimeStamp.Expired");
        serverClock.advance(Duration.ofMinutes(6));
        assertThat(listHangzhouEcs().events()).isEmpty();
    }

    @Test
    void listEventsAsyncGetsTheEvents() throws Exception {
        server = FakeStatusServer.start();
        client = clientFor(server).build();
        HealthEvent alarm = SampleEvents.alarm().build();
        server.addEvent("cn-hangzhou", "ecs", alarm);

        CompletableFuture<ListEventsResponse> hangzhou =
                client.listEventsAsync(request("cn-hangzhou", "ecs", END_DATE, 6));
        CompletableFuture<ListEventsResponse> shanghai =
                client.listEventsAsync(request("cn-shanghai", "ecs", END_DATE, 6));

        assertThat(hangzhou.get(5, TimeUnit.SECONDS).events()).containsExactly(alarm);
        assertThat(shanghai.get(5, TimeUnit.SECONDS).events()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void listEventsAsyncCompletesExceptionallyWithTheServiceError() {
        server = FakeStatusServer.start();
        client = clientFor(server).credentials(Credentials.of(server.credentials().accessKeyId(), "wrong")).build();

        CompletableFuture<ListEventsResponse> future = client.listEventsAsync(request("cn-hangzhou", "ecs", END_DATE, 6));

        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(StatusServiceException.class)
                .hasFieldOrPropertyWithValue("code", "SignatureDoesNotMatch")
                .hasFieldOrPropertyWithValue("attempts", 1);
    }

    @Test
    void cancellingAnAsyncCallStopsItAndMakesNoFurtherAttempt() throws Exception {
        server = FakeStatusServer.builder().slowReplyDelay(Duration.ofSeconds(3)).start();
        server.failNext(1, dev.slakit.testing.Fault.SLOW_REPLY);
        client = clientFor(server).build();

        CompletableFuture<ListEventsResponse> future = client.listEventsAsync(request("cn-hangzhou", "ecs", END_DATE, 6));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(future.cancel(true)).isTrue();

        assertThat(future).isCancelled();
        // No retry follows a cancellation; the client still works afterwards.
        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS)).isNull();
        assertThat(listHangzhouEcs().events()).isEmpty();
        assertThat(server.requestCount()).isEqualTo(2);
    }

    private static HealthEvent event(String title, Instant start, Instant endOrNull) {
        return HealthEvent.of(title, EventSeverity.ALARM, start, endOrNull);
    }
}
