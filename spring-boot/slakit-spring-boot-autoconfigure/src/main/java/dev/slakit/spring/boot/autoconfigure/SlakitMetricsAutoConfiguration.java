package dev.slakit.spring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * slakit's Micrometer meters, when Micrometer is on the classpath: {@link SlakitStatusMetrics} (registered
 * with the status client as its {@link dev.slakit.status.CallListener}) and, with a watcher,
 * {@link SlakitWatchMetrics}. Spring Boot binds them to the application's registry.
 */
@AutoConfiguration(after = SlakitWatchAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class SlakitMetricsAutoConfiguration {

    /** @return the status client's meters */
    @Bean
    @ConditionalOnMissingBean
    public SlakitStatusMetrics slakitStatusMetrics() {
        return new SlakitStatusMetrics();
    }

    /** The watcher's meters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(SlakitWatchMonitor.class)
    static class Watch {

        @Bean
        @ConditionalOnMissingBean
        SlakitWatchMetrics slakitWatchMetrics(SlakitWatchMonitor monitor, SlakitWatchProperties properties) {
            return new SlakitWatchMetrics(monitor, properties.watchTargets());
        }
    }
}
