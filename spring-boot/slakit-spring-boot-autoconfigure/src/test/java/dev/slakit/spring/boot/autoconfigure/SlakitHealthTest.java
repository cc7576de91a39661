package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.WatchTarget;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.Fault;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContext;

/**
 * The {@code slakit} health contributor: its verdict (unit) and the bean on whichever Spring Boot line runs the
 * tests (read through reflection, as Boot 3 and Boot 4 keep Health in different packages).
 */
class SlakitHealthTest {

    private static final WatchTarget ECS = WatchTarget.of("cn-hangzhou", "ecs");
    private static final WatchTarget OSS = WatchTarget.of("cn-shanghai", "oss");
    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private FakeStatusServer server;

    @BeforeEach
    void start() {
        server = FakeStatusServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static SlakitWatchMonitor monitor() {
        return new SlakitWatchMonitor(List.of(ECS, OSS), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PollFailure failure(WatchTarget target, int attempt) {
        return PollFailure.of(target, new StatusClientException("connection refused", null), attempt, NOW, null);
    }

    @Test
    void beforeAnyPollTheVerdictIsUnknownWithEveryTargetListed() {
        SlakitHealthReport r = SlakitHealthReport.of(monitor(), new SlakitHealthProperties());
        assertThat(r.status()).isEqualTo("UNKNOWN");
        assertThat(targets(r)).containsOnlyKeys("cn-hangzhou/ecs", "cn-shanghai/oss");
    }

    @Test
    void aGoodPollIsUpWithItsInstant() {
        SlakitWatchMonitor m = monitor();
        m.pollSucceeded(ECS);
        SlakitHealthReport r = SlakitHealthReport.of(m, new SlakitHealthProperties());
        assertThat(r.status()).isEqualTo("UP");
        assertThat(target(r, "cn-hangzhou/ecs")).containsEntry("lastSuccess", NOW.toString())
                .containsEntry("consecutiveFailures", 0);
    }

    @Test
    void failuresBelowTheThresholdStayUpAndAtTheThresholdGoDown() {
        SlakitWatchMonitor m = monitor();
        m.pollSucceeded(ECS);
        m.onPollFailure(failure(OSS, 1));
        m.onPollFailure(failure(OSS, 2));
        SlakitHealthProperties p = new SlakitHealthProperties();
        assertThat(SlakitHealthReport.of(m, p).status()).isEqualTo("UP");
        m.onPollFailure(failure(OSS, 3));
        SlakitHealthReport r = SlakitHealthReport.of(m, p);
        assertThat(r.status()).isEqualTo("DOWN");
        assertThat(target(r, "cn-shanghai/oss")).containsEntry("consecutiveFailures", 3)
                .containsEntry("lastFailure", NOW.toString());
        assertThat((String) target(r, "cn-shanghai/oss").get("lastError")).contains("connection refused");
        m.pollSucceeded(OSS);
        assertThat(SlakitHealthReport.of(m, p).status()).isEqualTo("UP");
    }

    @Test
    void theThresholdIsConfigurable() {
        SlakitWatchMonitor m = monitor();
        m.onPollFailure(failure(ECS, 1));
        SlakitHealthProperties p = new SlakitHealthProperties();
        p.setFailureThreshold(1);
        assertThat(SlakitHealthReport.of(m, p).status()).isEqualTo("DOWN");
    }

    @Test
    void providerIncidentsAreDetailsAndDownOnlyWhenConfigured() {
        server.addEvent("cn-hangzhou", "ecs", HealthEvent.of("ECS network degraded", EventSeverity.ALARM,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), null));
        Runners.watching(server).run(context -> {
            context.getBean(HealthWatcher.class).pollOnce();
            Runners.await(() -> context.getBean(SlakitWatchMonitor.class).activeIncidents(ECS) == 1, "the incident");
            Object health = health(context);
            assertThat(code(health)).isEqualTo("UP");
            assertThat(details(health)).containsEntry("activeIncidents", 1);
            assertThat(details(health).toString()).contains("ECS network degraded").contains("ALARM");
        });
        Runners.watching(server).withPropertyValues("slakit.health.incidents-down=true").run(context -> {
            context.getBean(HealthWatcher.class).pollOnce();
            Runners.await(() -> context.getBean(SlakitWatchMonitor.class).activeIncidents(ECS) == 1, "the incident");
            assertThat(code(health(context))).isEqualTo("DOWN");
        });
    }

    @Test
    void failedPollsTurnTheContributorDown() {
        server.failNext(100, Fault.INTERNAL_ERROR);
        Runners.watching(server).withPropertyValues("slakit.health.failure-threshold=2").run(context -> {
            HealthWatcher watcher = context.getBean(HealthWatcher.class);
            watcher.pollOnce();
            watcher.pollOnce();
            Runners.await(() -> context.getBean(SlakitWatchMonitor.class).targets().get(0)
                    .consecutiveFailures() >= 2, "two failures");
            assertThat(code(health(context))).isEqualTo("DOWN");
        });
    }

    @Test
    void theContributorNeedsTheWatcherAndCanBeSwitchedOff() {
        Runners.against(server).run(context -> assertThat(context).doesNotHaveBean("slakitHealthIndicator"));
        Runners.watching(server).withPropertyValues("management.health.slakit.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean("slakitHealthIndicator"));
        Runners.watching(server).run(context -> assertThat(context).hasBean("slakitHealthIndicator"));
    }

    @Test
    void eachSpringBootLineGetsItsOwnAdapter() {
        boolean boot4 = SpringBootVersion.getVersion().startsWith("4.");
        Runners.watching(server).run(context -> assertThat(context.getBean("slakitHealthIndicator"))
                .isInstanceOf(boot4 ? SlakitBoot4HealthAutoConfiguration.SlakitBoot4HealthIndicator.class
                        : SlakitHealthAutoConfiguration.SlakitHealthIndicator.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> targets(SlakitHealthReport r) {
        return (Map<String, Object>) r.details().get("targets");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> target(SlakitHealthReport r, String key) {
        return (Map<String, Object>) targets(r).get(key);
    }

    /** Calls {@code health()} of the indicator bean, whichever Boot line defines its type. */
    static Object health(ApplicationContext context) throws Exception {
        Object indicator = context.getBean("slakitHealthIndicator");
        Method health = indicator.getClass().getMethod("health");
        return health.invoke(indicator);
    }

    static String code(Object health) throws Exception {
        Object status = health.getClass().getMethod("getStatus").invoke(health);
        return (String) status.getClass().getMethod("getCode").invoke(status);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> details(Object health) throws Exception {
        return (Map<String, Object>) health.getClass().getMethod("getDetails").invoke(health);
    }
}
