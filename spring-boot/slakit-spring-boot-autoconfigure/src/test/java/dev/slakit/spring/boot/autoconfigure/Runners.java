package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.testing.FakeStatusServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Shared set-up of the auto-configuration tests: every slakit auto-configuration, pointed at a fake server. */
final class Runners {

    static final String TARGET = "slakit.watch.targets[0].";

    private Runners() {
    }

    /** @return a started fake server with one ongoing ALARM in cn-hangzhou/ecs, begun an hour ago */
    static FakeStatusServer serverWithIncident() {
        FakeStatusServer server = FakeStatusServer.start();
        server.addEvent("cn-hangzhou", "ecs", HealthEvent.of("ECS network degraded", EventSeverity.ALARM,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), null));
        return server;
    }

    /** @return a runner with every slakit auto-configuration and no properties */
    static ApplicationContextRunner all() {
        return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                SlakitStatusAutoConfiguration.class, SlakitWatchAutoConfiguration.class,
                SlakitSlaAutoConfiguration.class, SlakitMetricsAutoConfiguration.class,
                SlakitHealthAutoConfiguration.class, SlakitBoot4HealthAutoConfiguration.class,
                SlakitJacksonAutoConfiguration.class));
    }

    /** @return a runner pointed at the server with its credentials */
    static ApplicationContextRunner against(FakeStatusServer server) {
        return all().withPropertyValues("slakit.status.endpoint=" + server.endpoint(),
                "slakit.status.access-key-id=" + server.credentials().accessKeyId(),
                "slakit.status.access-key-secret=" + server.credentials().accessKeySecret(),
                "slakit.status.retry.max-attempts=1");
    }

    /** @return the runner watching cn-hangzhou/ecs once an hour (so only the first poll runs by itself) */
    static ApplicationContextRunner watching(FakeStatusServer server) {
        return against(server).withPropertyValues(TARGET + "region-id=cn-hangzhou", TARGET + "product-id=ecs",
                "slakit.watch.interval=1h");
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
