package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.SECRET;
import static dev.slakit.status.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.ExpiringCredentials;
import dev.slakit.status.auth.RefreshingCredentialsProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A credentials provider's own exception may quote a secret: it reaches exceptions and logs only by its
 * type and a redacted message, never as itself.
 */
class ProviderFailureRedactionTest {

    private final Logger slakit = (Logger) LoggerFactory.getLogger("dev.slakit");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previous;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        previous = slakit.getLevel();
        slakit.setLevel(Level.DEBUG);
        appender.start();
        slakit.addAppender(appender);
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        slakit.detachAppender(appender);
        slakit.setLevel(previous);
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
        assertNothingLoggedWith(SECRET, TOKEN);
    }

    @Test
    void aRefreshingProviderLogsAndWrapsItsSourcesFailureRedacted() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentialsProvider provider = RefreshingCredentialsProvider.builder().clock(clock)
                .source(() -> {
                    if (calls.incrementAndGet() > 1) {
                        throw new IllegalStateException("STS answered for secret " + SECRET);
                    }
                    return ExpiringCredentials.of(Credentials.of("sts", SECRET, TOKEN), start.plusSeconds(600));
                }).build();
        provider.resolveCredentials();
        clock.now = start.plusSeconds(400); // within the margin: refresh fails, cached ones still used
        assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("sts");

        clock.now = start.plusSeconds(700); // expired: the failure is thrown
        StatusClientException e = catchThrowableOfType(provider::resolveCredentials, StatusClientException.class);
        assertThat(trace(e)).doesNotContain(SECRET).doesNotContain(TOKEN);
        assertNothingLoggedWith(SECRET, TOKEN);
        assertThat(e.getMessage()).contains("IllegalStateException", "STS answered for secret ****");
        assertThat(appender.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
                .contains("java.lang.IllegalStateException: STS answered for secret ****"));
    }

    private void assertNothingLoggedWith(String... secrets) {
        assertThat(appender.list).allSatisfy(event -> {
            String rendered = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String s : secrets) {
                assertThat(rendered).doesNotContain(s);
            }
        });
    }

    private static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static final class MutableClock extends Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
