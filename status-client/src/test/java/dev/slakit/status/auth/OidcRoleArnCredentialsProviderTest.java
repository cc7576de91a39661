package dev.slakit.status.auth;

import static dev.slakit.status.auth.EcsRamRoleCredentialsProviderTest.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.status.StatusClientException;
import dev.slakit.status.internal.RedactedException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OIDC (ACK RRSA) provider against a fake STS on 127.0.0.1. */
class OidcRoleArnCredentialsProviderTest {

    private static final String SECRET = "oidc-sts-secret-5e4d3c2b";
    private static final String TOKEN = "CAIS-oidc-sts-token-0a9b8c7d";
    private static final String OIDC_TOKEN_1 = "eyJhbGciOiJSUzI1NiJ9.first-oidc-jwt-1111";
    private static final String OIDC_TOKEN_2 = "eyJhbGciOiJSUzI1NiJ9.second-oidc-jwt-2222";
    private static final String ROLE_ARN = "acs:ram::1234567890123456:role/app";
    private static final String PROVIDER_ARN = "acs:ram::1234567890123456:oidc-provider/ack-rrsa-c0ffee";
    private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    @TempDir
    Path dir;
    private MockWebServer sts;
    private Path tokenFile;
    private final SettableClock clock = new SettableClock(NOW);

