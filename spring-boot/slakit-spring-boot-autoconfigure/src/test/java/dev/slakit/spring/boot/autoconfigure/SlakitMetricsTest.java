package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.WatchTarget;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/** The Micrometer meters: names, tags and what they count. */
class SlakitMetricsTest {

    private FakeStatusServer server;

    @BeforeEach
    void start() {
        server = Runners.serverWithIncident();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Binds a registry once the watcher's own first poll (started with the context) is over. */
    private static MeterRegistry bind(ApplicationContext context) {
        SlakitWatchMonitor monitor = context.getBean(SlakitWatchMonitor.class);
        Runners.await(() -> monitor.targets().stream().allMatch(t -> t.lastSuccess() != null
                || t.consecutiveFailures() > 0), "the first scheduled poll");
        MeterRegistry registry = new SimpleMeterRegistry();
        context.getBean(SlakitStatusMetrics.class).bindTo(registry);
        context.getBean(SlakitWatchMetrics.class).bindTo(registry);
        return registry;
    }

    @Test
    void aGoodPollIsOneSuccessfulCallAndAttemptAndTheIncidentIsGauged() {
        Runners.watching(server).run(context -> {
            MeterRegistry registry = bind(context);
            context.getBean(HealthWatcher.class).pollOnce();
            assertThat(registry.get("slakit.status.calls").tags("action", "ListEvents", "outcome", "SUCCESS")
                    .timer().count()).isEqualTo(1);
            assertThat(registry.get("slakit.status.attempts").tags("action", "ListEvents", "outcome", "SUCCESS")
                    .counter().count()).isEqualTo(1);
            Runners.await(() -> context.getBean(SlakitWatchMonitor.class)
                    .activeIncidents(WatchTarget.of("cn-hangzhou", "ecs")) == 1, "the incident");
            assertThat(registry.get("slakit.watch.active.incidents").tags("region", "cn-hangzhou", "product", "ecs")
                    .gauge().value()).isEqualTo(1.0);
            assertThat(registry.get("slakit.watch.poll.failures").tags("region", "cn-hangzhou", "product", "ecs")
                    .counter().count()).isZero();
        });
    }

    @Test
    void throttlingIsCountedPerAttemptAndAsTheCallsOutcome() {
        Runners.watching(server).withPropertyValues("slakit.status.retry.max-attempts=2",
                "slakit.status.retry.throttling-base-delay=1ms").run(context -> {
                    MeterRegistry registry = bind(context);
                    server.failNext(2, Fault.THROTTLING_USER);
                    // bound after the first poll, so only the throttled poll below is counted
                    context.getBean(HealthWatcher.class).pollOnce();
                    assertThat(registry.get("slakit.status.attempts.throttled").tags("action", "ListEvents")
                            .counter().count()).isEqualTo(2);
                    assertThat(registry.get("slakit.status.attempts").tags("outcome", "FAILURE").counter().count())
                            .isEqualTo(2);
                    assertThat(registry.get("slakit.status.calls").tags("outcome", "THROTTLED").timer().count())
                            .isEqualTo(1);
                    Runners.await(() -> registry.get("slakit.watch.poll.failures")
                            .tags("region", "cn-hangzhou", "product", "ecs").counter().count() == 1, "the failure");
                });
    }

    @Test
    void otherFailuresAreServiceOrClientErrors() {
        assertThat(SlakitStatusMetrics.outcome(null)).isEqualTo("SUCCESS");
        assertThat(SlakitStatusMetrics.outcome(new dev.slakit.status.StatusServiceException("InvalidParameter",
                "bad", "req", 400, 1))).isEqualTo("SERVICE_ERROR");
        assertThat(SlakitStatusMetrics.outcome(new dev.slakit.status.StatusClientException("timeout", null)))
                .isEqualTo("CLIENT_ERROR");
    }

    @Test
    void callsBeforeBindingAreNotCountedAndDoNotFail() {
        Runners.against(server).run(context -> {
            assertThat(context).hasSingleBean(SlakitStatusMetrics.class);
            assertThat(context).doesNotHaveBean(SlakitWatchMetrics.class);
            StatusClient client = context.getBean(StatusClient.class);
            client.listEvents(dev.slakit.status.ListEventsRequest.builder().regionId("cn-hangzhou")
                    .productId("ecs").endDate(java.time.LocalDate.now()).numOfDay(1).build());
            MeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(SlakitStatusMetrics.class).bindTo(registry);
            assertThat(registry.find("slakit.status.calls").timer()).isNull();
        });
    }
}
