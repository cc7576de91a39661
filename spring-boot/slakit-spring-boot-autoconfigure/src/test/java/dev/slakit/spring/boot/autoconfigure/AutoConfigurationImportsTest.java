package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.spring.jackson.SlakitJackson3Module;
import dev.slakit.spring.jackson.SlakitJacksonModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** Spring Boot finds every slakit auto-configuration, and the Jackson modules are registered as beans. */
class AutoConfigurationImportsTest {

    @Test
    void everyAutoConfigurationIsListedForSpringBoot() {
        List<String> listed = new ArrayList<>();
        ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(listed::add);
        assertThat(listed).contains(SlakitStatusAutoConfiguration.class.getName(),
                SlakitWatchAutoConfiguration.class.getName(), SlakitSlaAutoConfiguration.class.getName(),
                SlakitJacksonAutoConfiguration.class.getName(), SlakitHealthAutoConfiguration.class.getName(),
                SlakitBoot4HealthAutoConfiguration.class.getName(), SlakitMetricsAutoConfiguration.class.getName());
    }

    @Test
    void bothJacksonModulesAreBeansWhenBothJacksonsArePresent() {
        Runners.all().run(context -> {
            assertThat(context).hasSingleBean(SlakitJacksonModule.class);
            assertThat(context).hasSingleBean(SlakitJackson3Module.class);
        });
    }
}
