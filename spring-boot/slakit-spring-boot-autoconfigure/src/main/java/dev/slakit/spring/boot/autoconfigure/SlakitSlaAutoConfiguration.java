package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.WorkingCalendar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * The {@link SlaCatalog} of {@code slakit.sla.edition} on the China mainland {@link WorkingCalendar} (the built-in
 * data, plus {@code slakit.sla.calendar}, with the {@code slakit.sla.estimates} policy). Each bean backs off when the application defines its own.
 */
@AutoConfiguration
@ConditionalOnClass(SlaCatalog.class)
@EnableConfigurationProperties(SlakitSlaProperties.class)
public class SlakitSlaAutoConfiguration {

    /**
     * @param properties {@code slakit.sla.*}
     * @return the built-in China mainland calendar plus every {@code slakit.sla.calendar} resource, in order
     * @throws IllegalArgumentException naming the resource if one is missing or malformed
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkingCalendar slakitWorkingCalendar(SlakitSlaProperties properties) {
        if (properties.getCalendar().isEmpty()) {
            return WorkingCalendar.chinaMainland().withEstimates(properties.getEstimates());
        }
        WorkingCalendar.Builder builder = WorkingCalendar.chinaMainland().toBuilder();
        for (int i = 0; i < properties.getCalendar().size(); i++) {
            Resource resource = properties.getCalendar().get(i);
            String name = "slakit.sla.calendar[" + i + "] (" + resource.getDescription() + ")";
            if (!resource.exists()) {
                throw new IllegalArgumentException(name + " does not exist; give a Spring resource location such "
                        + "as classpath:holidays-2027.txt or file:/etc/slakit/holidays-2027.txt");
            }
            try (InputStream in = resource.getInputStream()) {
                builder.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(name + " could not be read", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
        return builder.estimates(properties.getEstimates()).build();
    }

    /**
     * @param properties {@code slakit.sla.*}
     * @param calendar the working calendar bean
     * @return the catalog of the configured edition on the calendar bean
     */
    @Bean
    @ConditionalOnMissingBean
    public SlaCatalog slakitSlaCatalog(SlakitSlaProperties properties, WorkingCalendar calendar) {
        return SlaCatalog.of(properties.getEdition()).withCalendar(calendar);
    }
}
