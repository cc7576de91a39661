/**
 * Jackson modules that write slakit's values as JSON: {@link dev.slakit.spring.jackson.SlakitJacksonModule}
 * for Jackson 2 and {@link dev.slakit.spring.jackson.SlakitJackson3Module} for Jackson 3. Neither needs Spring.
 */
package dev.slakit.spring.jackson;
