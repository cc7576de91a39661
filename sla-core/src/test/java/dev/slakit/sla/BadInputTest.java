package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 7: out-of-range input gets an {@link IllegalArgumentException} naming the argument and the accepted
 * range, never an {@link ArithmeticException} or {@link java.time.DateTimeException}. On the base commit
 * {@code minutes(Long.MAX_VALUE)} and the status of a ticket from 1700 threw "ArithmeticException: long overflow",
 * {@code dueAt(Instant.MAX)} a DateTimeException, and {@code deadline(Instant.MIN)} silently returned a value.
 */
class BadInputTest {

    static final ResponseSla CRITICAL = SlaCatalog.cn20210122().responseSla(SupportTier.ENTERPRISE, Channel.TICKET,
            Severity.CRITICAL);
    static final ResponseSla FAQ_BASIC = SlaCatalog.cnFaq20210122().responseSla(SupportTier.BASIC, Channel.TICKET,
            Severity.LOW);
    static final ResponseSla EXPRESS = SlaCatalog.cn20210122().responseSla(SupportTier.BUSINESS, Channel.TICKET,
            TicketType.EXPRESS);
    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();
    static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void instantMaxAndMinAreRejectedNamingTheArgumentAndRange() {
        for (Instant bad : new Instant[] {Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z")}) {
            assertThatThrownBy(() -> CRITICAL.dueAt(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("submitted must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z");
            assertThatThrownBy(() -> CRITICAL.deadline(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("submitted");
            assertThatThrownBy(() -> FAQ_BASIC.deadline(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("submitted");
            assertThatThrownBy(() -> CRITICAL.timeRemaining(NOW, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("now must be between");
            assertThatThrownBy(() -> CRITICAL.status(NOW, bad, Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("now must be between");
            assertThatThrownBy(() -> CRITICAL.status(NOW, NOW, Optional.of(bad))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("respondedAt must be between");
            assertThatThrownBy(() -> CN.plusWorkingTime(bad, Duration.ofHours(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be between");
            assertThatThrownBy(() -> CN.workingTimeBetween(NOW, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("to must be between");
            assertThatThrownBy(() -> CN.isWorkingTime(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between");
            assertThatThrownBy(() -> EXPRESS.nextProgressUpdateDue(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lastUpdate must be between");
            assertThatThrownBy(() -> EXPRESS.progressUpdateCompliance(bad, Collections.emptyList(), NOW))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstResponse must be between");
        }
        // the edges themselves are accepted
        assertThat(CRITICAL.dueAt(Limits.MIN_INSTANT)).isEqualTo(Limits.MIN_INSTANT.plusSeconds(720));
        assertThat(CRITICAL.dueAt(Limits.MAX_INSTANT)).isEqualTo(Limits.MAX_INSTANT.plusSeconds(720));
    }

    @Test
    void hugeTargetsAreRejectedNamingTheArgumentAndRange() {
        assertThatThrownBy(() -> SlaTarget.minutes(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minutes must be between 1 and 5270400 minutes (3660 days), was 9223372036854775807");
        assertThatThrownBy(() -> SlaTarget.hours(Long.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hours must be between 1 and 87840");
        assertThatThrownBy(() -> SlaTarget.minutes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutes must be between 1 and");
        assertThatThrownBy(() -> SlaTarget.workingDays(Long.MAX_VALUE, CN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days must be between 1 and 3660");
        assertThatThrownBy(() -> SlaTarget.clock(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration must be a positive duration of at most PT87840H");
        assertThatThrownBy(() -> SlaTarget.workingTime(Duration.ofDays(3661), CN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> CN.plusWorkingTime(NOW, Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount must be a positive duration");
        assertThatThrownBy(() -> CN.plusWorkingDays(LocalDate.of(2026, 1, 1), Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days must be between 1 and 3660");
        assertThatThrownBy(() -> EXPRESS.withUpdateInterval(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
        assertThat(SlaTarget.minutes(5_270_400).amount()).isEqualTo(Duration.ofDays(3660));
    }

    @Test
    void aTicketSubmittedIn1700IsBreachedNotAnArithmeticError() {
        Instant submitted = Instant.parse("1700-03-01T00:00:00Z");
        SlaStatus clock = CRITICAL.status(submitted, NOW, Optional.empty());
        assertThat(clock.state()).isEqualTo(SlaStatus.State.BREACHED);
        assertThat(clock.breachAmount()).isEqualTo(Duration.between(submitted.plusSeconds(720), NOW));
        assertThat(clock.consumedFraction()).isGreaterThan(1e6);
        assertThat(clock.isEstimate()).isFalse();
        SlaStatus workingDay = FAQ_BASIC.status(submitted, NOW, Optional.empty());
        assertThat(workingDay.state()).isEqualTo(SlaStatus.State.BREACHED);
        assertThat(workingDay.isEstimate()).isTrue(); // 1700 has no holiday data
        assertThat(CRITICAL.timeRemaining(submitted, NOW).duration()).isNegative();
        assertThat(CRITICAL.status(submitted, NOW, Optional.of(NOW)).state()).isEqualTo(SlaStatus.State.MET_LATE);
    }

    @Test
    void quotasServiceHoursAndReportsRejectOutOfRangeInstantsAndDates() {
        TicketQuota quota = TicketQuota.businessExpress(java.time.YearMonth.of(2026, 11));
        ServiceHours chat = SlaCatalog.cn20210122().serviceHours(SupportTier.BASIC, Channel.ONLINE_CHAT);
        for (Instant bad : new Instant[] {Instant.MAX, Instant.MIN}) {
            assertThatThrownBy(() -> quota.consume(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between 0001-01-01T00:00:00Z and");
            assertThatThrownBy(() -> quota.remainingAt(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between");
            assertThatThrownBy(() -> TicketQuota.businessExpressAt(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between");
            assertThatThrownBy(() -> chat.isOpenAt(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between");
            assertThatThrownBy(() -> chat.availableFrom(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between");
            assertThatThrownBy(() -> chat.closesAt(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("instant must be between");
        }
        for (LocalDate bad : new LocalDate[] {LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1)}) {
            assertThatThrownBy(() -> CN.plusWorkingDays(bad, 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("date must be between 0001-01-01 and 9999-12-31");
            assertThatThrownBy(() -> PartnerApplication.earliestServiceStart(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applied must be between");
            assertThatThrownBy(() -> ServiceReports.annualReportWindows(SubscriptionTerm.ANNUAL, bad, 12))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be between");
        }
        assertThatThrownBy(() -> ServiceReports.monthlyReportDue(java.time.YearMonth.of(java.time.Year.MAX_VALUE, 12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month must be between 0001-01 and 9999-12");
        assertThatThrownBy(() -> TicketQuota.businessExpress(java.time.YearMonth.of(java.time.Year.MIN_VALUE, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month must be between");
        assertThatThrownBy(() -> ServiceReports.annualReportWindows(SubscriptionTerm.MONTHLY, LocalDate.of(2026, 1, 1),
                Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months must be between 1 and");
    }
}
