package dev.slakit.status;

import static dev.slakit.status.FakeServerClients.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.slakit.testing.FakeStatusServer;
import dev.slakit.testing.FakeStatusServerExtension;
import dev.slakit.testing.SampleEvents;
import dev.slakit.testing.StartTimeSpelling;
import dev.slakit.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The way a downstream team tests code that calls the Status API: {@link FakeStatusServerExtension} gives each test a
 * server and a {@link TestClock}, and the client signs with that clock.
 */
class StatusClientWithExtensionAgainstFakeServerTest {

    private static final Instant START = Instant.parse("2026-11-22T05:00:00Z");

    @RegisterExtension
    static final FakeStatusServerExtension FAKE = FakeStatusServerExtension.builder()
            .testClock(START, ZoneId.of("Asia/Shanghai"))
            .startTimeSpelling(StartTimeSpelling.START_TIME)
            .build();

    @Test
    void theInjectedServerAndClockServeTheClient(FakeStatusServer server, TestClock clock) {
        assertThat(server.clock().instant()).isEqualTo(START);
        HealthEvent today = SampleEvents.alarm().startedAt(clock.instant().minus(Duration.ofMinutes(5))).build();
        server.addEvent("cn-hangzhou", "ecs", today);
        LocalDate todayInShanghai = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));

        try (StatusClient client = clientFor(server).build()) {
            ListEventsResponse response = client.listEvents(
                    FakeServerClients.request("cn-hangzhou", "ecs", todayInShanghai, 1));

            assertThat(response.events()).containsExactly(today);
            assertThat(server.requests().get(0).parameter("Timestamp")).contains("2026-11-22T05:00:00Z");
        }
    }

    @Test
    void movingTheServerClockAloneExpiresTheClientTimestamps(FakeStatusServer server, TestClock clock) {
        try (StatusClient client = clientFor(server).clock(java.time.Clock.fixed(START, ZoneId.of("UTC"))).build()) {
            clock.advance(Duration.ofMinutes(16));

            StatusServiceException e = catchThrowableOfType(StatusServiceException.class, () -> client.listEvents(
                    FakeServerClients.request("cn-hangzhou", "ecs", LocalDate.of(2026, 11, 22), 1)));

            assertThat(e.code()).isEqualTo("InvalidTimeStamp.Expired");
            assertThat(e.attempts()).isEqualTo(1);
        }
    }

    @Test
    void eachTestGetsAFreshServerAndClock(FakeStatusServer server, TestClock clock) {
        assertThat(server.eventCount()).isZero();
        assertThat(server.requestCount()).isZero();
        assertThat(clock.instant()).isEqualTo(START);
    }
}
