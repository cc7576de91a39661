package dev.slakit.status;

import static dev.slakit.status.FakeServerClients.assertNothingRecordedContains;
import static dev.slakit.status.FakeServerClients.clientFor;
import static dev.slakit.status.FakeServerClients.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.RecordedStatusRequest;
import dev.slakit.testing.SampleEvents;
import dev.slakit.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.CredentialsProvider;
import dev.slakit.status.auth.ExpiringCredentials;
import dev.slakit.status.auth.RefreshingCredentialsProvider;

/**
 * Credentials providers and a user-supplied OkHttp client, with slakit's {@link StatusClient} against the
 * {@link FakeStatusServer}.
 */
class StatusClientProvidersAgainstFakeServerTest {

    private static final LocalDate END_DATE = LocalDate.of(2020, 2, 15);

    private final TestClock clock = TestClock.of(Instant.parse("2026-11-22T05:00:00Z"));
    private final FakeStatusServer server = FakeStatusServer.builder().clock(clock).start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void expiringStsCredentialsAreRefreshedBeforeTheyExpireAndTheServerAcceptsEachSet() {
        AtomicInteger issued = new AtomicInteger();
        // Plays STS: each AssumeRole gives new credentials for one hour, which the service then knows.
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder().clock(clock).source(() -> {
            int n = issued.incrementAndGet();
            Credentials sts = Credentials.of("STS.key-" + n, "sts-secret-" + n, "sts-token-" + n);
            server.addCredentials(sts);
            return ExpiringCredentials.of(sts, clock.instant().plus(Duration.ofHours(1)));
        }).build();
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());

        try (StatusClient client = clientFor(server).credentialsProvider(provider).build()) {
            assertThat(client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)).events()).hasSize(1);
            clock.advance(Duration.ofMinutes(30));
            client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6));
            // Inside the 5-minute margin: refreshed before use.
            clock.advance(Duration.ofMinutes(26));
            client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6));
        }

        assertThat(issued.get()).isEqualTo(2);
        List<RecordedStatusRequest> recorded = server.requests();
        assertThat(recorded).extracting(r -> r.parameter("AccessKeyId").orElseThrow())
                .containsExactly("STS.key-1", "STS.key-1", "STS.key-2");
        assertThat(recorded).allSatisfy(r -> {
            assertThat(r.responseStatus()).isEqualTo(200);
            assertThat(r.parameter("SecurityToken")).contains(RecordedStatusRequest.REDACTED);
        });
        assertNothingRecordedContains(server, "sts-secret-1", "sts-token-1", "sts-secret-2", "sts-token-2");
        assertThat(provider.toString()).doesNotContain("sts-secret").doesNotContain("sts-token");
    }

    @Test
    void aProviderThatFailsIsAClientExceptionAndNoRequestIsSent() {
        CredentialsProvider broken = () -> {
            throw new IllegalStateException("vault unreachable; secret=do-not-print-me");
        };
        try (StatusClient client = clientFor(server).credentialsProvider(broken).build()) {
            StatusClientException e = catchThrowableOfType(StatusClientException.class,
                    () -> client.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)));

            assertThat(e.getMessage()).doesNotContain("do-not-print-me");
            assertThat(server.requestCount()).isZero();
        }
    }

    @Test
    void aUserSuppliedOkHttpClientIsSharedAndNotShutDownByClose() throws Exception {
        OkHttpClient shared = new OkHttpClient();
        try {
            try (StatusClient first = clientFor(server).httpClient(shared).build()) {
                first.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6));
            }
            assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
            try (StatusClient second = clientFor(server).httpClient(shared).build()) {
                assertThat(second.listEvents(request("cn-hangzhou", "ecs", END_DATE, 6)).events()).isEmpty();
            }
            assertThat(server.requestCount()).isEqualTo(2);
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.responseStatus()).isEqualTo(200));
        } finally {
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
        }
    }
}
