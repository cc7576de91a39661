/**
 * Spring Boot auto-configuration of slakit: properties under {@code slakit.*}, the status client, the health
 * watcher as a {@link org.springframework.context.SmartLifecycle}, the SLA catalog, an Actuator health
 * contributor named {@code slakit} and Micrometer meters named {@code slakit.*}.
 */
package dev.slakit.spring.boot.autoconfigure;
