package dev.slakit.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.spring.boot.test.SlakitFakeStatusServerInitializer;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.SampleEvents;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;

/**
 * The example over HTTP on a random port, offline: one fake Status API server for the (cached) context, the
 * watcher polling it, Actuator health and metrics, and the REST endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "slakit.watch.interval=1s")
@ContextConfiguration(initializers = SlakitFakeStatusServerInitializer.class)
class SlakitExampleApplicationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private NotificationLog log;

    @Autowired
    private FakeStatusServer fake;

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private void awaitFirstIncident() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (log.received().stream().noneMatch(HealthNotification::isIncident)) {
            assertThat(System.nanoTime()).as("an incident notification within 15 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void theIncidentIsPublishedAsAnApplicationEventAndServedAsJson() throws Exception {
        awaitFirstIncident();
        HealthNotification opened = log.received().stream().filter(HealthNotification::isIncident).findFirst()
                .orElseThrow();
        assertThat(opened.kind()).isEqualTo(HealthNotification.Kind.OPENED);
        assertThat(opened.target().regionId()).isEqualTo("cn-hangzhou");

        JsonNode incidents = get("/incidents");
        assertThat(incidents.isArray()).isTrue();
        JsonNode first = incidents.get(0);
        assertThat(first.get("kind").asText()).isEqualTo("OPENED");
        assertThat(first.get("regionId").asText()).isEqualTo("cn-hangzhou");
        assertThat(first.get("activeSeverity").asText()).isEqualTo("ALARM");
        assertThat(first.get("event").get("title").asText()).isEqualTo(SampleEvents.SLB_ERRORS_SINGAPORE);
        assertThat(first.get("event").get("startTime").asText()).isEqualTo(opened.event().startTime().toString());
        assertThat(fake.requestCount()).isPositive();
    }

    @Test
    void ticketsCarryTheirSlaStateDeadlineAndEstimateFlag() throws Exception {
        JsonNode tickets = get("/tickets");
        assertThat(tickets).hasSize(3);
        JsonNode critical = tickets.get(0);
        assertThat(critical.get("id").asText()).isEqualTo("T-1001");
        assertThat(critical.get("severity").asText()).isEqualTo("CRITICAL");
        JsonNode sla = critical.get("sla");
        assertThat(sla.get("state").asText()).isIn("ON_TIME", "AT_RISK");
        assertThat(sla.get("deadline").get("instant").asText()).endsWith("Z");
        assertThat(sla.get("estimate").isBoolean()).isTrue();
        assertThat(sla.get("breached").asBoolean()).isFalse();
    }

    @Test
    void actuatorHealthReportsThePollingPerTargetAndStaysUpDespiteTheIncident() throws Exception {
        awaitFirstIncident();
        JsonNode health = get("/actuator/health");
        assertThat(health.get("status").asText()).isEqualTo("UP");
        JsonNode slakit = health.get("components").get("slakit");
        assertThat(slakit.get("status").asText()).isEqualTo("UP");
        assertThat(slakit.get("details").get("activeIncidents").asInt()).isEqualTo(1);
        JsonNode ecs = slakit.get("details").get("targets").get("cn-hangzhou/ecs");
        assertThat(ecs.get("lastSuccess").asText()).endsWith("Z");
        assertThat(ecs.get("consecutiveFailures").asInt()).isZero();
        assertThat(slakit.get("details").get("targets").has("cn-shanghai/oss")).isTrue();
    }

    @Test
    void actuatorMetricsTimeTheStatusCalls() throws Exception {
        awaitFirstIncident();
        JsonNode calls = get("/actuator/metrics/slakit.status.calls");
        assertThat(calls.get("name").asText()).isEqualTo("slakit.status.calls");
        assertThat(calls.get("measurements").get(0).get("statistic").asText()).isEqualTo("COUNT");
        assertThat(calls.get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);
        assertThat(calls.get("availableTags").toString()).contains("ListEvents").contains("SUCCESS");
        JsonNode gauge = get("/actuator/metrics/slakit.watch.active.incidents?tag=region:cn-hangzhou&tag=product:ecs");
        assertThat(gauge.get("measurements").get(0).get("value").asDouble()).isEqualTo(1.0);
    }
}
