package dev.slakit.spring.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slakit.sla.CalendarDuration;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.SlaStatus;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.watch.EventKey;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollSummary;
import dev.slakit.status.watch.WatchTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson 2: what a plain mapper does with slakit's values, and what the module writes instead. */
class SlakitJacksonModuleTest {

    private final ObjectMapper plain = new ObjectMapper();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SlakitJacksonModule());

    @Test
    void withoutTheModuleSlaStatusLosesItsStateAndDueTimeAndHealthEventItsContent() throws Exception {
        JsonNode status = plain.readTree(plain.writeValueAsString(JsonFixtures.onTime()));
        assertThat(status.has("state")).isFalse();
        assertThat(status.has("deadline")).isFalse();
        HealthEvent event = HealthEvent.of("ECS degraded", EventSeverity.ALARM, Instant.EPOCH, null);
        String written;
        try {
            written = plain.writeValueAsString(event);
        } catch (JsonMappingException e) {
            written = null; // before the isX() renames: "No serializer found"
        }
        if (written != null) {
            assertThat(written).doesNotContain("ECS degraded").doesNotContain("startTime");
        }
        assertThat(mapper.writeValueAsString(event)).contains("ECS degraded").contains("1970-01-01T00:00:00Z");
    }

    @Test
    void slaStatusKeepsStateDeadlineAndEstimateFlags() throws Exception {
        SlaStatus s = JsonFixtures.onTime();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(s));
        assertThat(json.get("state").asText()).isEqualTo(s.state().name()).isEqualTo("ON_TIME");
        assertThat(json.get("deadline").get("instant").asText()).isEqualTo(s.deadline().instant().toString())
                .isEqualTo(JsonFixtures.SUBMITTED.plus(JsonFixtures.critical().target().amount()).toString());
        assertThat(json.get("deadline").get("estimate").asBoolean()).isEqualTo(s.deadline().isEstimate());
        assertThat(json.get("estimate").asBoolean()).isEqualTo(s.isEstimate());
        assertThat(json.get("breached").asBoolean()).isFalse();
        assertThat(json.get("breachAmount").asText()).isEqualTo("PT0S");
        assertThat(json.get("consumedFraction").asDouble()).isEqualTo(s.consumedFraction());
    }

    @Test
    void deadlinesAndDurationsKeepTheirEstimateFlag() throws Exception {
        Deadline d = Deadline.of(Instant.parse("2027-01-04T01:00:00Z"), ZoneId.of("Asia/Shanghai"), true);
        JsonNode json = mapper.readTree(mapper.writeValueAsString(d));
        assertThat(json.get("instant").asText()).isEqualTo("2027-01-04T01:00:00Z");
        assertThat(json.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(json.get("dateTime").asText()).isEqualTo("2027-01-04T09:00+08:00");
        assertThat(json.get("estimate").asBoolean()).isTrue();
        JsonNode duration = mapper.readTree(mapper.writeValueAsString(
                CalendarDuration.of(Duration.ofMinutes(90), true)));
        assertThat(duration.get("duration").asText()).isEqualTo("PT1H30M");
        assertThat(duration.get("estimate").asBoolean()).isTrue();
    }

    @Test
    void instantsStayIso8601WhateverTheMappersDateSetting() throws Exception {
        ObjectMapper timestamps = new ObjectMapper().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .registerModule(new SlakitJacksonModule());
        JsonNode json = timestamps.readTree(timestamps.writeValueAsString(
                HealthEvent.of("ECS degraded", EventSeverity.ALARM, Instant.parse("2026-11-30T01:02:03Z"), null)));
        assertThat(json.get("startTime").asText()).isEqualTo("2026-11-30T01:02:03Z");
    }

    @Test
    void healthEventsWithAndWithoutEnd() throws Exception {
        HealthEvent ended = HealthEvent.ofWire("OSS maintenance", "notification",
                Instant.parse("2026-11-30T01:00:00Z"), Instant.parse("2026-11-30T03:00:00Z"));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(ended));
        assertThat(json.get("title").asText()).isEqualTo("OSS maintenance");
        assertThat(json.get("severity").asText()).isEqualTo(ended.severity().name());
        assertThat(json.get("rawSeverity").asText()).isEqualTo(ended.rawSeverity());
        assertThat(json.get("endTime").asText()).isEqualTo("2026-11-30T03:00:00Z");
        assertThat(json.get("ongoing").asBoolean()).isFalse();
        JsonNode open = mapper.readTree(mapper.writeValueAsString(HealthEvent.of("x", EventSeverity.ALARM,
                Instant.parse("2026-11-30T01:00:00Z"), null)));
        assertThat(open.get("endTime").isNull()).isTrue();
        assertThat(open.get("ongoing").asBoolean()).isTrue();
    }

    @Test
    void notificationsOfEveryKindAndTheirSummaries() throws Exception {
        List<Object> values = JsonFixtures.notifications();
        PollSummary first = (PollSummary) values.get(0);
        HealthNotification opened = first.notifications().get(0);
        JsonNode json = mapper.readTree(mapper.writeValueAsString(opened));
        assertThat(json.get("id").asText()).isEqualTo(opened.id());
        assertThat(json.get("kind").asText()).isEqualTo("OPENED");
        assertThat(json.get("regionId").asText()).isEqualTo("cn-hangzhou");
        assertThat(json.get("productId").asText()).isEqualTo("ecs");
        assertThat(json.get("observedAt").asText()).isEqualTo(opened.observedAt().toString());
        assertThat(json.get("activeSeverity").asText()).isEqualTo("ALARM");
        assertThat(json.get("incident").asBoolean()).isTrue();
        assertThat(json.get("reopened").asBoolean()).isFalse();
        assertThat(json.get("event").get("startTime").asText()).isEqualTo(JsonFixtures.START.toString());

        PollSummary second = (PollSummary) values.get(1);
        JsonNode resolved = mapper.readTree(mapper.writeValueAsString(second.notifications().get(0)));
        assertThat(resolved.get("kind").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("reason").asText()).isEqualTo("ENDED");
        assertThat(resolved.get("event").get("endTime").asText()).isEqualTo(JsonFixtures.END.toString());

        JsonNode summary = mapper.readTree(mapper.writeValueAsString(first));
        assertThat(summary.get("polled").asInt()).isEqualTo(1);
        assertThat(summary.get("succeeded").asInt()).isEqualTo(1);
        assertThat(summary.get("notifications").get(0).get("kind").asText()).isEqualTo("OPENED");
    }

    @Test
    void targetsKeysAndFailures() throws Exception {
        WatchTarget t = WatchTarget.of("cn-hangzhou", "ecs");
        assertThat(mapper.writeValueAsString(t)).isEqualTo("{\"regionId\":\"cn-hangzhou\",\"productId\":\"ecs\"}");
        EventKey k = EventKey.of(t, "ECS degraded", Instant.parse("2026-11-30T01:00:00Z"));
        assertThat(mapper.writeValueAsString(k)).isEqualTo("{\"regionId\":\"cn-hangzhou\",\"productId\":\"ecs\","
                + "\"title\":\"ECS degraded\",\"startTime\":\"2026-11-30T01:00:00Z\"}");
        PollFailure f = PollFailure.of(t, new StatusClientException("timed out", null), 2,
                Instant.parse("2026-11-30T01:00:00Z"), Instant.parse("2026-11-30T01:02:00Z"));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(f));
        assertThat(json.get("attempt").asInt()).isEqualTo(2);
        assertThat(json.get("failedAt").asText()).isEqualTo("2026-11-30T01:00:00Z");
        assertThat(json.get("nextAttemptAt").asText()).isEqualTo("2026-11-30T01:02:00Z");
        assertThat(json.get("error").asText()).isEqualTo("StatusClientException");
        assertThat(json.get("message").asText()).isEqualTo("timed out");
    }
}
