package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.SECRET;
import static dev.slakit.status.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.ExpiringCredentials;
import dev.slakit.status.auth.RefreshingCredentialsProvider;

/** The secret and the token appear in no log line (at DEBUG), no toString and no exception. */
class SecretsNeverLeakTest {

    private final Logger slakit = (Logger) LoggerFactory.getLogger("dev.slakit");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;

    @BeforeEach
    void capture() {
        previous = slakit.getLevel();
        slakit.setLevel(Level.DEBUG);
        appender.start();
        slakit.addAppender(appender);
    }

    @AfterEach
    void release() {
        slakit.detachAppender(appender);
        slakit.setLevel(previous);
    }

    @Test
    void aRetriedFailingCallWithStsCredentialsLogsNoSecret() throws Exception {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(TestSupport.error(503, "ServiceUnavailable").setHeader("x-acs-request-id", "HDR"));
        server.enqueue(TestSupport.success().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(TestSupport.error(400, "SignatureDoesNotMatch"));
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder()
                .refreshMargin(Duration.ofMinutes(5))
                .source(() -> ExpiringCredentials.of(Credentials.of("sts-id", SECRET, TOKEN),
                        Instant.now().plus(Duration.ofHours(1))))
                .build();
        StatusClient client = TestSupport.clientFor(server).credentialsProvider(provider).build();
        Throwable e;
        try {
            e = catchThrowable(() -> client.listEvents(REQUEST));
        } finally {
            client.close();
        }
        assertThat(e).isInstanceOf(StatusServiceException.class);
        assertThat(((StatusException) e).attempts()).isEqualTo(3);

        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET).doesNotContain(TOKEN);
        });
        assertThat(appender.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("attempt 1", "retrying in"));
        assertThat(appender.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("requestId=REQ-ServiceUnavailable"));
        assertThat(appender.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("refreshed credentials of sts-id"));
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
        assertThat(provider.toString() + client).doesNotContain(SECRET).doesNotContain(TOKEN);
        for (int i = 0; i < 3; i++) {
            RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(recorded.getRequestLine() + recorded.getHeaders() + recorded.getBody().readUtf8())
                    .doesNotContain(SECRET);
        }
        server.shutdown();
    }

    @Test
    void aSignatureV3CallWithStsCredentialsLeaksNothingEvenWhenTheServiceEchoesItsCanonicalRequest()
            throws Exception {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        server.enqueue(TestSupport.error(503, "ServiceUnavailable"));
        // A V3 mismatch whose message quotes the server's canonical request, which holds the token header.
        server.enqueue(TestSupport.json(400, "{\"RequestId\":\"R-V3\",\"Code\":\"SignatureDoesNotMatch\","
                + "\"Message\":\"Specified signature is not matched with our calculation. server string to sign is:"
                + "ACS3-HMAC-SHA256\\nabc canonical request: POST\\n/\\n\\nx-acs-security-token:" + TOKEN + "\\n\"}"));
        StatusClient client = TestSupport.clientFor(server).credentials(Credentials.of("sts-id", SECRET, TOKEN))
                .build();
        Throwable e;
        try {
            e = catchThrowable(() -> client.listEventInProgress(
                    ListEventInProgressRequest.builder().regionIds("cn-hangzhou").build()));
        } finally {
            client.close();
        }
        assertThat(e).isInstanceOf(StatusServiceException.class);
        assertThat(((StatusException) e).requestId()).isEqualTo("R-V3");
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()) + t).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
        assertThat(appender.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain(SECRET).doesNotContain(TOKEN));
        for (int i = 0; i < 2; i++) {
            RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(recorded.getHeader("x-acs-security-token")).isEqualTo(TOKEN);
            assertThat(recorded.getRequestLine() + recorded.getHeaders() + recorded.getBody().readUtf8())
                    .doesNotContain(SECRET);
        }
        server.shutdown();
    }

    @Test
    void nothingIsLoggedAboveDebug() throws Exception {
        slakit.setLevel(Level.INFO);
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse().setResponseCode(500).setBody("<html>"));
        }
        try (StatusClient client = TestSupport.clientFor(server).build()) {
            catchThrowable(() -> client.listEvents(REQUEST));
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(appender.list).isEmpty();
        server.shutdown();
    }
}
