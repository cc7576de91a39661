package dev.slakit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.DefaultCredentialsChain;
import dev.slakit.status.auth.EnvironmentCredentialsProvider;
import dev.slakit.status.auth.SystemPropertiesCredentialsProvider;

class StatusClientBuilderTest {

    @Test
    void defaultsAreDocumented() {
        assertThat(StatusClientBuilder.DEFAULT_ENDPOINT).isEqualTo(URI.create("https://status.aliyuncs.com"));
        assertThat(StatusClientBuilder.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
        assertThat(StatusClientBuilder.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(StatusClientBuilder.DEFAULT_CALL_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
        assertThat(StatusClientBuilder.DEFAULT_MAX_RESPONSE_BYTES).isEqualTo(4L * 1024 * 1024);
    }

    @Test
    void buildsWithDefaultsAndWithoutCredentials() {
        try (StatusClient client = StatusClient.builder().build()) {
            assertThat(client.toString()).contains("https://status.aliyuncs.com", "PT30S");
        }
    }

    @Test
    void withoutCredentialsTheDefaultChainFailsTheCallClearly() throws Exception {
        okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer();
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        System.clearProperty(SystemPropertiesCredentialsProvider.ACCESS_KEY_ID);
        try (StatusClient client = StatusClient.builder().endpoint(TestSupport.endpoint(server))
                .credentialsProvider(DefaultCredentialsChain.of(
                        EnvironmentCredentialsProvider.create(name -> null),
                        SystemPropertiesCredentialsProvider.create(name -> null)))
                .build()) {
            assertThatThrownBy(() -> client.listEvents(TestSupport.REQUEST))
                    .isInstanceOf(StatusClientException.class)
                    .hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_ID")
                    .hasMessageContaining("alibabacloud.accessKeyId");
            assertThat(server.getRequestCount()).isZero();
        } finally {
            server.shutdown();
        }
    }

    @Test
    void aFailingProviderIsWrappedWithoutItsMessage() throws Exception {
        okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer();
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
        try (StatusClient client = StatusClient.builder().endpoint(TestSupport.endpoint(server))
                .credentialsProvider(() -> {
                    throw new IllegalStateException("vault said " + TestSupport.SECRET);
                }).build()) {
            assertThatThrownBy(() -> client.listEvents(TestSupport.REQUEST))
                    .isInstanceOf(StatusClientException.class)
                    .hasMessageContaining("credentials provider failed")
                    .hasMessageNotContaining(TestSupport.SECRET);
            StatusClient nullProvider = StatusClient.builder().endpoint(TestSupport.endpoint(server))
                    .credentialsProvider(() -> null).build();
            assertThatThrownBy(() -> nullProvider.listEvents(TestSupport.REQUEST))
                    .hasMessageContaining("returned null");
            nullProvider.close();
        } finally {
            server.shutdown();
        }
    }

    @Test
    void everySetterValidates() {
        StatusClientBuilder b = StatusClient.builder();
        assertThatThrownBy(() -> b.endpoint(null)).isInstanceOf(NullPointerException.class).hasMessage("endpoint");
        assertThatThrownBy(() -> b.endpoint(URI.create("ftp://status.aliyuncs.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> b.endpoint(URI.create("status.aliyuncs.com")))
                .hasMessageContaining("absolute");
        assertThatThrownBy(() -> b.endpoint(URI.create("https://status.aliyuncs.com/?a=b")))
                .hasMessageContaining("query");
        assertThatThrownBy(() -> b.credentials(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.credentialsProvider(null)).hasMessage("credentialsProvider");
        assertThatThrownBy(() -> b.retryPolicy(null)).hasMessage("retryPolicy");
        assertThatThrownBy(() -> b.connectTimeout(Duration.ZERO)).hasMessageContaining("connectTimeout must be positive");
        assertThatThrownBy(() -> b.readTimeout(Duration.ofMillis(-1))).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> b.callTimeout(Duration.ofHours(1))).hasMessageContaining("callTimeout");
        assertThatThrownBy(() -> b.callTimeout(null)).hasMessage("callTimeout");
        assertThatThrownBy(() -> b.httpClient(null)).hasMessage("httpClient");
        assertThatThrownBy(() -> b.clock(null)).hasMessage("clock");
        assertThatThrownBy(() -> b.maxResponseBytes(10)).hasMessageContaining("maxResponseBytes must be between");
        assertThatThrownBy(() -> b.userAgent(" ")).hasMessageContaining("userAgent");
        assertThatThrownBy(() -> b.userAgent("caf\u00e9")).hasMessageContaining("printable ASCII");
        assertThatThrownBy(() -> b.userAgent(null)).hasMessage("userAgent");
        assertThatThrownBy(() -> StatusClient.builder().connectTimeout(Duration.ofSeconds(10))
                .callTimeout(Duration.ofSeconds(2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callTimeout (PT2S) must not be shorter than connectTimeout (PT10S)");
    }

    @Test
    void nullRequestsAreRefused() {
        try (StatusClient client = StatusClient.builder().credentials(Credentials.of("id", "secret")).build()) {
            assertThatThrownBy(() -> client.listEvents(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("request");
        }
    }
}
