package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestClockTest {

    private static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void standsStillUntilMoved() {
        TestClock clock = TestClock.of(T0, SHANGHAI);

        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(SHANGHAI);
        assertThat(ZonedDateTime.now(clock).getHour()).isEqualTo(13);
    }

    @Test
    void advanceAndSet() {
        TestClock clock = TestClock.of(T0);

        assertThat(clock.advance(Duration.ofMinutes(16))).isEqualTo(T0.plusSeconds(960));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(960));
        assertThat(clock.advance(Duration.ofHours(-1))).isEqualTo(T0.plusSeconds(960 - 3600));
        clock.set(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void withZoneIsAViewSharingTheInstant() {
        TestClock utc = TestClock.of(T0);
        TestClock shanghai = utc.withZone(SHANGHAI);

        utc.advance(Duration.ofHours(1));

        assertThat(shanghai.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(shanghai.getZone()).isEqualTo(SHANGHAI);
        assertThat(utc.withZone(ZoneOffset.UTC)).isSameAs(utc);
        assertThat(shanghai).isNotEqualTo(utc);
        assertThat(utc).isEqualTo(utc).hasSameHashCodeAs(utc);
        assertThat(shanghai.toString()).contains("2026-11-22T06:00:00Z", "Asia/Shanghai");
    }

    @Test
    void concurrentAdvancesAreNotLost() throws Exception {
        TestClock clock = TestClock.of(T0);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    clock.advance(Duration.ofMillis(1));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(clock.instant()).isEqualTo(T0.plusMillis(8000));
    }

    @Test
    void atSystemTimeStartsNowAndDoesNotMove() throws Exception {
        Instant before = Instant.now().minusMillis(1);
        TestClock clock = TestClock.atSystemTime();
        Instant first = clock.instant();
        Thread.sleep(5);

        assertThat(first).isAfterOrEqualTo(before).isBeforeOrEqualTo(Instant.now());
        assertThat(clock.instant()).isEqualTo(first);
    }

    @Test
    void nullsAreNamed() {
        TestClock clock = TestClock.of(T0);
        assertThatNullPointerException().isThrownBy(() -> TestClock.of(null)).withMessage("instant");
        assertThatNullPointerException().isThrownBy(() -> TestClock.of(T0, null)).withMessage("zone");
        assertThatNullPointerException().isThrownBy(() -> clock.advance(null)).withMessage("duration");
        assertThatNullPointerException().isThrownBy(() -> clock.set(null)).withMessage("instant");
        assertThatNullPointerException().isThrownBy(() -> clock.withZone(null)).withMessage("newZone");
    }
}
