package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.StatusClientBuilder;

/**
 * Adjusts the auto-configured status client before it is built, after the {@code slakit.status.*}
 * properties are applied; customizer beans run in {@link org.springframework.core.annotation.Order} order.
 * Define your own {@link dev.slakit.status.StatusClient} bean instead to take over entirely.
 */
@FunctionalInterface
public interface SlakitStatusClientCustomizer {

    /**
     * Called once, on the thread that creates the client bean.
     *
     * @param builder the builder, with the properties applied; not null
     */
    void customize(StatusClientBuilder builder);
}
