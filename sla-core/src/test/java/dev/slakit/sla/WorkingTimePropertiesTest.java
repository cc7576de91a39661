package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of the time arithmetic: a deadline is never before submission, is monotone in submission time, and the
 * working time elapsed between submission and deadline equals the target.
 */
class WorkingTimePropertiesTest {

    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** New York office hours with a lunch break, plus Sunday 01:00-04:00 to straddle the DST switches. */
    static final WorkingCalendar NEW_YORK = WorkingCalendar.builder().zone(ZoneId.of("America/New_York"))
            .weekdayHours(LocalTime.of(8, 0), LocalTime.of(12, 0))
            .weekdayHours(LocalTime.of(13, 0), LocalTime.of(18, 0))
            .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0))
            .coveredYear(2026).holiday(java.time.LocalDate.of(2026, 11, 26))
            .build();
    static final WorkingCalendar BERLIN = WorkingCalendar.builder().zone(ZoneId.of("Europe/Berlin"))
            .weekdayHours(LocalTime.of(9, 0), LocalTime.of(17, 30))
            .hours(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.MIDNIGHT)
            .build();

    /** Anchors: the 2025 and 2026 holiday weeks, the year ends 2025/2026 and 2026/2027 (estimate), DST switches. */
    static final Instant[] ANCHORS = {
        sh("2025-01-24T00:00"), sh("2025-09-26T00:00"), sh("2025-12-29T00:00"), sh("2026-02-10T00:00"),
        sh("2026-04-01T00:00"), sh("2026-04-28T00:00"), sh("2026-09-17T00:00"), sh("2026-09-29T00:00"),
        sh("2026-12-28T00:00"), Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-10-30T00:00:00Z"),
        Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-10-23T00:00:00Z"),
    };

    static Instant sh(String ldt) {
        return LocalDateTime.parse(ldt).atZone(SHANGHAI).toInstant();
    }

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        return Arbitraries.of(CN, NEW_YORK, BERLIN);
    }

    @Provide
    Arbitrary<Instant> submissions() {
        return Arbitraries.integers().between(0, ANCHORS.length - 1).flatMap(i ->
                Arbitraries.longs().between(0, 10L * 24 * 3600).map(s -> ANCHORS[i].plusSeconds(s)));
    }

    @Provide
    Arbitrary<Duration> targets() {
        return Arbitraries.oneOf(
                Arbitraries.of(Duration.ofHours(24), Duration.ofMinutes(12), Duration.ofHours(16), Duration.ofHours(48)),
                Arbitraries.longs().between(1, 5L * 24 * 3600).map(Duration::ofSeconds));
    }

    @Property(tries = 400)
    void elapsedWorkingTimeEqualsTheTarget(@ForAll("calendars") WorkingCalendar cal,
            @ForAll("submissions") Instant submitted, @ForAll("targets") Duration target) {
        Deadline due = cal.plusWorkingTime(submitted, target);
        assertThat(due.instant()).isAfterOrEqualTo(submitted);
        assertThat(cal.workingTimeBetween(submitted, due.instant()).duration()).isEqualTo(target);
        // the deadline is the first such instant: just before it, less than the target has elapsed
        assertThat(cal.workingTimeBetween(submitted, due.instant().minusNanos(1)).duration()).isLessThan(target);
    }

    @Property(tries = 300)
    void deadlineIsMonotoneInSubmissionTime(@ForAll("calendars") WorkingCalendar cal,
            @ForAll("submissions") Instant submitted, @ForAll @LongRange(min = 0, max = 3 * 24 * 3600) long later,
            @ForAll("targets") Duration target) {
        Instant a = cal.plusWorkingTime(submitted, target).instant();
        Instant b = cal.plusWorkingTime(submitted.plusSeconds(later), target).instant();
        assertThat(b).isAfterOrEqualTo(a);
    }

    @Property(tries = 300)
    void responseSlaDeadlinesNeverPrecedeSubmission(@ForAll("submissions") Instant submitted,
            @ForAll @IntRange(min = 0, max = 71) int cellIndex) {
        java.util.List<ResponseSla> all = new java.util.ArrayList<>();
        for (SlaEdition e : SlaEdition.values()) {
            all.addAll(SlaCatalog.of(e).responseSlas());
        }
        ResponseSla sla = all.get(cellIndex % all.size());
        Instant due = sla.deadline(submitted).instant();
        assertThat(due).isAfter(submitted);
        assertThat(sla.target().consumed(submitted, due).duration()).isEqualTo(sla.target().amount());
        assertThat(sla.deadline(submitted.plusSeconds(1)).instant()).isAfterOrEqualTo(due);
    }

    @Property(tries = 200)
    void estimateFlagMatchesTheDataYears(@ForAll("submissions") Instant submitted, @ForAll("targets") Duration target) {
        Deadline due = CN.plusWorkingTime(submitted, target);
        boolean touches2027 = due.instant().atZone(SHANGHAI).getYear() > 2026
                && !due.instant().equals(sh("2027-01-01T00:00"));
        boolean before2025 = submitted.atZone(SHANGHAI).getYear() < 2025;
        assertThat(due.isEstimate()).isEqualTo(touches2027 || before2025);
    }
}
