package dev.slakit.spring.boot.autoconfigure;

import static dev.slakit.spring.boot.autoconfigure.Runners.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.spring.boot.event.HealthNotificationEvent;
import dev.slakit.status.watch.FileWatchStateStore;
import dev.slakit.status.watch.HealthListener;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.InMemoryWatchStateStore;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollFailureListener;
import dev.slakit.status.watch.WatchStateStore;
import dev.slakit.status.watch.WatchTarget;
import dev.slakit.testing.FakeStatusServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** slakit.watch.*: one target starts a watcher with the context; listeners, events, store, shutdown. */
class SlakitWatchAutoConfigurationTest {

    private FakeStatusServer server;

    @BeforeEach
    void start() {
        server = Runners.serverWithIncident();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void oneTargetStartsTheWatcherWhichPublishesApplicationEventsAndCallsListenerBeans() {
        Runners.watching(server).withUserConfiguration(Listening.class).run(context -> {
            assertThat(context).hasSingleBean(HealthWatcher.class);
            assertThat(context.getBean(SlakitWatcherLifecycle.class).isRunning()).isTrue();
            Listening l = context.getBean(Listening.class);
            Runners.await(() -> !l.events.isEmpty() && !l.notifications.isEmpty(), "the first poll's notification");
            HealthNotification n = l.events.get(0).getNotification();
            assertThat(n.kind()).isEqualTo(HealthNotification.Kind.OPENED);
            assertThat(n.target()).isEqualTo(WatchTarget.of("cn-hangzhou", "ecs"));
            assertThat(n.event().title()).isEqualTo("ECS network degraded");
            assertThat(l.events.get(0).getWatcher()).isSameAs(context.getBean(HealthWatcher.class));
            assertThat(l.notifications).containsExactly(n);
        });
    }

    @Test
    void theWatcherIsClosedWithTheContext() {
        HealthWatcher[] watcher = new HealthWatcher[1];
        Runners.watching(server).run(context -> watcher[0] = context.getBean(HealthWatcher.class));
        assertThat(watcher[0].isClosed()).isTrue();
    }

    @Test
    void theWatcherPropertiesAreApplied() {
        Runners.against(server).withPropertyValues(TARGET + "region-id=cn-hangzhou", TARGET + "product-id=ecs",
                "slakit.watch.targets[1].region-id=cn-shanghai", "slakit.watch.targets[1].product-id=oss",
                "slakit.watch.interval=PT1M", "slakit.watch.lookback-days=2", "slakit.watch.zone=UTC",
                "slakit.watch.close-timeout=250ms", "slakit.watch.max-backoff=5m").run(context -> {
                    SlakitWatchProperties p = context.getBean(SlakitWatchProperties.class);
                    assertThat(p.getInterval()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(p.getLookbackDays()).isEqualTo(2);
                    assertThat(p.getZone()).isEqualTo(ZoneId.of("UTC"));
                    assertThat(p.getCloseTimeout()).isEqualTo(Duration.ofMillis(250));
                    assertThat(p.getMaxBackoff()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(HealthWatcher.class).targets()).containsExactly(
                            WatchTarget.of("cn-hangzhou", "ecs"), WatchTarget.of("cn-shanghai", "oss"));
                    assertThat(context.getBean(HealthWatcher.class).toString())
                            .contains("interval=PT1M").contains("lookbackDays=2");
                    assertThat(context).getBean(WatchStateStore.class).isInstanceOf(InMemoryWatchStateStore.class);
                });
    }

    @Test
    void aTargetWithoutProductFailsStartupNamingIt() {
        Runners.against(server).withPropertyValues(TARGET + "region-id=cn-hangzhou").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("slakit.watch.targets[0]")
                    .hasMessageContaining("product-id");
        });
    }

