package dev.slakit.status;

import static dev.slakit.status.TestSupport.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.slakit.status.auth.EcsRamRoleCredentialsProvider;
import dev.slakit.status.auth.OidcRoleArnCredentialsProvider;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A StatusClient signs with credentials from the ECS metadata service or from STS AssumeRoleWithOIDC (fakes on
 * 127.0.0.1), and no secret, security token or OIDC token reaches a log line at DEBUG.
 */
class CredentialsWithoutAccessKeysTest {

    private static final String SECRET = "role-secret-4d5e6f7a8b";
    private static final String TOKEN = "CAIS-role-sts-token-1a2b3c4d";
    private static final String METADATA_TOKEN = "imds-token-5c6d7e8f90";
    private static final String OIDC_TOKEN = "eyJhbGciOiJSUzI1NiJ9.pod-jwt-0123456789";

    private final LogCapture logs = new LogCapture();
    private MockWebServer credentialsServer;
    private MockWebServer statusServer;

    @BeforeEach
    void start() throws Exception {
        logs.start(Level.DEBUG);
        credentialsServer = new MockWebServer();
        credentialsServer.start(InetAddress.getByName("127.0.0.1"), 0);
        statusServer = new MockWebServer();
        statusServer.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        logs.stop();
        credentialsServer.shutdown();
        statusServer.shutdown();
    }

    private static String credentials(String id) {
        return "{\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"" + SECRET + "\",\"SecurityToken\":\"" + TOKEN
                + "\",\"Expiration\":\"" + Instant.now().plus(Duration.ofHours(6)) + "\"";
    }

    private HttpUrl callStatusWith(dev.slakit.status.auth.CredentialsProvider provider) throws Exception {
        statusServer.enqueue(TestSupport.success());
        try (StatusClient client = TestSupport.clientFor(statusServer).credentialsProvider(provider).build()) {
            assertThat(client.listEvents(REQUEST).requestId()).isEqualTo("REQ-OK");
        }
        return statusServer.takeRequest(1, TimeUnit.SECONDS).getRequestUrl();
    }

    @Test
    void theEcsRamRoleSignsTheCall() throws Exception {
        credentialsServer.enqueue(new MockResponse().setResponseCode(500)); // no session token: IMDSv1
        credentialsServer.enqueue(new MockResponse().setBody("app-role"));
        credentialsServer.enqueue(new MockResponse().setBody(credentials("STS.ecs") + ",\"Code\":\"Success\"}"));
        EcsRamRoleCredentialsProvider ecs = EcsRamRoleCredentialsProvider.builder()
                .endpoint(URI.create("http://127.0.0.1:" + credentialsServer.getPort())).build();

        HttpUrl signed = callStatusWith(ecs);

        assertThat(signed.queryParameter("AccessKeyId")).isEqualTo("STS.ecs");
        assertThat(signed.queryParameter("SecurityToken")).isEqualTo(TOKEN);
        assertThat(signed.queryParameter("Signature")).isNotBlank();
        assertThat(logs.events()).isNotEmpty();
        logs.assertNothingContains(SECRET, TOKEN, METADATA_TOKEN, OIDC_TOKEN);
    }

    @Test
    void theOidcRoleSignsTheCall(@TempDir Path dir) throws Exception {
        Path tokenFile = dir.resolve("oidc-token");
        Files.write(tokenFile, OIDC_TOKEN.getBytes(StandardCharsets.UTF_8));
        credentialsServer.enqueue(new MockResponse().setBody("{\"RequestId\":\"R\",\"Credentials\":"
                + credentials("STS.oidc") + "}}"));
        OidcRoleArnCredentialsProvider oidc = OidcRoleArnCredentialsProvider.builder()
                .roleArn("acs:ram::1:role/app").oidcProviderArn("acs:ram::1:oidc-provider/p").oidcTokenFile(tokenFile)
                .stsEndpoint(URI.create("http://127.0.0.1:" + credentialsServer.getPort())).build();

        HttpUrl signed = callStatusWith(oidc);

        assertThat(signed.queryParameter("AccessKeyId")).isEqualTo("STS.oidc");
        assertThat(signed.queryParameter("SecurityToken")).isEqualTo(TOKEN);
        assertThat(logs.events()).isNotEmpty();
        logs.assertNothingContains(SECRET, TOKEN, METADATA_TOKEN, OIDC_TOKEN);
    }
}