    @BeforeEach
    void start() throws Exception {
        sts = new MockWebServer();
        sts.start(InetAddress.getByName("127.0.0.1"), 0);
        tokenFile = dir.resolve("token");
        Files.write(tokenFile, (OIDC_TOKEN_1 + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws Exception {
        sts.shutdown();
    }

    private static MockResponse assumed(String id, Instant expiration) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"RequestId\":\"STS-REQ-1\",\"AssumedRoleUser\":{\"AssumedRoleId\":\"3xx:s\",\"Arn\":\"" + ROLE_ARN
                        + "/s\"},\"OIDCTokenInfo\":{\"Subject\":\"system:serviceaccount:ns:sa\"},"
                        + "\"Credentials\":{\"SecurityToken\":\"" + TOKEN + "\",\"Expiration\":\"" + expiration
                        + "\",\"AccessKeySecret\":\"" + SECRET + "\",\"AccessKeyId\":\"" + id + "\"}}");
    }

    private OidcRoleArnCredentialsProvider.Builder provider() {
        return OidcRoleArnCredentialsProvider.builder().roleArn(ROLE_ARN).oidcProviderArn(PROVIDER_ARN)
                .oidcTokenFile(tokenFile).roleSessionName("web-1")
                .stsEndpoint(URI.create("http://127.0.0.1:" + sts.getPort())).clock(clock);
    }

    private static Map<String, String> form(RecordedRequest r) throws Exception {
        Map<String, String> fields = new HashMap<>();
        for (String pair : r.getBody().readUtf8().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), "UTF-8"), URLDecoder.decode(pair.substring(eq + 1),
                    "UTF-8"));
        }
        return fields;
    }

    @Test
    void assumesTheRoleAnonymouslyWithTheTokenFromTheFile() throws Exception {
        sts.enqueue(assumed("STS.oidc1", NOW.plus(Duration.ofHours(1))));
        OidcRoleArnCredentialsProvider p = provider().build();

        Credentials c = p.resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.oidc1");
        assertThat(c.accessKeySecret()).isEqualTo(SECRET);
        assertThat(c.securityToken()).contains(TOKEN);
        RecordedRequest r = sts.takeRequest(1, TimeUnit.SECONDS);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/");
        assertThat(r.getRequestUrl().queryParameter("Action")).isEqualTo("AssumeRoleWithOIDC");
        assertThat(r.getRequestUrl().queryParameter("Format")).isEqualTo("JSON");
        assertThat(r.getRequestUrl().queryParameter("Version")).isEqualTo("2015-04-01");
        assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        Map<String, String> form = form(r);
        assertThat(form).containsEntry("RoleArn", ROLE_ARN).containsEntry("OIDCProviderArn", PROVIDER_ARN)
                .containsEntry("OIDCToken", OIDC_TOKEN_1).containsEntry("RoleSessionName", "web-1")
                .containsEntry("DurationSeconds", "3600").doesNotContainKey("Policy");
        // anonymous: no AccessKey, no signature anywhere
        assertThat(r.getRequestUrl().queryParameterNames()).doesNotContain("AccessKeyId", "Signature");
        assertThat(form).doesNotContainKeys("AccessKeyId", "Signature");
        assertThat(r.getHeader("Authorization")).isNull();
        assertThat(p.toString()).contains(ROLE_ARN, "STS.oidc1").doesNotContain(OIDC_TOKEN_1).doesNotContain(SECRET)
                .doesNotContain(TOKEN);
    }

    @Test
    void theTokenFileIsReadAgainOnEachRefreshBeforeExpiry() throws Exception {
        sts.enqueue(assumed("STS.first", NOW.plus(Duration.ofMinutes(15))));
        sts.enqueue(assumed("STS.second", NOW.plus(Duration.ofHours(1))));
        OidcRoleArnCredentialsProvider p = provider().duration(Duration.ofMinutes(15)).policy("{\"Statement\":[]}")
                .build();
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.first");
        Files.write(tokenFile, OIDC_TOKEN_2.getBytes(StandardCharsets.UTF_8)); // kubelet rotated it
        clock.setTo(NOW.plus(Duration.ofMinutes(9)));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.first");
        clock.setTo(NOW.plus(Duration.ofMinutes(10))); // the 5-minute margin
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.second");

        Map<String, String> first = form(sts.takeRequest(1, TimeUnit.SECONDS));
        assertThat(first).containsEntry("OIDCToken", OIDC_TOKEN_1).containsEntry("DurationSeconds", "900")
                .containsEntry("Policy", "{\"Statement\":[]}");
        assertThat(form(sts.takeRequest(1, TimeUnit.SECONDS))).containsEntry("OIDCToken", OIDC_TOKEN_2);
    }

    @Test
    void anStsErrorKeepsItsCodeAndRequestIdAndLeaksNoToken() {
        sts.enqueue(new MockResponse().setResponseCode(400).setBody("{\"RequestId\":\"STS-ERR-9\",\"HostId\":"
                + "\"sts.aliyuncs.com\",\"Code\":\"AuthenticationFail.OIDCToken.Invalid\",\"Message\":\"OIDCToken: "
                + OIDC_TOKEN_1 + " is invalid\"}"));
        StatusClientException e = catchThrowableOfType(provider().build()::resolveCredentials,
                StatusClientException.class);
        assertThat(e.getMessage()).contains("AuthenticationFail.OIDCToken.Invalid");
        assertThat(e.getCause()).isInstanceOf(RedactedException.class);
        assertThat(((RedactedException) e.getCause()).originalType()).isEqualTo(
                "dev.slakit.status.StatusServiceException");
        assertThat(e.getCause().getMessage()).contains("requestId=STS-ERR-9", "HTTP 400");
        assertThat(trace(e)).doesNotContain(OIDC_TOKEN_1);
    }

    @Test
    void aMissingTokenFileOrAReplyWithoutCredentialsIsNamed() throws Exception {
        OidcRoleArnCredentialsProvider missing = provider().oidcTokenFile(dir.resolve("absent")).build();
        assertThatThrownBy(missing::resolveCredentials).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("absent");
        assertThat(sts.getRequestCount()).isZero();

        sts.enqueue(new MockResponse().setBody("{\"RequestId\":\"R\"}"));
        assertThatThrownBy(provider().build()::resolveCredentials).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("no Credentials object");
        sts.enqueue(new MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"));
        assertThatThrownBy(provider().build()::resolveCredentials).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("HTTP 502");
    }

    @Test
    void readsItsEnvironmentAndValidatesItsSettings() {
        Map<String, String> env = new HashMap<>();
        assertThat(OidcRoleArnCredentialsProvider.isConfigured(env::get)).isFalse();
        env.put("ALIBABA_CLOUD_ROLE_ARN", ROLE_ARN);
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", PROVIDER_ARN);
        assertThat(OidcRoleArnCredentialsProvider.isConfigured(env::get)).isFalse();
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().fromEnvironment(env::get).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", tokenFile.toString());
        env.put("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-7");
        assertThat(OidcRoleArnCredentialsProvider.isConfigured(env::get)).isTrue();
        assertThat(OidcRoleArnCredentialsProvider.builder().fromEnvironment(env::get).build().toString())
                .contains("stsEndpoint=https://sts.aliyuncs.com", "roleSessionName=pod-7", tokenFile.toString());
        env.put("ALIBABA_CLOUD_STS_REGION", "cn-shanghai");
        assertThat(OidcRoleArnCredentialsProvider.builder().fromEnvironment(env::get).build().toString())
                .contains("stsEndpoint=https://sts.cn-shanghai.aliyuncs.com");
        env.put("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true");
        assertThat(OidcRoleArnCredentialsProvider.builder().fromEnvironment(env::get).build().toString())
                .contains("stsEndpoint=https://sts-vpc.cn-shanghai.aliyuncs.com");

        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().roleArn(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALIBABA_CLOUD_ROLE_ARN");
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().oidcProviderArn(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().duration(Duration.ofMinutes(14)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15 minutes");
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().roleSessionName("has space"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roleSessionName");
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().stsEndpoint(URI.create("sts.aliyuncs.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stsEndpoint");
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.builder().oidcTokenFile(null))
                .hasMessage("oidcTokenFile");
    }
}
