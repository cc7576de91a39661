package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.StatusClient;
import dev.slakit.testing.Fault;
import dev.slakit.testing.FakeStatusServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthWatchTest {

    private FakeStatusServer server;
    private StatusClient client;

    @BeforeEach
    void startServer() {
        server = FakeStatusServer.start();
        client = StatusClient.builder().endpoint(server.endpoint()).credentials(server.credentials()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theStoryAnnouncesOpeningEscalationAndResolutionInOrder() {
        AtomicInteger printed = new AtomicInteger();
        List<String> lines = Output.lines(out -> printed.set(
                HealthWatch.story(client, server, SlaDeadlines.DEMO_NOW, out)));

        assertThat(lines.get(0)).isEqualTo(
                "Watching cn-hangzhou/ecs, cn-shanghai/oss, ap-southeast-1/slb (scripted story, one poll a minute)");
        List<List<String>> rows = lines.subList(1, lines.size()).stream().map(Output::cells).toList();
        assertThat(rows).containsExactly(
                List.of("10:00", "incident opened", "ALARM", "cn-hangzhou/ecs", DemoEvents.ECS_LAUNCH_FAILURES),
                List.of("10:01", "notice opened", "NOTIFICATION", "cn-shanghai/oss", DemoEvents.OSS_MAINTENANCE),
                List.of("10:02", "notice opened", "NOTIFICATION", "ap-southeast-1/slb", DemoEvents.SLB_ERRORS),
                List.of("10:03", "escalated", "NOTIFICATION -> ALARM", "ap-southeast-1/slb", DemoEvents.SLB_ERRORS),
                List.of("10:04", "incident resolved", "ALARM (ended)", "cn-hangzhou/ecs", DemoEvents.ECS_LAUNCH_FAILURES),
                List.of("10:04", "incident resolved", "ALARM (ended)", "ap-southeast-1/slb", DemoEvents.SLB_ERRORS),
                List.of("10:05", "notice resolved", "NOTIFICATION (ended)", "cn-shanghai/oss",
                        DemoEvents.OSS_MAINTENANCE));
        assertThat(printed.get()).isEqualTo(7);
        // one poll per target per step
        assertThat(server.requestCount()).isEqualTo(6 * HealthWatch.TARGETS.size());
        int target = Output.displayColumnOf(lines.get(1), "cn-hangzhou/ecs");
        assertThat(lines.subList(1, lines.size())).allMatch(l -> Output.displayColumnOf(l, "/") > target);
    }

    @Test
    void aSinglePollAnnouncesWhatIsActive() throws InterruptedException {
        Instant now = Instant.now();
        DemoEvents.publish(DemoEvents.around(now), server);
        AtomicInteger printed = new AtomicInteger();
        List<String> lines = Output.lines(out -> {
            try {
                printed.set(HealthWatch.watch(client, Clock.systemUTC(), Duration.ofMinutes(1), Duration.ZERO, 5,
                        out));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(lines.get(0)).endsWith("(one poll: what is active now)");
        assertThat(lines).hasSize(2);
        List<String> cells = Output.cells(lines.get(1));
        assertThat(cells.get(0)).matches("\\d\\d:\\d\\d");
        assertThat(cells.subList(1, cells.size())).containsExactly("incident opened", "ALARM", "cn-hangzhou/ecs",
                DemoEvents.ECS_LAUNCH_FAILURES);
        assertThat(printed.get()).isEqualTo(1);
    }

    @Test
    void printsAtMostMaxLinesAndCountsTheRest() throws InterruptedException {
        Instant now = Instant.now();
        DemoEvents.publish(DemoEvents.around(now), server);
        server.addEvent("cn-shanghai", "oss", DemoEvents.ongoing(dev.slakit.status.EventSeverity.NOTIFICATION,
                DemoEvents.OSS_MAINTENANCE, now.minusSeconds(60)));
        AtomicInteger received = new AtomicInteger();
        List<String> lines = Output.lines(out -> {
            try {
                received.set(HealthWatch.watch(client, Clock.systemUTC(), Duration.ofMinutes(1), Duration.ZERO, 1,
                        out));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(received.get()).isEqualTo(2);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(DemoEvents.ECS_LAUNCH_FAILURES);
        assertThat(lines.get(2)).isEqualTo("(and 1 more)");
    }

    @Test
    void aPollOfAQuietDashboardSaysNothingIsActive() throws InterruptedException {
        List<String> lines = Output.lines(out -> {
            try {
                HealthWatch.watch(client, Clock.systemUTC(), Duration.ofMinutes(1), Duration.ZERO, 3, out);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("(nothing active)");
    }

    @Test
    void scheduledPollingPrintsAsNotificationsArriveAndFailuresAreReported() {
        DemoEvents.publish(DemoEvents.around(Instant.now()), server);
        server.failNext(1, Fault.INTERNAL_ERROR);
        StatusClient noRetry = StatusClient.builder().endpoint(server.endpoint()).credentials(server.credentials())
                .retryPolicy(dev.slakit.status.RetryPolicy.none()).build();
        try (noRetry) {
            List<String> lines = Output.lines(out -> {
                try {
                    // the first target polls at once, fails, and retries after one (back-off) interval
                    HealthWatch.watch(noRetry, Clock.systemUTC(), Duration.ofMillis(200), Duration.ofMillis(1500),
                            10, out);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            assertThat(lines.get(0)).endsWith("(polling every 200 ms for 1.5 s)");
            assertThat(lines).anyMatch(l -> l.startsWith("poll of cn-hangzhou/ecs failed (attempt 1)"));
            assertThat(lines).anyMatch(l -> l.contains("incident opened") && l.contains(DemoEvents.ECS_LAUNCH_FAILURES));
        }
    }

    @Test
    void withoutCredentialsRunTellsTheOfflineStory() throws InterruptedException {
        Clock clock = Clock.fixed(SlaDeadlines.DEMO_NOW, ZoneOffset.UTC);
        List<String> lines = Output.lines(out -> {
            try {
                HealthWatch.run(Map.<String, String>of()::get, URI.create("http://127.0.0.1:9"), clock,
                        Duration.ofMinutes(10), out);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(lines.get(0)).isEqualTo("Events from the embedded FakeStatusServer (offline)");
        assertThat(lines).hasSize(9).anyMatch(l -> l.contains("NOTIFICATION -> ALARM"));
    }
}
