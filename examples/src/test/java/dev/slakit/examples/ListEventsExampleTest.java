package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.EnvironmentCredentialsProvider;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.testing.Fault;
import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.RecordedStatusRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListEventsExampleTest {

    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 2, 24);
    /** Never called: the offline path must not touch it. */
    private static final URI UNREACHABLE = URI.create("http://127.0.0.1:9");

    private FakeStatusServer server;
    private StatusClient client;

    @BeforeEach
    void startServer() {
        server = FakeStatusServer.start();
        DemoEvents.publish(DemoEvents.around(SlaDeadlines.DEMO_NOW), server);
        client = StatusClient.builder().endpoint(server.endpoint()).credentials(server.credentials()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void printsTitleSeverityStartAndEndAsAnAlignedTable() {
        ListEventsRequest request = ListEventsExample.request(new String[0], DEMO_DAY);
        AtomicReference<ListEventsResponse> reply = new AtomicReference<>();
        List<String> lines = Output.lines(out -> reply.set(ListEventsExample.print(client, request, out)));

        assertThat(reply.get().total()).isEqualTo(4);
        assertThat(lines.get(0)).startsWith("cn-hangzhou/ecs, 6 days to 2026-02-24: 4 events (RequestId ")
                .contains(reply.get().requestId());
        assertThat(Output.cells(lines.get(1))).containsExactly("Title", "Severity", "Start (CST)", "End (CST)");
        assertThat(Output.cells(lines.get(2))).containsExactly(DemoEvents.ECS_LAUNCH_FAILURES, "ALARM",
                "2026-02-24 09:12", "ongoing");
        assertThat(Output.cells(lines.get(3))).containsExactly("华东1（杭州）地域ECS实例网络异常", "ALARM",
                "2026-02-23 14:20", "2026-02-23 15:02");
        assertThat(Output.cells(lines.get(4))).containsExactly(DemoEvents.ECS_MAINTENANCE, "NOTIFICATION",
                "2026-02-21 02:00", "2026-02-21 04:00");
        assertThat(Output.cells(lines.get(5))).containsExactly(DemoEvents.ECS_RECOVERED, "NORMAL",
                "2026-02-20 16:05", "2026-02-20 16:35");
        int severity = Output.displayColumnOf(lines.get(1), "Severity");
        for (String row : lines.subList(2, 6)) {
            assertThat(Output.displayColumnOf(row, Output.cells(row).get(1))).as(row).isEqualTo(severity);
        }
    }

    @Test
    void printsAtMostMaxRowsAndCountsTheRest() {
        ListEventsRequest request = ListEventsExample.request(new String[0], DEMO_DAY);
        List<String> lines = Output.lines(out -> ListEventsExample.print(client, request, 2, out));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4)).isEqualTo("(and 2 more)");
        assertThatThrownBy(() -> ListEventsExample.print(client, request, 0, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRows");
    }

    @Test
    void sendsTheDocumentsFourParameters() throws Exception {
        ListEventsRequest request = ListEventsExample.request(new String[] {"cn-shanghai", "oss", "2026-02-23", "7"},
                DEMO_DAY);
        List<String> lines = Output.lines(out -> ListEventsExample.print(client, request, out));
        RecordedStatusRequest sent = server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(sent.parameters()).containsEntry("RegionId", "cn-shanghai").containsEntry("ProductId", "oss")
                .containsEntry("EndDate", "2026-02-23").containsEntry("NumOfDay", "7");
        assertThat(lines.get(0)).startsWith("cn-shanghai/oss, 7 days to 2026-02-23: 1 event (");
        assertThat(Output.cells(lines.get(2))).containsExactly(DemoEvents.OSS_MAINTENANCE, "NOTIFICATION",
                "2026-02-22 01:00", "2026-02-22 04:00");
    }

    @Test
    void argumentsDefaultToTheDocumentsExampleAndToday() {
        ListEventsRequest defaults = ListEventsExample.request(new String[0], DEMO_DAY);
        assertThat(defaults.regionId()).isEqualTo("cn-hangzhou");
        assertThat(defaults.productId()).isEqualTo("ecs");
        assertThat(defaults.endDate()).isEqualTo(DEMO_DAY);
        assertThat(defaults.numOfDay()).isEqualTo(6);
        assertThatThrownBy(() -> ListEventsExample.request(new String[] {"r", "p", "15/02/2020"}, DEMO_DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endDate");
        assertThatThrownBy(() -> ListEventsExample.request(new String[] {"r", "p", "2020-02-15", "six"}, DEMO_DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numOfDay");
    }

    @Test
    void anEmptyReplySaysSo() {
        ListEventsRequest request = ListEventsExample.request(new String[] {"eu-central-1", "ecs"}, DEMO_DAY);
        List<String> lines = Output.lines(out -> ListEventsExample.print(client, request, out));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("(no events)");
    }

    @Test
    void anApiErrorIsPrintedLikeTheDocumentsExample() {
        ListEventsRequest request = ListEventsExample.request(new String[0], DEMO_DAY);
        List<String> lines = Output.lines(out -> assertThat(ListEventsExample.print(server.endpoint(),
                Credentials.of("LTAIwrongKeyId", "wrong-secret"), request, out)).isNull());
        assertThat(lines).singleElement().asString().startsWith("ListEvents failed: ErrCode InvalidAccessKeyId.NotFound")
                .contains("RequestId ").doesNotContain("wrong-secret");
    }

    @Test
    void aMalformedReplyIsPrintedAsAFailure() {
        server.enqueueFault(Fault.MALFORMED_JSON);
        ListEventsRequest request = ListEventsExample.request(new String[0], DEMO_DAY);
        List<String> lines = Output.lines(out -> ListEventsExample.print(client, request, out));
        assertThat(lines).singleElement().asString().startsWith("ListEvents failed: ");
    }

    @Test
    void withoutCredentialsInTheEnvironmentItRunsOffline() {
        Clock clock = Clock.fixed(SlaDeadlines.DEMO_NOW, ZoneOffset.UTC);
        List<String> lines = Output.lines(out -> ListEventsExample.run(new String[0], Map.<String, String>of()::get,
                UNREACHABLE, clock, out));
        assertThat(lines.get(0)).isEqualTo("Events from the embedded FakeStatusServer (offline)");
        assertThat(lines.get(1)).startsWith("cn-hangzhou/ecs, 6 days to 2026-02-24: 4 events");
        assertThat(String.join("\n", lines)).contains(DemoEvents.ECS_LAUNCH_FAILURES);
    }

    @Test
    void withCredentialsInTheEnvironmentItCallsTheGivenEndpoint() {
        Credentials key = Credentials.of("LTAIexampleKeyId0001", "example-secret-never-printed");
        try (FakeStatusServer real = FakeStatusServer.builder().credentials(key).start()) {
            real.addEvent("cn-hangzhou", "ecs", dev.slakit.testing.SampleEvents.alarm()
                    .startedAt(SlaDeadlines.DEMO_NOW.minusSeconds(600)).ongoing().build());
            Map<String, String> env = Map.of(EnvironmentCredentialsProvider.ACCESS_KEY_ID, key.accessKeyId(),
                    EnvironmentCredentialsProvider.ACCESS_KEY_SECRET, key.accessKeySecret());
            List<String> lines = Output.lines(out -> ListEventsExample.run(new String[0], env::get, real.endpoint(),
                    Clock.fixed(SlaDeadlines.DEMO_NOW, ZoneOffset.UTC), out));
            assertThat(lines.get(0)).isEqualTo("Events from " + real.endpoint() + " (AccessKey from the environment)");
            assertThat(Output.cells(lines.get(3))).containsExactly(DemoEvents.ECS_NETWORK, "ALARM",
                    "2026-02-24 09:50", "ongoing");
            assertThat(String.join("\n", lines)).doesNotContain(key.accessKeySecret());
            assertThat(real.requestCount()).isEqualTo(1);
        }
    }
}
