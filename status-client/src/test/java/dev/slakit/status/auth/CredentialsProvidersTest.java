package dev.slakit.status.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import dev.slakit.status.StatusClientException;

class CredentialsProvidersTest {

    private static final String SECRET = "s3cr3t-Value-Never-Shown";
    private static final String TOKEN = "sts-token-Never-Shown";

    @Test
    void staticProviderReturnsItsCredentials() {
        Credentials c = Credentials.of("id", SECRET);
        StaticCredentialsProvider p = StaticCredentialsProvider.of(c);
        assertThat(p.resolveCredentials()).isSameAs(c);
        assertThat(p.toString()).contains("id").doesNotContain(SECRET);
        assertThatThrownBy(() -> StaticCredentialsProvider.of(null)).hasMessage("credentials");
    }

    @Test
    void environmentProviderReadsTheThreeVariables() {
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        EnvironmentCredentialsProvider p = EnvironmentCredentialsProvider.create(env::get);
        assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("env-id", SECRET));
        env.put("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN);
        assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("env-id", SECRET, TOKEN));
        env.put("ALIBABA_CLOUD_SECURITY_TOKEN", "  ");
        assertThat(p.resolveCredentials().securityToken()).isEmpty();
        assertThat(p.toString()).doesNotContain(SECRET);
        assertThat(EnvironmentCredentialsProvider.create()).isNotNull();
        assertThatThrownBy(() -> EnvironmentCredentialsProvider.create(null)).hasMessage("lookup");
    }

    @Test
    void aMissingVariableIsNamedAndNoValueIsEchoed() {
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET);
        assertThatThrownBy(() -> EnvironmentCredentialsProvider.create(env::get).resolveCredentials())
                .isInstanceOf(StatusClientException.class)
                .hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_ID is not set")
                .hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void systemPropertiesProviderReadsTheThreeProperties() {
        Map<String, String> props = new HashMap<>();
        props.put("alibabacloud.accessKeyId", "prop-id");
        props.put("alibabacloud.accessKeySecret", SECRET);
        props.put("alibabacloud.securityToken", TOKEN);
        assertThat(SystemPropertiesCredentialsProvider.create(props::get).resolveCredentials())
                .isEqualTo(Credentials.of("prop-id", SECRET, TOKEN));
        assertThat(SystemPropertiesCredentialsProvider.create().toString()).contains("alibabacloud.accessKeyId");
        System.setProperty("alibabacloud.accessKeyId", "sys-id");
        System.setProperty("alibabacloud.accessKeySecret", SECRET);
        try {
            assertThat(SystemPropertiesCredentialsProvider.create().resolveCredentials().accessKeyId())
                    .isEqualTo("sys-id");
        } finally {
            System.clearProperty("alibabacloud.accessKeyId");
            System.clearProperty("alibabacloud.accessKeySecret");
        }
    }

    @Test
    void theChainReturnsTheFirstFoundAndListsEverythingTriedOtherwise() {
        Map<String, String> props = new HashMap<>();
        props.put("alibabacloud.accessKeyId", "prop-id");
        props.put("alibabacloud.accessKeySecret", SECRET);
        DefaultCredentialsChain chain = DefaultCredentialsChain.of(
                EnvironmentCredentialsProvider.create(name -> null),
                SystemPropertiesCredentialsProvider.create(props::get));
        assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("prop-id");

        DefaultCredentialsChain empty = DefaultCredentialsChain.of(
                EnvironmentCredentialsProvider.create(name -> null),
                SystemPropertiesCredentialsProvider.create(name -> null));
        assertThatThrownBy(empty::resolveCredentials).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("no credentials found")
                .hasMessageContaining("environment variables")
                .hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_ID")
                .hasMessageContaining("system properties")
                .hasMessageContaining("alibabacloud.accessKeySecret");
        assertThat(DefaultCredentialsChain.create().toString()).contains("Environment", "SystemProperties");
        assertThatThrownBy(DefaultCredentialsChain::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DefaultCredentialsChain.of((CredentialsProvider) null)).hasMessage("providers[0]");
    }

    @Test
    void refreshingProviderCachesUntilTheMarginThenRefreshes() {
        SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AtomicInteger fetches = new AtomicInteger();
        RefreshingCredentialsProvider p = RefreshingCredentialsProvider.builder()
                .clock(clock)
                .refreshMargin(Duration.ofMinutes(5))
                .source(() -> ExpiringCredentials.of(Credentials.of("sts-" + fetches.incrementAndGet(), SECRET, TOKEN),
                        clock.instant().plus(Duration.ofHours(1))))
                .build();
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("sts-1");
        clock.advance(Duration.ofMinutes(54));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("sts-1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("sts-2");
        assertThat(fetches).hasValue(2);
        assertThat(p.toString()).contains("sts-2").doesNotContain(SECRET).doesNotContain(TOKEN);
    }

    @Test
    void aFailedRefreshFallsBackToUnexpiredCredentialsAndFailsAfterExpiry() {
        SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AtomicInteger calls = new AtomicInteger();
        RefreshingCredentialsProvider p = RefreshingCredentialsProvider.builder().clock(clock)
                .source(() -> {
                    if (calls.incrementAndGet() > 1) {
                        throw new IllegalStateException("STS down, secret " + SECRET);
                    }
                    return ExpiringCredentials.of(Credentials.of("sts", SECRET), clock.instant().plusSeconds(600));
                }).build();
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("sts");
        clock.advance(Duration.ofMinutes(6));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("sts");
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(p::resolveCredentials).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("refresh failed").hasMessageNotContaining(SECRET);
    }

    @Test
    void onlyOneThreadRefreshesAtATime() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        RefreshingCredentialsProvider p = RefreshingCredentialsProvider.builder().source(() -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            concurrent.decrementAndGet();
            fetches.incrementAndGet();
            return ExpiringCredentials.of(Credentials.of("sts", SECRET), Instant.now().plus(Duration.ofHours(1)));
        }).build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Credentials>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return p.resolveCredentials();
            }));
        }
        go.countDown();
        for (Future<Credentials> r : results) {
            assertThat(r.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("sts");
        }
        pool.shutdown();
        assertThat(fetches).hasValue(1);
        assertThat(maxConcurrent).hasValue(1);
    }

    @Test
    void refreshingBuilderValidates() {
        assertThatThrownBy(() -> RefreshingCredentialsProvider.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> RefreshingCredentialsProvider.builder().refreshMargin(Duration.ofSeconds(-1)))
                .hasMessageContaining("refreshMargin");
        assertThatThrownBy(() -> RefreshingCredentialsProvider.builder().source(null)).hasMessage("source");
        assertThatThrownBy(() -> RefreshingCredentialsProvider.builder().clock(null)).hasMessage("clock");
        assertThatThrownBy(() -> RefreshingCredentialsProvider.builder().source(() -> null).build()
                .resolveCredentials()).isInstanceOf(StatusClientException.class);
    }

    @Test
    void expiringCredentialsAreValues() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        ExpiringCredentials a = ExpiringCredentials.of(Credentials.of("id", SECRET, TOKEN), at);
        assertThat(a).isEqualTo(ExpiringCredentials.of(Credentials.of("id", SECRET, TOKEN), at))
                .hasSameHashCodeAs(ExpiringCredentials.of(Credentials.of("id", SECRET, TOKEN), at))
                .isNotEqualTo(ExpiringCredentials.of(Credentials.of("id", SECRET, TOKEN), at.plusSeconds(1)));
        assertThat(a.credentials().accessKeyId()).isEqualTo("id");
        assertThat(a.expiresAt()).isEqualTo(at);
        assertThat(a.toString()).contains("id", "2026-01-01").doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThatThrownBy(() -> ExpiringCredentials.of(null, at)).hasMessage("credentials");
        assertThatThrownBy(() -> ExpiringCredentials.of(a.credentials(), null)).hasMessage("expiresAt");
    }

    @Test
    void credentialsHideTheirSecrets() {
        Credentials c = Credentials.of("id", SECRET, TOKEN);
        assertThat(c.toString()).contains("id").doesNotContain(SECRET).doesNotContain(TOKEN);
        assertThat(c).isEqualTo(Credentials.of("id", SECRET, TOKEN)).isNotEqualTo(Credentials.of("id", SECRET));
        assertThatThrownBy(() -> Credentials.of("id", " ")).hasMessageContaining("accessKeySecret")
                .hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> Credentials.of("id", SECRET, " ")).hasMessageContaining("securityToken");
    }
}
