package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.spring.boot.event.HealthNotificationEvent;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.JdbcWatchStateStore;
import dev.slakit.status.watch.WatchStateStore;
import dev.slakit.testing.FakeStatusServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** slakit.watch.store=jdbc: the watcher keeps its state in the application's DataSource (a real PostgreSQL). */
class SlakitJdbcStoreTest {

    private static EmbeddedPostgres postgres;
    private static FakeStatusServer server;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        server = Runners.serverWithIncident();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        postgres.close();
    }

    @Test
    void theStoreIsBuiltOnTheApplicationsDataSourceWithTheJdbcProperties() {
        Runners.watching(server).withUserConfiguration(Database.class).withPropertyValues(
                "slakit.watch.store=jdbc", "slakit.watch.jdbc.instance-id=boot-test-1",
                "slakit.watch.jdbc.table-prefix=boot_test_", "slakit.watch.jdbc.lease-duration=20s").run(context -> {
                    assertThat(context).hasNotFailed();
                    JdbcWatchStateStore store = (JdbcWatchStateStore) context.getBean(WatchStateStore.class);
                    assertThat(store.instanceId()).isEqualTo("boot-test-1");
                    assertThat(store.tablePrefix()).isEqualTo("boot_test_");
                    assertThat(store.leaseDuration()).hasSeconds(20);
                    context.getBean(HealthWatcher.class).pollOnce();
                    Database db = context.getBean(Database.class);
                    Runners.await(() -> !db.events.isEmpty(), "the incident, delivered through the outbox");
                    assertThat(db.events.get(0).getNotification().event().title()).isEqualTo("ECS network degraded");
                    assertThat(store.leaseHolder(db.events.get(0).getNotification().target())).hasValue("boot-test-1");
                });
    }

    @Test
    void withoutCreateTablesAMissingTableFailsStartupNamingIt() {
        Runners.watching(server).withUserConfiguration(Database.class).withPropertyValues(
                "slakit.watch.store=jdbc", "slakit.watch.jdbc.instance-id=boot-test-2",
                "slakit.watch.jdbc.table-prefix=never_created_", "slakit.watch.jdbc.create-tables-if-missing=false")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("never_created_");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Database implements ApplicationListener<HealthNotificationEvent> {
        final List<HealthNotificationEvent> events = new CopyOnWriteArrayList<>();

        @Bean
        DataSource dataSource() {
            return postgres.getPostgresDatabase();
        }

        @Override
        public void onApplicationEvent(HealthNotificationEvent event) {
            events.add(event);
        }
    }
}
