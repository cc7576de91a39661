package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.StatusClient;
import dev.slakit.status.watch.FileWatchStateStore;
import dev.slakit.status.watch.HealthListener;
import dev.slakit.status.watch.HealthWatcher;
import dev.slakit.status.watch.InMemoryWatchStateStore;
import dev.slakit.status.watch.PollFailureListener;
import dev.slakit.status.watch.WatchStateStore;
import dev.slakit.status.watch.JdbcWatchStateStore;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Paths;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * A {@link HealthWatcher} of the {@code slakit.watch.targets}, started and closed with the context by a
 * {@link SlakitWatcherLifecycle}. Active when at least one target is configured (and {@code slakit.watch.enabled}
 * is not false). Every {@link HealthListener} and {@link PollFailureListener} bean is registered; each bean
 * backs off when the application defines its own.
 */
@AutoConfiguration(after = SlakitStatusAutoConfiguration.class)
@Conditional(OnWatchTargetsCondition.class)
@EnableConfigurationProperties(SlakitWatchProperties.class)
public class SlakitWatchAutoConfiguration {

    /**
     * @param properties {@code slakit.watch.*}
     * @param dataSource the application's data source, for {@code slakit.watch.store=jdbc}
     * @return the store named by {@code slakit.watch.store}; the context closes it
     * @throws IllegalArgumentException if the store is neither "memory", "jdbc" nor a usable path, or is "jdbc"
     *     without a DataSource bean
     */
    @Bean
    @ConditionalOnMissingBean
    public WatchStateStore slakitWatchStateStore(SlakitWatchProperties properties,
            ObjectProvider<DataSource> dataSource) {
        String store = properties.getStore() == null ? "memory" : properties.getStore().trim();
        if (store.isEmpty() || store.equalsIgnoreCase("memory")) {
            return new InMemoryWatchStateStore();
        }
        if (store.equalsIgnoreCase("jdbc")) {
            DataSource ds = dataSource.getIfUnique();
            if (ds == null) {
                throw new IllegalArgumentException("slakit.watch.store=jdbc needs exactly one DataSource bean "
                        + "(PostgreSQL, MySQL or MariaDB); found none or several");
            }
            SlakitWatchProperties.Jdbc jdbc = properties.getJdbc();
            return JdbcWatchStateStore.builder(ds)
                    .instanceId(jdbc.getInstanceId() != null ? jdbc.getInstanceId() : hostName())
                    .leaseDuration(jdbc.getLeaseDuration())
                    .tablePrefix(jdbc.getTablePrefix())
                    .createTablesIfMissing(jdbc.isCreateTablesIfMissing())
                    .build();
        }
        return FileWatchStateStore.open(Paths.get(store));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("slakit.watch.jdbc.instance-id is not set and the host name is unknown; "
                    + "set slakit.watch.jdbc.instance-id to a name stable across restarts", e);
        }
    }

    /**
     * @param properties {@code slakit.watch.*}
     * @return the per-target record the health contributor and the meters read
     */
    @Bean
    @ConditionalOnMissingBean
    public SlakitWatchMonitor slakitWatchMonitor(SlakitWatchProperties properties) {
        return new SlakitWatchMonitor(properties.watchTargets());
    }

    /**
     * @param properties {@code slakit.watch.*}
     * @param client the status client
     * @param store the state store
     * @param monitor records good polls
     * @param listeners every listener bean (the monitor included)
     * @param failureListeners every failure listener bean (the monitor included)
     * @return the watcher, not started; the {@link SlakitWatcherLifecycle} starts it
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public HealthWatcher slakitHealthWatcher(SlakitWatchProperties properties, StatusClient client,
            WatchStateStore store, SlakitWatchMonitor monitor, ObjectProvider<HealthListener> listeners,
            ObjectProvider<PollFailureListener> failureListeners) {
        HealthWatcher.Builder builder = HealthWatcher.builder(new MonitoringStatusClient(client, monitor))
                .targets(properties.watchTargets())
                .interval(properties.getInterval())
                .lookbackDays(properties.getLookbackDays())
                .zone(properties.getZone())
                .store(store)
                .closeTimeout(properties.getCloseTimeout());
        if (properties.getMaxBackoff() != null) {
            builder.maxBackoff(properties.getMaxBackoff());
        }
        listeners.orderedStream().forEach(builder::listener);
        failureListeners.orderedStream().forEach(builder::errorListener);
        return builder.build();
    }

    /**
     * @param watcher the watcher
     * @param publisher publishes each notification as a {@link dev.slakit.spring.boot.event.HealthNotificationEvent}
     * @return the lifecycle that starts and closes the watcher
     */
    @Bean
    @ConditionalOnMissingBean
    public SlakitWatcherLifecycle slakitWatcherLifecycle(HealthWatcher watcher, ApplicationEventPublisher publisher) {
        return new SlakitWatcherLifecycle(watcher, publisher);
    }
}
