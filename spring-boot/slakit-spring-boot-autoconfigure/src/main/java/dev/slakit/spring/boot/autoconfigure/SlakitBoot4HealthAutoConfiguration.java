package dev.slakit.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;

/**
 * The Actuator health contributor {@code slakit} on Spring Boot 4, whose health API moved to
 * {@code org.springframework.boot.health}; the same report as {@link SlakitHealthAutoConfiguration}.
 */
@AutoConfiguration(after = SlakitWatchAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
@ConditionalOnBean(SlakitWatchMonitor.class)
@ConditionalOnProperty(prefix = "management.health.slakit", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SlakitHealthProperties.class)
public class SlakitBoot4HealthAutoConfiguration {

    /**
     * @param monitor what is known about each target
     * @param properties {@code slakit.health.*}
     * @return the indicator, named {@code slakit} by Actuator
     */
    @Bean
    @ConditionalOnMissingBean(name = "slakitHealthIndicator")
    public SlakitBoot4HealthIndicator slakitHealthIndicator(SlakitWatchMonitor monitor,
            SlakitHealthProperties properties) {
        return new SlakitBoot4HealthIndicator(monitor, properties);
    }

    /** The Boot 4 adapter of {@link SlakitHealthReport}. Thread-safe. */
    public static final class SlakitBoot4HealthIndicator extends AbstractHealthIndicator {

        private final SlakitWatchMonitor monitor;
        private final SlakitHealthProperties properties;

        SlakitBoot4HealthIndicator(SlakitWatchMonitor monitor, SlakitHealthProperties properties) {
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
