package dev.slakit.spring.boot.autoconfigure;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The Actuator health contributor {@code slakit} on Spring Boot 3 (see {@link SlakitHealthReport} for what it
 * reports); where Spring Boot 4's health API is present, {@link SlakitBoot4HealthAutoConfiguration} applies instead. Needs the watcher ({@code slakit.watch.targets}); off with {@code management.health.slakit.enabled=false}.
 */
@AutoConfiguration(after = SlakitWatchAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
@ConditionalOnMissingClass("org.springframework.boot.health.contributor.AbstractHealthIndicator")
@ConditionalOnBean(SlakitWatchMonitor.class)
@ConditionalOnProperty(prefix = "management.health.slakit", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SlakitHealthProperties.class)
public class SlakitHealthAutoConfiguration {

    /**
     * @param monitor what is known about each target
     * @param properties {@code slakit.health.*}
     * @return the indicator, named {@code slakit} by Actuator
     */
    @Bean
    @ConditionalOnMissingBean(name = "slakitHealthIndicator")
    public SlakitHealthIndicator slakitHealthIndicator(SlakitWatchMonitor monitor, SlakitHealthProperties properties) {
        return new SlakitHealthIndicator(monitor, properties);
    }

    /** The Boot 3 adapter of {@link SlakitHealthReport}. Thread-safe. */
    public static final class SlakitHealthIndicator extends AbstractHealthIndicator {

        private final SlakitWatchMonitor monitor;
        private final SlakitHealthProperties properties;

        SlakitHealthIndicator(SlakitWatchMonitor monitor, SlakitHealthProperties properties) {
            super("slakit health check failed");
            this.monitor = monitor;
            this.properties = properties;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            SlakitHealthReport report = SlakitHealthReport.of(monitor, properties);
            builder.status(report.status()).withDetails(report.details());
        }
    }
}
