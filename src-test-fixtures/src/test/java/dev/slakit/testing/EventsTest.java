package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.LookbackWindow;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which events a ListEvents reply lists, and how it spells them. */
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final List<FakeStatusServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(FakeStatusServer::close);
    }

    private FakeStatusServer server(StartTimeSpelling spelling) {
        FakeStatusServer s = FakeStatusServer.builder().startTimeSpelling(spelling).start();
        servers.add(s);
        return s;
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static HealthEvent event(String title, Instant start, Instant end) {
        return HealthEvent.of(title, EventSeverity.ALARM, start, end);
    }

    private static List<String> titles(SignedRequests call) throws Exception {
        var response = call.send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        List<String> titles = new ArrayList<>();
        body.get("Data").forEach(e -> titles.add(e.get("Title").asText()));
        assertThat(body.get("Total").asInt()).isEqualTo(titles.size());
        return titles;
    }

    @Test
    void windowIsNumOfDayCalendarDaysEndingWithEndDateInShanghaiAsListEventsRequestDefinesIt() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        // EndDate 2020-02-15, NumOfDay 6: window [2020-02-10T00:00, 2020-02-16T00:00) Asia/Shanghai.
        LookbackWindow window = ListEventsRequest.builder().regionId("cn-hangzhou").productId("ecs")
                .endDate(java.time.LocalDate.of(2020, 2, 15)).numOfDay(6).build().window();
        assertThat(window.from()).isEqualTo(shanghai("2020-02-10T00:00"));
        assertThat(window.to()).isEqualTo(shanghai("2020-02-16T00:00"));
        server.addEvent("cn-hangzhou", "ecs", event("starts at window end", shanghai("2020-02-16T00:00"), null));
        server.addEvent("cn-hangzhou", "ecs", event("starts just before window end",
                shanghai("2020-02-15T23:59:59"), null));
        server.addEvent("cn-hangzhou", "ecs", event("ended just before window start",
                shanghai("2020-02-01T00:00"), shanghai("2020-02-09T23:59:59")));
        server.addEvent("cn-hangzhou", "ecs", event("ended at window start",
                shanghai("2020-02-01T00:00"), shanghai("2020-02-10T00:00")));
        server.addEvent("cn-hangzhou", "ecs", event("ongoing since long ago", shanghai("2019-01-01T00:00"), null));
        server.addEvent("cn-hangzhou", "ecs", event("inside", shanghai("2020-02-10T14:51:23"),
                shanghai("2020-02-10T16:00")));
        // 2020-02-15T20:00Z is 2020-02-16T04:00 in Shanghai: after EndDate there, although still the 15th in UTC.
        server.addEvent("cn-hangzhou", "ecs", event("after EndDate in Shanghai, not in UTC",
                Instant.parse("2020-02-15T20:00:00Z"), null));

        assertThat(titles(SignedRequests.listEvents(server))).containsExactly(
                "starts just before window end", "inside", "ended at window start", "ongoing since long ago");
    }

    @Test
    void numOfDayWidensTheWindow() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        server.addEvent("cn-hangzhou", "ecs", event("old", shanghai("2020-02-01T10:00"), shanghai("2020-02-01T11:00")));

        assertThat(titles(SignedRequests.listEvents(server))).isEmpty();
        // EndDate 2020-02-15: 15 days reach back to 2020-02-01, 14 days to 2020-02-02.
        assertThat(titles(SignedRequests.listEvents(server).param("NumOfDay", "15"))).containsExactly("old");
        assertThat(titles(SignedRequests.listEvents(server).param("NumOfDay", "14"))).isEmpty();
    }

    @Test
    void filtersByRegionAndProductExactly() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        Instant start = shanghai("2020-02-12T10:00");
        server.addEvent("cn-hangzhou", "ecs", event("hz ecs", start, null))
                .addEvent("cn-hangzhou", "rds", event("hz rds", start, null))
                .addEvent("cn-shanghai", "ecs", event("sh ecs", start, null))
                .addEvent("oo-region", "ram", event("global ram", start, null));

        assertThat(titles(SignedRequests.listEvents(server))).containsExactly("hz ecs");
        assertThat(titles(SignedRequests.listEvents(server).param("ProductId", "rds"))).containsExactly("hz rds");
        assertThat(titles(SignedRequests.listEvents(server).param("RegionId", "cn-shanghai"))).containsExactly("sh ecs");
        assertThat(titles(SignedRequests.listEvents(server).param("ProductId", "ECS"))).isEmpty();
        assertThat(titles(SignedRequests.listEvents(server).param("RegionId", "oo-region").param("ProductId", "ram")))
                .containsExactly("global ram");
    }

    @Test
    void newestStartFirstAndEqualStartsInInsertionOrder() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        server.addEvents("cn-hangzhou", "ecs", List.of(
                event("b", shanghai("2020-02-11T10:00"), null),
                event("c", shanghai("2020-02-13T10:00"), null),
                event("a1", shanghai("2020-02-10T10:00"), null),
                event("a2", shanghai("2020-02-10T10:00"), null)));

        assertThat(titles(SignedRequests.listEvents(server))).containsExactly("c", "b", "a1", "a2");
        assertThat(server.eventCount()).isEqualTo(4);
        server.clearEvents();
        assertThat(server.eventCount()).isZero();
        assertThat(titles(SignedRequests.listEvents(server))).isEmpty();
    }

    @Test
    void successBodyHasTheServicesShapeAndSpelling() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.normal().build());

        var response = SignedRequests.listEvents(server).send();

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
        assertThat(StreamSupport.stream(((Iterable<String>) body::fieldNames).spliterator(), false))
                .containsExactly("RequestId", "Code", "Success", "Total", "Data");
        assertThat(body.get("Code").isInt()).isTrue();
        assertThat(body.get("Success").isTextual()).isTrue();
        JsonNode ongoing = body.get("Data").get(0);
        assertThat(StreamSupport.stream(((Iterable<String>) ongoing::fieldNames).spliterator(), false))
                .containsExactly("Title", "CurrentStateSeverity", "SartTime", "EndTime");
        assertThat(ongoing.get("SartTime").asLong()).isEqualTo(1581317483000L);
        assertThat(ongoing.get("EndTime").isNull()).isTrue();
        JsonNode resolved = body.get("Data").get(1);
        assertThat(resolved.get("CurrentStateSeverity").asText()).isEqualTo("NORMAL");
        assertThat(resolved.get("EndTime").asLong()).isEqualTo(1581317483000L + 45 * 60_000);
        assertThat(resolved.get("Title").asText()).isEqualTo("华北2（北京）地域RDS服务已恢复正常");
    }

    @Test
    void startTimeSpellingOption() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.START_TIME);
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());

        JsonNode event = JSON.readTree(SignedRequests.listEvents(server).send().body()).get("Data").get(0);

        assertThat(event.has("SartTime")).isFalse();
        assertThat(event.get("StartTime").asLong()).isEqualTo(1581317483000L);
        assertThat(StartTimeSpelling.SART_TIME.fieldName()).isEqualTo("SartTime");
    }

    @Test
    void unknownSeverityTextIsSentAsItWas() throws Exception {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        server.addEvent("cn-hangzhou", "ecs", HealthEvent.ofWire("x", "WARNING", shanghai("2020-02-12T10:00"), null));

        JsonNode event = JSON.readTree(SignedRequests.listEvents(server).send().body()).get("Data").get(0);

        assertThat(event.get("CurrentStateSeverity").asText()).isEqualTo("WARNING");
    }

    @Test
    void nullArgumentsAreNamed() {
        FakeStatusServer server = server(StartTimeSpelling.SART_TIME);
        HealthEvent e = SampleEvents.alarm().build();

        assertThatNullPointerException().isThrownBy(() -> server.addEvent(null, "ecs", e)).withMessage("regionId");
        assertThatNullPointerException().isThrownBy(() -> server.addEvent("r", null, e)).withMessage("productId");
        assertThatNullPointerException().isThrownBy(() -> server.addEvent("r", "p", null)).withMessage("event");
        assertThatNullPointerException().isThrownBy(() -> server.addEvents("r", "p", null)).withMessage("more");
    }
}
