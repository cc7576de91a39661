package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For dates in years without holiday data, no public calendar-derived answer lacks the estimate mark: each either
 * carries it or refuses. Years 1900-2014 and 2030-2199 stay uncovered when newer calendar data ships.
 */
class EstimatePropertiesTest {

    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final SlaCatalog FAQ = SlaCatalog.cnFaq20210122();

    /** Dates at least 90 days from the edge of their uncovered range, so short computations stay inside it. */
    @Provide
    Arbitrary<LocalDate> uncoveredDates() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2014, 10, 1).toEpochDay()),
                Arbitraries.longs().between(LocalDate.of(2030, 1, 1).toEpochDay(), LocalDate.of(2199, 10, 1).toEpochDay()))
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 300)
    void everyAnswerOnAnUncoveredDateIsMarkedOrRefused(@ForAll("uncoveredDates") LocalDate date,
            @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay, @ForAll @IntRange(min = 1, max = 40) int days,
            @ForAll Severity severity) {
        Instant at = date.atStartOfDay(SHANGHAI).plusSeconds(secondOfDay).toInstant();
        assertThat(CN.covers(date)).isFalse();

        assertThat(CN.dayKind(date).isEstimate()).isTrue();
        assertThatThrownBy(() -> CN.isWorkingDay(date)).isInstanceOf(UncoveredDateException.class);
        assertThatThrownBy(() -> CN.isWorkingTime(at)).isInstanceOf(UncoveredDateException.class);
        assertThat(CN.plusWorkingTime(at, Duration.ofHours(days)).isEstimate()).isTrue();
        assertThat(CN.plusWorkingDays(date, days).isEstimate()).isTrue();
        assertThat(CN.workingTimeBetween(at, at.plus(Duration.ofDays(days))).isEstimate()).isTrue();
        assertThat(CN.isEstimate(at, at)).isTrue();
        assertThat(PartnerApplication.earliestServiceStart(date).isEstimate()).isTrue();
        assertThat(SlaCatalog.partner20210908().earliestServiceStart(date).isEstimate()).isTrue();

        ResponseSla basic = FAQ.responseSla(SupportTier.BASIC, Channel.TICKET, severity);
        assertThat(basic.deadline(at).isEstimate()).isTrue();
        assertThatThrownBy(() -> basic.dueAt(at)).isInstanceOf(UncoveredDateException.class);
        assertThatThrownBy(() -> basic.target().dueAt(at)).isInstanceOf(UncoveredDateException.class);
        Instant later = at.plus(Duration.ofHours(days));
        assertThat(basic.timeRemaining(at, later).isEstimate()).isTrue();
        assertThat(basic.target().consumed(at, later).isEstimate()).isTrue();
        assertThat(basic.status(at, later, Optional.empty()).isEstimate()).isTrue();
        assertThat(basic.status(at, later, Optional.of(later)).isEstimate()).isTrue();

        WorkingCalendar strict = CN.withEstimates(EstimatePolicy.REFUSE);
        assertThatThrownBy(() -> strict.dayKind(date)).isInstanceOf(UncoveredDateException.class)
                .hasMessageContaining(String.valueOf(date.getYear()));
        assertThatThrownBy(() -> strict.plusWorkingTime(at, Duration.ofHours(days)))
                .isInstanceOf(UncoveredDateException.class);
        assertThatThrownBy(() -> strict.plusWorkingDays(date, days)).isInstanceOf(UncoveredDateException.class);
    }
}