    @Test
    void watchEnabledFalseKeepsTheWatcherOff() {
        Runners.watching(server).withPropertyValues("slakit.watch.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(HealthWatcher.class);
            assertThat(context).doesNotHaveBean(SlakitWatchMonitor.class);
        });
    }

    @Test
    void aFilePathStoreKeepsStateInTheFile(@TempDir Path dir) {
        Path file = dir.resolve("watch.json");
        Runners.watching(server).withPropertyValues("slakit.watch.store=" + file).run(context -> {
            assertThat(context).getBean(WatchStateStore.class).isInstanceOf(FileWatchStateStore.class);
            context.getBean(HealthWatcher.class).pollOnce();
            assertThat(Files.exists(file)).isTrue();
        });
    }

    @Test
    void theJdbcStoreWithoutDataSourceFailsStartupSayingWhatItNeeds() {
        Runners.watching(server).withPropertyValues("slakit.watch.store=jdbc").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("DataSource");
        });
    }

    @Test
    void theJdbcPropertiesBind() {
        Runners.watching(server).withPropertyValues("slakit.watch.jdbc.instance-id=pod-1",
                "slakit.watch.jdbc.lease-duration=45s", "slakit.watch.jdbc.table-prefix=app_watch_",
                "slakit.watch.jdbc.create-tables-if-missing=false").run(context -> {
                    SlakitWatchProperties.Jdbc j = context.getBean(SlakitWatchProperties.class).getJdbc();
                    assertThat(j.getInstanceId()).isEqualTo("pod-1");
                    assertThat(j.getLeaseDuration()).isEqualTo(Duration.ofSeconds(45));
                    assertThat(j.getTablePrefix()).isEqualTo("app_watch_");
                    assertThat(j.isCreateTablesIfMissing()).isFalse();
                });
    }

    @Test
    void anApplicationWatcherWinsAndIsStillRunByTheLifecycle() {
        Runners.watching(server).withUserConfiguration(OwnWatcher.class).run(context -> {
            assertThat(context).getBean(HealthWatcher.class).isSameAs(context.getBean(OwnWatcher.class).watcher);
            assertThat(context.getBean(SlakitWatcherLifecycle.class).getWatcher())
                    .isSameAs(context.getBean(OwnWatcher.class).watcher);
        });
    }

    @Test
    void pollFailuresReachFailureListenerBeansAndTheMonitor() {
        server.failNext(5, dev.slakit.testing.Fault.INTERNAL_ERROR);
        Runners.watching(server).withUserConfiguration(Listening.class).run(context -> {
            Listening l = context.getBean(Listening.class);
            SlakitWatchMonitor monitor = context.getBean(SlakitWatchMonitor.class);
            // the monitor and the listener bean are separate failure listeners, each with its own dispatch:
            // wait for both to have seen the failure before asserting on either
            Runners.await(() -> !l.failures.isEmpty() && monitor.targets().get(0).consecutiveFailures() > 0,
                    "a poll failure seen by the listener bean and the monitor");
            assertThat(l.failures.get(0).target()).isEqualTo(WatchTarget.of("cn-hangzhou", "ecs"));
            SlakitWatchMonitor.TargetStatus s = monitor.targets().get(0);
            assertThat(s.consecutiveFailures()).isPositive();
            assertThat(s.lastSuccess()).isNull();
            assertThat(s.lastError()).contains("InternalError");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Listening implements ApplicationListener<HealthNotificationEvent> {
        final List<HealthNotificationEvent> events = new CopyOnWriteArrayList<>();
        final List<HealthNotification> notifications = new CopyOnWriteArrayList<>();
        final List<PollFailure> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onApplicationEvent(HealthNotificationEvent event) {
            events.add(event);
        }

        @Bean
        HealthListener recordingListener() {
            return notifications::add;
        }

        @Bean
        PollFailureListener recordingFailureListener() {
            return failures::add;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnWatcher {
        HealthWatcher watcher;

        @Bean
        HealthWatcher ownWatcher(dev.slakit.status.StatusClient client) {
            watcher = HealthWatcher.builder(client).target("cn-beijing", "rds").interval(Duration.ofHours(1))
                    .build();
            return watcher;
        }
    }
}
