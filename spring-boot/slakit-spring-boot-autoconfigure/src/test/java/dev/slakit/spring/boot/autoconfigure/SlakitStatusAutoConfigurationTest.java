package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.CallListener;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.RetryPolicy;
import dev.slakit.status.SignatureVersion;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusException;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.CredentialsProvider;
import dev.slakit.status.auth.DefaultCredentialsChain;
import dev.slakit.status.auth.StaticCredentialsProvider;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.testing.FakeStatusServer;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** slakit.status.*: the client, its credentials, and the beans backing off. */
class SlakitStatusAutoConfigurationTest {

    private static final ListEventsRequest REQUEST = ListEventsRequest.builder().regionId("cn-hangzhou")
            .productId("ecs").endDate(LocalDate.now()).numOfDay(1).build();

    private static FakeStatusServer server;

    @BeforeAll
    static void start() {
        server = FakeStatusServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutPropertiesTheClientUsesTheDefaultChainAndNoWatcherStarts() {
        Runners.all().run(context -> {
            assertThat(context).hasSingleBean(StatusClient.class);
            assertThat(context).getBean(CredentialsProvider.class).isInstanceOf(DefaultCredentialsChain.class);
            assertThat(context).doesNotHaveBean(HealthWatcher.class);
            assertThat(context).doesNotHaveBean(SlakitWatcherLifecycle.class);
            SlakitStatusProperties p = context.getBean(SlakitStatusProperties.class);
            assertThat(p.getEndpoint()).isEqualTo(URI.create("https://status.aliyuncs.com"));
            assertThat(p.getRetry().toPolicy()).isEqualTo(RetryPolicy.defaults());
            assertThat(p.getSignatureVersion()).isNull();
        });
    }

    @Test
    void theClientCallsTheConfiguredEndpointWithTheConfiguredKey() {
        Runners.against(server).run(context -> {
            assertThat(context).getBean(CredentialsProvider.class).isInstanceOf(StaticCredentialsProvider.class);
            assertThat(context.getBean(CredentialsProvider.class).resolveCredentials()).isEqualTo(server.credentials());
            int before = server.requestCount();
            assertThat(context.getBean(StatusClient.class).listEvents(REQUEST).events()).isEmpty();
            assertThat(server.requestCount()).isEqualTo(before + 1);
        });
    }

    @Test
    void aWrongSecretIsRefusedByTheServer() {
        Runners.against(server).withPropertyValues("slakit.status.access-key-secret=not-the-secret").run(context -> {
            StatusClient client = context.getBean(StatusClient.class);
            try {
                client.listEvents(REQUEST);
                throw new AssertionError("the fake server accepted a wrong signature");
            } catch (StatusException expected) {
                assertThat(expected.getMessage()).doesNotContain("not-the-secret");
            }
        });
    }

    @Test
    void durationsTakeSpringsShortFormsAndIso8601() {
        Runners.all().withPropertyValues("slakit.status.call-timeout=45s", "slakit.status.connect-timeout=PT2S",
                "slakit.status.read-timeout=1500ms", "slakit.status.retry.max-attempts=5",
                "slakit.status.retry.base-delay=50ms", "slakit.status.retry.throttling-base-delay=PT2S",
                "slakit.status.retry.max-backoff=1m", "slakit.status.retry.token-bucket-capacity=0",
                "slakit.status.signature-version=V3").run(context -> {
                    SlakitStatusProperties p = context.getBean(SlakitStatusProperties.class);
                    assertThat(p.getCallTimeout()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(p.getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(p.getReadTimeout()).isEqualTo(Duration.ofMillis(1500));
                    assertThat(p.getSignatureVersion()).isEqualTo(SignatureVersion.V3);
                    assertThat(p.getRetry().toPolicy()).isEqualTo(RetryPolicy.builder().maxAttempts(5)
                            .baseDelay(Duration.ofMillis(50)).throttlingBaseDelay(Duration.ofSeconds(2))
                            .maxBackoff(Duration.ofMinutes(1)).retryTokenBucketCapacity(0).build());
                    assertThat(context).hasSingleBean(StatusClient.class);
                });
    }

    @Test
    void anOutOfRangeTimeoutFailsStartupNamingIt() {
        Runners.all().withPropertyValues("slakit.status.call-timeout=11m").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("callTimeout");
        });
    }

    @Test
    void aKeyIdWithoutSecretFailsStartupNamingBothProperties() {
        Runners.all().withPropertyValues("slakit.status.access-key-id=LTAI-only").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("slakit.status.access-key-id")
                    .hasMessageContaining("slakit.status.access-key-secret");
        });
    }

    @Test
    void theSecretIsNotInTheToStringOfTheProperties() {
        Runners.all().withPropertyValues("slakit.status.access-key-id=LTAI-id",
                "slakit.status.access-key-secret=very-secret-value").run(context -> {
                    assertThat(context.getBean(SlakitStatusProperties.class).toString())
                            .contains("LTAI-id").doesNotContain("very-secret-value");
                    assertThat(context.getBean(CredentialsProvider.class).toString())
                            .doesNotContain("very-secret-value");
                    assertThat(context.getBean(StatusClient.class).toString()).doesNotContain("very-secret-value");
                });
    }

    @Test
    void applicationBeansWin() {
        Runners.all().withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).getBean(StatusClient.class).isSameAs(OwnBeans.CLIENT);
            assertThat(context).getBean(CredentialsProvider.class).isSameAs(OwnBeans.CREDENTIALS);
        });
    }

    @Test
    void customizersAndCallListenersApplyToTheClient() {
        Runners.against(server).withUserConfiguration(Listeners.class).run(context -> {
            context.getBean(StatusClient.class).listEvents(REQUEST);
            Listeners l = context.getBean(Listeners.class);
            assertThat(l.customized).hasValue(1);
            assertThat(l.first).containsExactly("ListEvents");
            assertThat(l.second).containsExactly("ListEvents");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final CredentialsProvider CREDENTIALS = StaticCredentialsProvider.of(Credentials.of("a", "b"));
        static final StatusClient CLIENT = StatusClient.builder().credentialsProvider(CREDENTIALS).build();

        @Bean
        StatusClient ownClient() {
            return CLIENT;
        }

        @Bean
        CredentialsProvider ownCredentials() {
            return CREDENTIALS;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Listeners {
        final AtomicInteger customized = new AtomicInteger();
        final List<String> first = new CopyOnWriteArrayList<>();
        final List<String> second = new CopyOnWriteArrayList<>();

        @Bean
        SlakitStatusClientCustomizer countingCustomizer() {
            return builder -> customized.incrementAndGet();
        }

        @Bean
        CallListener firstListener() {
            return new CallListener() {
                @Override
                public void onCall(String action, Duration duration, int attempts, StatusException failure) {
                    first.add(action);
                }
            };
        }

        @Bean
        CallListener secondListener() {
            return new CallListener() {
                @Override
                public void onCall(String action, Duration duration, int attempts, StatusException failure) {
                    second.add(action);
                }
            };
        }
    }
}
