package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static dev.slakit.status.TestSupport.SECRET;
import static dev.slakit.status.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.profile.DefaultProfile;
import dev.slakit.status.acs.AcsStatusClient;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's {@code SignatureDoesNotMatch} message echoes its string to sign, which holds the STS token:
 * it must not reach an exception, a {@code PollFailure} or a log line, through either client.
 */
class ServerMessageRedactionTest {

    /** The message shape of the service, string to sign included (with the token, percent-encoded twice). */
    static final String ECHO = "Specified signature is not matched with our calculation. server string to sign is:"
            + "POST&%2F&AccessKeyId%3Dsts-id%26Action%3DListEvents%26EndDate%3D2020-02-15%26Format%3DJSON"
            + "%26NumOfDay%3D6%26ProductId%3Decs%26RegionId%3Dcn-hangzhou%26SecurityToken%3D" + TOKEN
            + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dabc%26SignatureVersion%3D1.0"
            + "%26Timestamp%3D2020-02-15T00%253A00%253A00Z%26Version%3D2020-01-17";
    static final String BODY = "{\"RequestId\":\"REQ-SIG\",\"HostId\":\"status.aliyuncs.com\","
            + "\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"" + ECHO + "\",\"Recommend\":\"https://example.invalid\"}";

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
    void theOkHttpClientsExceptionKeepsTheCodeAndDropsTheStringToSign() {
        server.enqueue(TestSupport.json(400, BODY));
        StatusServiceException e;
        try (StatusClient client = TestSupport.clientFor(server)
                .credentials(Credentials.of("sts-id", SECRET, TOKEN)).build()) {
            e = catchThrowableOfType(() -> client.listEvents(REQUEST), StatusServiceException.class);
        }
        assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.requestId()).isEqualTo("REQ-SIG");
        assertThat(e.message()).startsWith("Specified signature is not matched with our calculation.");
        assertNoSecret(e);
        logs.assertNothingContains(TOKEN, SECRET);
    }

    @Test
    void theAcsAdaptersExceptionDropsTheStringToSign() {
        server.enqueue(TestSupport.json(400, BODY));
        DefaultAcsClient acs = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou"),
                new com.aliyuncs.auth.StaticCredentialsProvider(new BasicSessionCredentials("sts-id", SECRET, TOKEN)));
        StatusException e;
        try (AcsStatusClient client = AcsStatusClient.builder(acs).domain("127.0.0.1:" + server.getPort())
                .https(false).build()) {
            e = catchThrowableOfType(() -> client.listEvents(REQUEST), StatusException.class);
        } finally {
            acs.shutdown();
        }
        assertThat(e.requestId()).isEqualTo("REQ-SIG");
        assertThat(e.getMessage()).contains("SignatureDoesNotMatch");
        assertNoSecret(e);
        logs.assertNothingContains(TOKEN, SECRET);
    }

    @Test
    void theWatchersPollFailureAndWarnLogDropTheStringToSign() {
        server.enqueue(TestSupport.json(400, BODY));
        logs.setLevel(Level.INFO);
        PollSummary summary;
        try (StatusClient client = TestSupport.clientFor(server)
                .credentials(Credentials.of("sts-id", SECRET, TOKEN)).build();
                HealthWatcher watcher = HealthWatcher.builder(client).target("cn-hangzhou", "ecs").build()) {
            summary = watcher.pollOnce();
        }
        assertThat(summary.failures()).hasSize(1);
        PollFailure failure = summary.failures().get(0);
        assertThat(failure.toString()).contains("SignatureDoesNotMatch").doesNotContain(TOKEN)
                .doesNotContain("string to sign is:POST");
        assertNoSecret(failure.error());
        assertThat(logs.events()).anySatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
        logs.assertNothingContains(TOKEN, SECRET);
    }

    static void assertNoSecret(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(TOKEN).doesNotContain(SECRET)
                .doesNotContain("server string to sign is:POST");
        if (e instanceof StatusServiceException) {
            assertThat(String.valueOf(((StatusServiceException) e).message())).doesNotContain(TOKEN);
        }
    }
}
