package dev.slakit.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionService;

/**
 * The IDE metadata: every documented property is there with a description, and each documented default is the
 * value the properties really start with.
 */
class ConfigurationMetadataTest {

    private static final String[] DOCUMENTED = {"slakit.status.endpoint", "slakit.status.access-key-id",
        "slakit.status.access-key-secret", "slakit.status.signature-version", "slakit.status.call-timeout",
        "slakit.status.retry.max-attempts", "slakit.watch.targets", "slakit.watch.interval",
        "slakit.watch.lookback-days", "slakit.watch.store", "slakit.watch.close-timeout", "slakit.sla.calendar",
        "slakit.sla.edition", "slakit.health.incidents-down", "slakit.watch.enabled",
        "management.health.slakit.enabled"};

    private static Map<String, JsonNode> properties() throws Exception {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            Map<String, JsonNode> byName = new HashMap<>();
            for (JsonNode p : new ObjectMapper().readTree(in).get("properties")) {
                byName.put(p.get("name").asText(), p);
            }
            return byName;
        }
    }

    @Test
    void everyDocumentedPropertyHasADescription() throws Exception {
        Map<String, JsonNode> byName = properties();
        for (String name : DOCUMENTED) {
            assertThat(byName).as(name).containsKey(name);
            assertThat(byName.get(name).path("description").asText()).as(name + " description").isNotBlank();
        }
    }

    @Test
    void documentedDefaultsAreTheRealDefaults() throws Exception {
        Map<String, JsonNode> byName = properties();
        ConversionService conversion = ApplicationConversionService.getSharedInstance();
        SlakitStatusProperties status = new SlakitStatusProperties();
        SlakitWatchProperties watch = new SlakitWatchProperties();
        Map<String, Object> actual = new HashMap<>();
        actual.put("slakit.status.endpoint", status.getEndpoint());
        actual.put("slakit.status.call-timeout", status.getCallTimeout());
        actual.put("slakit.status.connect-timeout", status.getConnectTimeout());
        actual.put("slakit.status.read-timeout", status.getReadTimeout());
        actual.put("slakit.status.retry.max-attempts", status.getRetry().getMaxAttempts());
        actual.put("slakit.status.retry.base-delay", status.getRetry().getBaseDelay());
        actual.put("slakit.status.retry.throttling-base-delay", status.getRetry().getThrottlingBaseDelay());
        actual.put("slakit.status.retry.max-backoff", status.getRetry().getMaxBackoff());
        actual.put("slakit.status.retry.token-bucket-capacity", status.getRetry().getTokenBucketCapacity());
        actual.put("slakit.watch.interval", watch.getInterval());
        actual.put("slakit.watch.lookback-days", watch.getLookbackDays());
        actual.put("slakit.watch.zone", watch.getZone());
        actual.put("slakit.watch.close-timeout", watch.getCloseTimeout());
        actual.put("slakit.watch.jdbc.lease-duration", watch.getJdbc().getLeaseDuration());
        actual.put("slakit.watch.jdbc.table-prefix", watch.getJdbc().getTablePrefix());
        actual.put("slakit.watch.store", watch.getStore());
        for (Map.Entry<String, Object> e : actual.entrySet()) {
            JsonNode documented = byName.get(e.getKey()).get("defaultValue");
            assertThat(documented).as(e.getKey() + " default").isNotNull();
            Object converted = conversion.convert(documented.asText(), e.getValue().getClass());
            assertThat(converted).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
