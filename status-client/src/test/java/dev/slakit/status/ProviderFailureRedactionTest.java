package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.SECRET;
import static dev.slakit.status.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.ExpiringCredentials;
import dev.slakit.status.auth.RefreshingCredentialsProvider;
import dev.slakit.status.auth.SettableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A credentials provider's own exception may quote a secret: it reaches exceptions and logs only by its
 * type and a redacted message, never as itself.
 */
class ProviderFailureRedactionTest {

    private final LogCapture logs = new LogCapture();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        logs.start(Level.DEBUG);
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        logs.stop();
        server.shutdown();
    }

    @Test
    void aFailingProvidersExceptionIsWrappedByTypeAndRedactedMessage() {
        StatusClientException e;
        try (StatusClient client = TestSupport.clientFor(server).credentialsProvider(() -> {
            throw new IllegalStateException("vault refused AccessKeySecret=" + SECRET + " and SecurityToken: " + TOKEN,
                    new RuntimeException("SecurityToken: " + TOKEN));
        }).build()) {
            e = catchThrowableOfType(() -> client.listEvents(REQUEST), StatusClientException.class);
        }
        assertThat(trace(e)).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(e.getMessage()).contains("IllegalStateException", "vault refused AccessKeySecret=****");
        assertThat(e.getCause()).isNotNull();
        assertThat(e.getCause().toString()).startsWith("java.lang.IllegalStateException: vault refused");
        assertThat(server.getRequestCount()).isZero();
        logs.assertNothingContains(SECRET, TOKEN);
    }

    @Test
    void aRefreshingProviderLogsAndWrapsItsSourcesFailureRedacted() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        SettableClock clock = new SettableClock(start);
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder().clock(clock)
                .source(() -> {
                    if (calls.incrementAndGet() > 1) {
                        throw new IllegalStateException("STS answered for secret " + SECRET);
                    }
                    return ExpiringCredentials.of(Credentials.of("sts", SECRET, TOKEN), start.plusSeconds(600));
                }).build();
        provider.resolveCredentials();
        clock.setTo(start.plusSeconds(400)); // within the margin: refresh fails, cached ones still used
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("sts");

        clock.setTo(start.plusSeconds(700)); // expired: the failure is thrown
        StatusClientException e = catchThrowableOfType(provider::resolveCredentials, StatusClientException.class);
        assertThat(trace(e)).doesNotContain(SECRET).doesNotContain(TOKEN);
        logs.assertNothingContains(SECRET, TOKEN);
        assertThat(e.getMessage()).contains("IllegalStateException", "STS answered for secret ****");
        assertThat(logs.events()).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("java.lang.IllegalStateException: STS answered for secret ****"));
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
