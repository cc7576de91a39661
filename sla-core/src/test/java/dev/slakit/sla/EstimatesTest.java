package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 4 (estimates are never hidden, strict mode) and item 3 (a catalog takes a calendar). Uncovered years
 * used here (2014, 2030 and later) stay uncovered when newer calendar data is shipped.
 */
class EstimatesTest {

    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ResponseSla FAQ_BASIC = SlaCatalog.cnFaq20210122().responseSla(SupportTier.BASIC, Channel.TICKET,
            Severity.HIGH);
    static final ResponseSla CRITICAL = SlaCatalog.cn20210122().responseSla(SupportTier.ENTERPRISE, Channel.TICKET,
            Severity.CRITICAL);

    static Instant sh(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void dueAtRefusesAWorkingDayEstimateAndPointsToDeadline() {
        Instant submitted = sh("2030-12-31T10:00");
        assertThatThrownBy(() -> FAQ_BASIC.dueAt(submitted)).isInstanceOf(UncoveredDateException.class)
                .hasMessageContaining("2030").hasMessageContaining("deadline(submitted)")
                .hasMessageContaining("withCalendar")
                .satisfies(e -> assertThat(((UncoveredDateException) e).years()).containsExactly(2030, 2031));
        Deadline d = FAQ_BASIC.deadline(submitted);
        assertThat(d.isEstimate()).isTrue();
        assertThat(d.instant()).isEqualTo(sh("2031-01-01T10:00")); // Monday-Friday guess: 元旦 is not known
        assertThat(d.toString()).endsWith("(estimate)");
        assertThat(d.zone()).isEqualTo(SHANGHAI);
        // covered dates: the bare instant is exact and returned
        assertThat(FAQ_BASIC.dueAt(sh("2026-03-02T10:00"))).isEqualTo(sh("2026-03-03T10:00"));
        // clock targets stay exact whatever the year
        assertThat(CRITICAL.dueAt(sh("2030-12-31T10:00"))).isEqualTo(sh("2030-12-31T10:12"));
        assertThat(CRITICAL.deadline(sh("2014-05-01T10:00")).isEstimate()).isFalse();
    }

    @Test
    void timeRemainingAndStatusCarryTheFlag() {
        Instant submitted = sh("2030-12-31T10:00");
        CalendarDuration left = FAQ_BASIC.timeRemaining(submitted, sh("2031-01-01T09:00"));
        assertThat(left).isEqualTo(CalendarDuration.of(Duration.ofHours(1), true));
        assertThat(left.toString()).isEqualTo("PT1H (estimate)");
        SlaStatus open = FAQ_BASIC.status(submitted, sh("2031-01-01T09:00"), Optional.empty());
        assertThat(open.state()).isEqualTo(SlaStatus.State.AT_RISK);
        assertThat(open.isEstimate()).isTrue();
        assertThat(open.toString()).contains("(estimate)");
        // the deadline is exact, but the working time consumed up to now runs through 2030: still an estimate
        SlaStatus late = FAQ_BASIC.status(sh("2026-03-02T10:00"), sh("2030-03-04T10:00"), Optional.empty());
        assertThat(late.state()).isEqualTo(SlaStatus.State.BREACHED);
        assertThat(late.deadline().isEstimate()).isFalse();
        assertThat(late.isEstimate()).isTrue();
        assertThat(late.toString()).endsWith(", estimate)");
        SlaStatus exact = FAQ_BASIC.status(sh("2026-03-02T10:00"), sh("2026-03-02T11:00"), Optional.empty());
        assertThat(exact.isEstimate()).isFalse();
        assertThat(CRITICAL.timeRemaining(sh("2030-01-01T00:00"), sh("2030-01-01T00:02")).isEstimate()).isFalse();
    }

    @Test
    void isWorkingDayRefusesUncoveredDatesAndDayKindFlagsThem() {
        assertThatThrownBy(() -> CN.isWorkingDay(LocalDate.of(2030, 1, 1))).isInstanceOf(UncoveredDateException.class)
                .hasMessageContaining("2030").hasMessageContaining("dayKind");
        assertThatThrownBy(() -> CN.isWorkingTime(sh("2014-06-02T10:00"))).isInstanceOf(UncoveredDateException.class)
                .hasMessageContaining("2014");
        assertThat(CN.dayKind(LocalDate.of(2030, 1, 1)))
                .isEqualTo(CalendarDay.of(LocalDate.of(2030, 1, 1), CalendarDay.Kind.WORKING_DAY, true));
        assertThat(CN.dayKind(LocalDate.of(2014, 10, 4)).toString()).isEqualTo("2014-10-04 REST_DAY (estimate)");
        assertThat(CN.dayKind(LocalDate.of(2026, 1, 1)))
                .isEqualTo(CalendarDay.of(LocalDate.of(2026, 1, 1), CalendarDay.Kind.HOLIDAY, false));
        assertThat(CN.dayKind(LocalDate.of(2026, 2, 14)).kind()).isEqualTo(CalendarDay.Kind.MAKE_UP_WORKING_DAY);
        assertThat(CN.dayKind(LocalDate.of(2026, 2, 14)).isWorkingDay()).isTrue();
        assertThat(CN.dayKind(LocalDate.of(2026, 3, 7)).kind()).isEqualTo(CalendarDay.Kind.REST_DAY);
        assertThat(CN.dayKind(LocalDate.of(2026, 3, 9)).isWorkingDay()).isTrue();
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThatThrownBy(() -> CalendarDay.of(LocalDate.of(2030, 1, 1), CalendarDay.Kind.HOLIDAY, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WORKING_DAY or REST_DAY");
    }

    @Test
    void workingTimeAndWorkingDaysCarryTheFlag() {
        assertThat(CN.workingTimeBetween(sh("2030-03-04T00:00"), sh("2030-03-05T00:00")))
                .isEqualTo(CalendarDuration.of(Duration.ofHours(24), true));
        assertThat(CN.workingTimeBetween(sh("2026-03-02T00:00"), sh("2026-03-03T00:00")).isEstimate()).isFalse();
        Deadline day = CN.plusWorkingDays(LocalDate.of(2030, 9, 27), 2);
        assertThat(day.date()).isEqualTo(LocalDate.of(2030, 10, 1)); // National Day not known: a guess
        assertThat(day.isEstimate()).isTrue();
        assertThat(day.date(ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2030, 9, 30));
        assertThat(PartnerApplication.earliestServiceStart(LocalDate.of(2014, 3, 3)).isEstimate()).isTrue();
    }

    @Test
    void strictCalendarsRefuseEveryEstimateNamingTheYear() {
        WorkingCalendar strict = CN.withEstimates(EstimatePolicy.REFUSE);
        assertThat(strict.estimatePolicy()).isEqualTo(EstimatePolicy.REFUSE);
        assertThat(CN.estimatePolicy()).isEqualTo(EstimatePolicy.FLAG);
        assertThat(strict).isNotEqualTo(CN);
        assertThat(strict.withEstimates(EstimatePolicy.REFUSE)).isSameAs(strict);
        assertThat(strict.withEstimates(EstimatePolicy.FLAG)).isEqualTo(CN).hasSameHashCodeAs(CN);
        assertThat(strict.toString()).contains("refuses estimates");
        assertThat(strict.toBuilder().build().estimatePolicy()).isEqualTo(EstimatePolicy.REFUSE);
        // exact answers still come
        assertThat(strict.plusWorkingTime(sh("2026-03-02T10:00"), Duration.ofHours(24)).instant())
                .isEqualTo(sh("2026-03-03T10:00"));
        assertThat(strict.dayKind(LocalDate.of(2026, 1, 1)).kind()).isEqualTo(CalendarDay.Kind.HOLIDAY);
        assertThatThrownBy(() -> strict.plusWorkingTime(sh("2030-12-31T10:00"), Duration.ofHours(24)))
                .isInstanceOf(UncoveredDateException.class).hasMessageContaining("2030")
                .hasMessageContaining("EstimatePolicy.REFUSE").hasMessageContaining("load(")
                .satisfies(e -> assertThat(((UncoveredDateException) e).years()).containsExactly(2030));
        assertThatThrownBy(() -> strict.plusWorkingDays(LocalDate.of(2014, 3, 3), 1))
                .isInstanceOf(UncoveredDateException.class).hasMessageContaining("2014");
        assertThatThrownBy(() -> strict.workingTimeBetween(sh("2014-03-03T00:00"), sh("2014-03-04T00:00")))
                .isInstanceOf(UncoveredDateException.class).hasMessageContaining("2014");
        assertThatThrownBy(() -> strict.dayKind(LocalDate.of(2031, 5, 5))).isInstanceOf(UncoveredDateException.class)
                .hasMessageContaining("2031");
        ResponseSla strictBasic = SlaCatalog.cnFaq20210122().withCalendar(strict)
                .responseSla(SupportTier.BASIC, Channel.TICKET, Severity.LOW);
        assertThatThrownBy(() -> strictBasic.deadline(sh("2030-12-31T10:00"))).isInstanceOf(UncoveredDateException.class);
        assertThatThrownBy(() -> strictBasic.status(sh("2030-12-31T10:00"), sh("2030-12-31T11:00"), Optional.empty()))
                .isInstanceOf(UncoveredDateException.class);
        assertThat(WorkingCalendar.builder().zone(SHANGHAI).weekdayHours(java.time.LocalTime.MIDNIGHT,
                java.time.LocalTime.MIDNIGHT).estimates(EstimatePolicy.REFUSE).build().estimatePolicy())
                .isEqualTo(EstimatePolicy.REFUSE);
    }

    @Test
    void aCatalogTakesACalendarWithNewerData() {
        // 2030-01-01 (Tuesday) becomes a known holiday: the estimate turns into an exact, later answer
        WorkingCalendar with2030 = CN.toBuilder().load(new StringReader("year: 2030\nholiday: 2030-01-01\n")).build();
        SlaCatalog faq = SlaCatalog.cnFaq20210122().withCalendar(with2030);
        assertThat(faq.calendar()).isSameAs(with2030);
        assertThat(faq.edition()).isEqualTo(SlaEdition.CN_FAQ_20210122);
        assertThat(faq.toString()).contains("CN_FAQ_20210122").contains("2030");
        ResponseSla basic = faq.responseSla(SupportTier.BASIC, Channel.TICKET, Severity.LOW);
        assertThat(basic.calendar()).isSameAs(with2030);
        assertThat(basic.target().calendar()).contains(with2030);
        Instant submitted = sh("2029-12-31T10:00");
        assertThat(FAQ_BASIC.deadline(submitted)).isEqualTo(Deadline.of(sh("2030-01-01T10:00"), SHANGHAI, true));
        // 2029 has no data (estimate), but the known holiday on 1 January moves the answer a day
        assertThat(basic.deadline(submitted)).isEqualTo(Deadline.of(sh("2030-01-02T10:00"), SHANGHAI, true));
        Instant inData = sh("2030-01-01T10:00");
        assertThat(basic.deadline(inData)).isEqualTo(Deadline.of(sh("2030-01-03T00:00"), SHANGHAI, false));
        assertThat(basic.dueAt(inData)).isEqualTo(sh("2030-01-03T00:00"));
        assertThat(FAQ_BASIC.deadline(inData).isEstimate()).isTrue();
        assertThat(basic).isNotEqualTo(FAQ_BASIC);
        assertThat(SlaCatalog.cnFaq20210122().withCalendar(CN)).isSameAs(SlaCatalog.cnFaq20210122());
        assertThat(SlaCatalog.cn20210122().calendar()).isEqualTo(CN);
        assertThat(CRITICAL.calendar()).isEqualTo(CN);
        // the partner lead time takes the catalog's calendar
        SlaCatalog partner = SlaCatalog.partner20210908().withCalendar(with2030);
        assertThat(partner.earliestServiceStart(LocalDate.of(2029, 12, 31)).date()).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(partner.earliestServiceStart(LocalDate.of(2029, 12, 31)).isEstimate()).isFalse();
        assertThat(SlaCatalog.partner20210908().earliestServiceStart(LocalDate.of(2029, 12, 31)).date())
                .isEqualTo(LocalDate.of(2030, 1, 14));
        assertThatThrownBy(() -> faq.earliestServiceStart(LocalDate.of(2026, 3, 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARTNER_20210908");
        assertThatThrownBy(() -> faq.withCalendar(null)).isInstanceOf(NullPointerException.class).hasMessage("calendar");
    }

    @Test
    void deadlineValueType() {
        Instant t = Instant.parse("2026-03-02T16:00:00Z");
        Deadline a = Deadline.of(t, SHANGHAI, false);
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(a.dateTime().toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(Deadline.exact(t).zone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(Deadline.estimate(t)).isEqualTo(Deadline.of(t, true)).isNotEqualTo(Deadline.exact(t));
        assertThat(Deadline.exact(t).compareTo(Deadline.estimate(t))).isNegative();
        assertThat(a.compareTo(Deadline.exact(t))).isNotZero();
        assertThat(Deadline.exact(t).compareTo(Deadline.exact(t.plusSeconds(1)))).isNegative();
        assertThat(Deadline.ofDate(LocalDate.of(2026, 3, 3), SHANGHAI, false)).isEqualTo(a);
        assertThatThrownBy(() -> Deadline.of(t, null, false)).isInstanceOf(NullPointerException.class).hasMessage("zone");
        CalendarDuration x = CalendarDuration.exact(Duration.ofHours(1));
        assertThat(x).isEqualTo(CalendarDuration.of(Duration.ofHours(1), false)).hasSameHashCodeAs(
                CalendarDuration.of(Duration.ofHours(1), false)).isNotEqualTo(CalendarDuration.of(Duration.ofHours(1), true));
        assertThat(x.compareTo(CalendarDuration.of(Duration.ofHours(1), true))).isNegative();
        assertThat(x.compareTo(CalendarDuration.exact(Duration.ofHours(2)))).isNegative();
        assertThat(x.toString()).isEqualTo("PT1H");
        CalendarDay day = CN.dayKind(LocalDate.of(2026, 1, 1));
        assertThat(day).isEqualTo(CN.dayKind(LocalDate.of(2026, 1, 1))).hasSameHashCodeAs(CN.dayKind(LocalDate.of(2026, 1, 1)))
                .isNotEqualTo(CN.dayKind(LocalDate.of(2026, 1, 5)));
        assertThat(day.date()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(day.isEstimate()).isFalse();
    }
}
