package dev.slakit.status.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.status.StatusClientException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ECS RAM role provider against a fake instance metadata service on 127.0.0.1. */
class EcsRamRoleCredentialsProviderTest {

    static final String SECRET = "ecs-secret-9f8e7d6c5b4a";
    static final String TOKEN = "CAIS-ecs-sts-token-31c2b1a0";
    static final String METADATA_TOKEN = "imds-session-token-77";
    static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");

    private MockWebServer imds;
    private final SettableClock clock = new SettableClock(NOW);

    @BeforeEach
    void start() throws Exception {
        imds = new MockWebServer();
        imds.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() throws Exception {
        imds.shutdown();
    }

    static String credentialsJson(String id, Instant expiration) {
        return "{\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"" + SECRET + "\",\"Expiration\":\"" + expiration
                + "\",\"SecurityToken\":\"" + TOKEN + "\",\"LastUpdated\":\"2026-11-30T05:00:00Z\",\"Code\":\"Success\"}";
    }

    private EcsRamRoleCredentialsProvider.Builder provider() {
        return EcsRamRoleCredentialsProvider.builder().endpoint(URI.create("http://127.0.0.1:" + imds.getPort()))
                .clock(clock);
    }

    private RecordedRequest next() throws InterruptedException {
        return imds.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void takesASessionTokenThenTheRoleNameThenTheCredentials() throws Exception {
        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setBody("app-role\n"));
        imds.enqueue(new MockResponse().setBody(credentialsJson("STS.ecs1", NOW.plus(Duration.ofHours(6)))));
        EcsRamRoleCredentialsProvider p = provider().build();

        Credentials c = p.resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.ecs1");
        assertThat(c.accessKeySecret()).isEqualTo(SECRET);
        assertThat(c.securityToken()).contains(TOKEN);
        RecordedRequest token = next();
        assertThat(token.getMethod()).isEqualTo("PUT");
        assertThat(token.getPath()).isEqualTo("/latest/api/token");
        assertThat(token.getHeader("X-aliyun-ecs-metadata-token-ttl-seconds")).isEqualTo("21600");
        RecordedRequest role = next();
        assertThat(role.getMethod()).isEqualTo("GET");
        assertThat(role.getPath()).isEqualTo("/latest/meta-data/ram/security-credentials/");
        assertThat(role.getHeader("X-aliyun-ecs-metadata-token")).isEqualTo(METADATA_TOKEN);
        RecordedRequest credentials = next();
        assertThat(credentials.getPath()).isEqualTo("/latest/meta-data/ram/security-credentials/app-role");
        assertThat(credentials.getHeader("X-aliyun-ecs-metadata-token")).isEqualTo(METADATA_TOKEN);
        // cached: no more requests
        assertThat(p.resolveCredentials()).isSameAs(c);
        assertThat(imds.getRequestCount()).isEqualTo(3);
        assertThat(p.toString()).contains("STS.ecs1").doesNotContain(SECRET).doesNotContain(TOKEN)
                .doesNotContain(METADATA_TOKEN);
    }

    @Test
    void aConfiguredRoleNameSavesTheListingAndCredentialsAreRefreshedBeforeExpiry() throws Exception {
        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setBody(credentialsJson("STS.first", NOW.plus(Duration.ofMinutes(20)))));
        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setBody(credentialsJson("STS.second", NOW.plus(Duration.ofHours(6)))));
        EcsRamRoleCredentialsProvider p = provider().roleName("app-role").refreshMargin(Duration.ofMinutes(5)).build();

        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.first");
        clock.setTo(NOW.plus(Duration.ofMinutes(14)));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.first");
        assertThat(imds.getRequestCount()).isEqualTo(2);
        clock.setTo(NOW.plus(Duration.ofMinutes(15))); // 5 minutes before expiry
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.second");
        assertThat(imds.getRequestCount()).isEqualTo(4);
        next();
        assertThat(next().getPath()).isEqualTo("/latest/meta-data/ram/security-credentials/app-role");
    }

    @Test
    void withoutASessionTokenItGoesOnWithoutOneUnlessImdsV1IsDisabled() throws Exception {
        imds.enqueue(new MockResponse().setResponseCode(403));
        imds.enqueue(new MockResponse().setBody(credentialsJson("STS.v1", NOW.plus(Duration.ofHours(6)))));
        assertThat(provider().roleName("app-role").build().resolveCredentials().accessKeyId()).isEqualTo("STS.v1");
        next();
        assertThat(next().getHeader("X-aliyun-ecs-metadata-token")).isNull();

        imds.enqueue(new MockResponse().setResponseCode(403));
        EcsRamRoleCredentialsProvider strict = provider().roleName("app-role").disableImdsV1(true).build();
        StatusClientException e = catchThrowableOfType(strict::resolveCredentials, StatusClientException.class);
        assertThat(e).hasMessageContaining("IMDSv1").hasMessageContaining("HTTP 403");
        assertThat(imds.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aRequestRefusedWithTheTokenIsTriedOnceWithout() throws Exception {
        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setResponseCode(401));
        imds.enqueue(new MockResponse().setBody(credentialsJson("STS.retry", NOW.plus(Duration.ofHours(6)))));
        assertThat(provider().roleName("app-role").build().resolveCredentials().accessKeyId())
                .isEqualTo("STS.retry");
        next();
        assertThat(next().getHeader("X-aliyun-ecs-metadata-token")).isEqualTo(METADATA_TOKEN);
        assertThat(next().getHeader("X-aliyun-ecs-metadata-token")).isNull();
    }

    @Test
    void failuresNameTheProblemButNeverASecret() {
        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setBody(credentialsJson("STS.x", NOW.plus(Duration.ofHours(1)))
                .replace("\"Success\"", "\"Failed\"")));
        StatusClientException notSuccess = catchThrowableOfType(provider().roleName("r").build()::resolveCredentials,
                StatusClientException.class);
        assertThat(notSuccess.getMessage()).contains("Failed");
        assertThat(trace(notSuccess)).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain(METADATA_TOKEN);

        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setResponseCode(404));
        imds.enqueue(new MockResponse().setResponseCode(404));
        StatusClientException unknownRole = catchThrowableOfType(
                provider().roleName("missing").build()::resolveCredentials, StatusClientException.class);
        assertThat(unknownRole.getMessage()).contains("HTTP 404", "missing");

        imds.enqueue(new MockResponse().setBody(METADATA_TOKEN));
        imds.enqueue(new MockResponse().setBody("{\"AccessKeyId\":\"STS.y\",\"AccessKeySecret\":\"" + SECRET
                + "\",\"Code\":\"Success\"}"));
        StatusClientException incomplete = catchThrowableOfType(provider().roleName("r").build()::resolveCredentials,
                StatusClientException.class);
        assertThat(incomplete.getMessage()).contains("SecurityToken");
        assertThat(trace(incomplete)).doesNotContain(SECRET);
    }

    @Test
    void anUnreachableServiceFailsWithinTheTimeouts() throws Exception {
        int port = imds.getPort();
        imds.shutdown();
        EcsRamRoleCredentialsProvider p = EcsRamRoleCredentialsProvider.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port)).roleName("r")
                .connectTimeout(Duration.ofMillis(300)).readTimeout(Duration.ofMillis(300)).build();
        assertThatThrownBy(p::resolveCredentials).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("refresh failed");
    }

    @Test
    void readsItsEnvironmentAndValidatesItsSettings() {
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ECS_METADATA", " app-role ");
        env.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "TRUE");
        String described = EcsRamRoleCredentialsProvider.builder().fromEnvironment(env::get).build().toString();
        assertThat(described).contains("endpoint=http://100.100.100.200", "roleName=app-role", "imdsV1Disabled=true");
        assertThat(EcsRamRoleCredentialsProvider.builder().fromEnvironment(new HashMap<String, String>()::get).build()
                .toString()).contains("roleName=(from the service)", "imdsV1Disabled=false");

        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().endpoint(URI.create("file:///x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().roleName("a/b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roleName");
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().readTimeout(Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().refreshMargin(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refreshMargin");
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().clock(null)).hasMessage("clock");
        assertThatThrownBy(() -> EcsRamRoleCredentialsProvider.builder().fromEnvironment(null))
                .hasMessage("environment");
    }

    static String trace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
