package dev.slakit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.EnvironmentCredentialsProvider;
import dev.slakit.testing.FakeStatusServer;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoTest {

    private static final Clock DEMO_CLOCK = Clock.fixed(SlaDeadlines.DEMO_NOW, ZoneOffset.UTC);
    /** The real endpoint stand-in of the offline test: never called. */
    private static final URI UNREACHABLE = URI.create("http://127.0.0.1:9");

    private static List<String> run(Map<String, String> env, URI endpoint, Clock liveClock) {
        return Output.lines(out -> {
            try {
                Demo.run(out, env::get, endpoint, DEMO_CLOCK, liveClock);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void offlineDemoShowsDeadlinesEventsAndNotificationsInUnderSixtyLines() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<String> lines = run(Map.of(), UNREACHABLE, Clock.systemUTC());
        String text = String.join("\n", lines);

        assertThat(lines).hasSizeLessThan(60);
        assertThat(lines.get(0)).startsWith("slakit demo: offline; set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                + "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        assertThat(lines).filteredOn(l -> l.startsWith("== ")).hasSize(3);
        // part 1: the Spring Festival ticket and the breached one
        assertThat(Output.lineStartingWith(lines, "8 ")).contains("02-14 18:00", "02-24 18:00", "ON_TIME");
        assertThat(Output.lineStartingWith(lines, "1 ")).contains("BREACHED");
        // part 2: ALARM and NOTIFICATION events, Chinese and English titles, one ongoing
        assertThat(Output.lineStartingWith(lines, "华东1（杭州）地域ECS实例网络异常")).contains("ALARM");
        assertThat(Output.lineStartingWith(lines, DemoEvents.ECS_MAINTENANCE)).contains("NOTIFICATION");
        assertThat(Output.lineStartingWith(lines, DemoEvents.ECS_LAUNCH_FAILURES + " ")).endsWith("ongoing");
        // part 3: the watch story
        assertThat(text).contains("escalated", "NOTIFICATION -> ALARM", "incident resolved", "notice opened");
        assertThat(text).doesNotContain("failed", "Exception");
        // everything it started is closed: no thread of its own is left running
        Set<String> leftOver = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                .map(Thread::getName).collect(Collectors.toSet());
        assertThat(leftOver).isEmpty();
    }

    @Test
    void withCredentialsTheStatusPartsUseTheGivenEndpointForToday() {
        Credentials key = Credentials.of("LTAIdemoKeyId0000001", "demo-secret-never-printed");
        Instant now = Instant.now();
        try (FakeStatusServer real = FakeStatusServer.builder().credentials(key).start()) {
            DemoEvents.publish(DemoEvents.around(now), real);
            Map<String, String> env = Map.of(EnvironmentCredentialsProvider.ACCESS_KEY_ID, key.accessKeyId(),
                    EnvironmentCredentialsProvider.ACCESS_KEY_SECRET, key.accessKeySecret());
            List<String> lines = run(env, real.endpoint(), Clock.systemUTC());
            String text = String.join("\n", lines);

            assertThat(lines.get(0)).isEqualTo("slakit demo: status parts call " + real.endpoint() + " for today");
            assertThat(text).contains("== 2. ListEvents (status-client) from " + real.endpoint()
                    + " (AccessKey from the environment)");
            assertThat(text).contains("cn-hangzhou/ecs, 6 days to " + now.atZone(Formats.CHINA).toLocalDate());
            assertThat(text).contains("(one poll: what is active now)", "incident opened");
            assertThat(Output.lineStartingWith(lines, "8 ")).contains("02-24 18:00");
            assertThat(text).doesNotContain(key.accessKeySecret());
            // one ListEvents, then one poll per watched target
            assertThat(real.requestCount()).isEqualTo(1 + HealthWatch.TARGETS.size());
        }
    }

    @Test
    void mainRunsOneExampleByName() throws InterruptedException {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
            Demo.main(new String[] {"ReportCalendar", "2025"});
            Demo.main(new String[] {"ExpressTicketQuota", "2025-02"});
            Demo.main(new String[] {"SlaDeadlines"});
        } finally {
            System.setOut(original);
        }
        String text = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("月度服务报告 2025", "2025-10-10 Fri", "2025-02-01", "2026-02-24 10:00");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Demo.main(new String[] {"Nope"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SlaDeadlines");
    }

    @Test
    void blankCredentialsCountAsAbsent() {
        List<String> lines = run(Map.of(EnvironmentCredentialsProvider.ACCESS_KEY_ID, "LTAIsomething",
                EnvironmentCredentialsProvider.ACCESS_KEY_SECRET, " "), UNREACHABLE, Clock.systemUTC());
        assertThat(lines.get(0)).startsWith("slakit demo: offline");
    }
}
