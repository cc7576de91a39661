package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.spring.jackson.SlakitJackson3Module;
import dev.slakit.spring.jackson.SlakitJacksonModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers slakit's Jackson modules as beans, which Spring Boot adds to the application's mappers:
 * {@link SlakitJacksonModule} when Jackson 2 is on the classpath (Spring Boot 3, or Boot 4 with its Jackson 2
 * support), {@link SlakitJackson3Module} when Jackson 3 is (Spring Boot 4).
 */
@AutoConfiguration
public class SlakitJacksonAutoConfiguration {

    /** Jackson 2. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
    static class Jackson2 {

        @Bean
        @ConditionalOnMissingBean
        SlakitJacksonModule slakitJacksonModule() {
            return new SlakitJacksonModule();
        }
    }

    /** Jackson 3. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.json.JsonMapper")
    static class Jackson3 {

        @Bean
        @ConditionalOnMissingBean
        SlakitJackson3Module slakitJackson3Module() {
            return new SlakitJackson3Module();
        }
    }
}
