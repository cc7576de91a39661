package dev.slakit.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    static final WorkingCalendar CN = WorkingCalendar.chinaMainland();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** The State Council notices for 2025 and 2026, as DESIGN.md lists them, day by day. */
    @ParameterizedTest(name = "{0}: {1}..{2} off")
    @CsvSource({
        "元旦 2025, 2025-01-01, 2025-01-01",
        "春节 2025, 2025-01-28, 2025-02-04",
        "清明 2025, 2025-04-04, 2025-04-06",
        "劳动节 2025, 2025-05-01, 2025-05-05",
        "端午 2025, 2025-05-31, 2025-06-02",
        "国庆中秋 2025, 2025-10-01, 2025-10-08",
        "元旦 2026, 2026-01-01, 2026-01-03",
        "春节 2026, 2026-02-15, 2026-02-23",
        "清明 2026, 2026-04-04, 2026-04-06",
        "劳动节 2026, 2026-05-01, 2026-05-05",
        "端午 2026, 2026-06-19, 2026-06-21",
        "中秋 2026, 2026-09-25, 2026-09-27",
        "国庆 2026, 2026-10-01, 2026-10-07",
    })
    void holidaysAreOffAndTheDaysAroundThemFollowTheWeek(String name, LocalDate first, LocalDate last) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            assertThat(CN.isWorkingDay(d)).as("%s %s", name, d).isFalse();
            assertThat(CN.holidays()).contains(d);
        }
        LocalDate before = first.minusDays(1);
        LocalDate after = last.plusDays(1);
        assertThat(CN.holidays()).doesNotContain(before, after);
    }

    @ParameterizedTest(name = "make-up working day {0} ({1})")
    @CsvSource({
        "2025-01-26, SUNDAY", "2025-02-08, SATURDAY", "2025-04-27, SUNDAY", "2025-09-28, SUNDAY",
        "2025-10-11, SATURDAY", "2026-01-04, SUNDAY", "2026-02-14, SATURDAY", "2026-02-28, SATURDAY",
        "2026-05-09, SATURDAY", "2026-09-20, SUNDAY", "2026-10-10, SATURDAY",
    })
    void makeUpWorkingDaysAreWeekendDaysThatWork(LocalDate date, DayOfWeek weekday) {
        assertThat(date.getDayOfWeek()).isEqualTo(weekday);
        assertThat(CN.isWorkingDay(date)).isTrue();
        assertThat(CN.makeUpWorkingDays()).contains(date);
        assertThat(CN.isWorkingTime(date.atStartOfDay(SHANGHAI).toInstant())).isTrue();
        assertThat(CN.isWorkingTime(date.atTime(23, 59, 59).atZone(SHANGHAI).toInstant())).isTrue();
    }

    @Test
    void shippedDataHasExactlyTheNoticesDates() {
        assertThat(CN.zone()).isEqualTo(SHANGHAI);
        assertThat(CN.coveredYears()).containsExactly(2025, 2026);
        assertThat(CN.makeUpWorkingDays()).hasSize(11);
        // 1 + 8 + 3 + 5 + 3 + 8 = 28 (2025); 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33 (2026)
        assertThat(CN.holidays()).hasSize(61);
        // Count ordinary working days of 2026 as a cross-check: 261 weekdays - 19 weekday holidays + 6 make-up days
        int working = 0;
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            working += CN.isWorkingDay(d) ? 1 : 0;
        }
        assertThat(working).isEqualTo(261 - 19 + 6);
        assertThat(CN.toString()).contains("Asia/Shanghai").contains("[2025, 2026]");
    }

    @Test
    void ordinaryWeekdaysWorkWeekendsDoNot() {
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue(); // Monday
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse(); // Sunday
        assertThat(CN.isWorkingTime(sh("2026-03-07T12:00"))).isFalse();
        assertThat(CN.isWorkingTime(sh("2026-03-06T23:59:59"))).isTrue();
        assertThat(CN.isWorkingTime(sh("2026-03-07T00:00"))).isFalse();
    }

    @Test
    void outsideTheDataYearsItIsMondayToFridayAndFlagged() {
        assertThat(CN.covers(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(CN.covers(LocalDate.of(2024, 12, 31))).isFalse();
        // a Friday: really a holiday, we cannot know, so the answer is flagged
        assertThat(CN.dayKind(LocalDate.of(2027, 1, 1)))
                .isEqualTo(CalendarDay.of(LocalDate.of(2027, 1, 1), CalendarDay.Kind.WORKING_DAY, true));
        assertThat(CN.dayKind(LocalDate.of(2027, 1, 2)))
                .isEqualTo(CalendarDay.of(LocalDate.of(2027, 1, 2), CalendarDay.Kind.REST_DAY, true));
        assertThat(CN.isEstimate(sh("2026-12-30T00:00"), sh("2026-12-31T00:00"))).isFalse();
        assertThat(CN.isEstimate(sh("2026-12-30T00:00"), sh("2027-01-01T00:00"))).isTrue();
        Deadline d = CN.plusWorkingTime(sh("2024-12-31T12:00"), Duration.ofHours(24));
        assertThat(d.instant()).isEqualTo(sh("2025-01-02T12:00")); // 1 Jan 2025 is a holiday
        assertThat(d.isEstimate()).isTrue(); // 31 Dec 2024 has no data
    }

    @ParameterizedTest(name = "1 working day from {0} -> {1}")
    @CsvSource({
        "2026-03-02T10:00, 2026-03-03T10:00, ordinary Monday",
        "2026-03-06T18:00, 2026-03-09T18:00, Friday evening skips the weekend",
        "2026-02-13T18:00, 2026-02-14T18:00, Saturday 14 Feb 2026 is a make-up day",
        "2026-02-14T18:00, 2026-02-24T18:00, Spring Festival 15-23 Feb 2026",
        "2026-02-15T10:00, 2026-02-25T00:00, submitted on a holiday: clock starts at the next working day",
        "2026-02-27T12:00, 2026-02-28T12:00, Saturday 28 Feb 2026 works",
        "2025-01-24T12:00, 2025-01-26T12:00, Sunday 26 Jan 2025 works",
        "2025-01-27T06:00, 2025-02-05T06:00, Spring Festival 2025",
        "2025-09-26T12:00, 2025-09-28T12:00, Sunday 28 Sep 2025 works",
        "2025-09-30T20:00, 2025-10-09T20:00, National Day 2025",
        "2025-10-01T09:00, 2025-10-10T00:00, submitted on National Day 2025",
        "2025-12-31T12:00, 2026-01-04T12:00, year end: 1-3 Jan off, Sunday 4 Jan works",
        "2026-04-03T12:00, 2026-04-07T12:00, Qingming 2026",
        "2026-04-30T06:00, 2026-05-06T06:00, Labour Day 2026",
        "2026-05-08T18:00, 2026-05-09T18:00, Saturday 9 May 2026 works",
        "2026-09-18T08:00, 2026-09-20T08:00, Sunday 20 Sep 2026 works",
        "2026-09-24T12:00, 2026-09-28T12:00, Mid-Autumn 2026",
        "2026-09-30T12:00, 2026-10-08T12:00, National Day 2026",
        "2026-10-09T20:00, 2026-10-10T20:00, Saturday 10 Oct 2026 works",
    })
    void oneWorkingDay(String submitted, String expected, String why) {
        Deadline d = CN.plusWorkingTime(sh(submitted), Duration.ofHours(24));
        assertThat(d.instant()).as(why).isEqualTo(sh(expected));
        assertThat(d.isEstimate()).isFalse();
        assertThat(CN.workingTimeBetween(sh(submitted), d.instant()).duration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void yearEnd2026IntoTheEstimatedYear() {
        Deadline d = CN.plusWorkingTime(sh("2026-12-31T12:00"), Duration.ofHours(24));
        assertThat(d.instant()).isEqualTo(sh("2027-01-01T12:00"));
        assertThat(d.isEstimate()).isTrue();
        Deadline fri = CN.plusWorkingTime(sh("2026-12-31T12:00"), Duration.ofHours(12));
        assertThat(fri.instant()).isEqualTo(sh("2027-01-01T00:00")); // ends exactly at 24:00 of a covered day
        assertThat(fri.isEstimate()).isFalse();
    }

    @Test
    void severalIntervalsPerDay() {
        WorkingCalendar office = WorkingCalendar.builder().zone(SHANGHAI)
                .weekdayHours(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .weekdayHours(LocalTime.of(13, 0), LocalTime.of(18, 0))
                .coveredYear(2026).build();
        assertThat(office.isWorkingTime(sh("2026-03-02T12:30"))).isFalse();
        assertThat(office.isWorkingTime(sh("2026-03-02T13:00"))).isTrue();
        assertThat(office.isWorkingTime(sh("2026-03-02T18:00"))).isFalse();
        assertThat(office.plusWorkingTime(sh("2026-03-02T11:00"), Duration.ofHours(2)).instant())
                .isEqualTo(sh("2026-03-02T14:00"));
        assertThat(office.plusWorkingTime(sh("2026-03-02T11:00"), Duration.ofHours(1)).instant())
                .isEqualTo(sh("2026-03-02T12:00"));
        assertThat(office.plusWorkingTime(sh("2026-03-06T17:00"), Duration.ofHours(2)).instant())
                .isEqualTo(sh("2026-03-09T10:00"));
        assertThat(office.plusWorkingTime(sh("2026-03-02T07:00"), Duration.ofMinutes(1)).instant())
                .isEqualTo(sh("2026-03-02T09:01"));
        assertThat(office.workingTimeBetween(sh("2026-03-02T00:00"), sh("2026-03-09T00:00"))).isEqualTo(CalendarDuration.exact(Duration.ofHours(40)));
        assertThat(office.workingTimeBetween(sh("2026-03-02T10:00"), sh("2026-03-02T10:00")).duration()).isZero();
        assertThat(office.plusWorkingTime(sh("2026-03-02T09:00"), Duration.ofDays(10)).isEstimate()).isFalse();
        assertThat(office.plusWorkingTime(sh("2026-12-31T09:00"), Duration.ofHours(9)).isEstimate()).isTrue();
        assertThat(office.plusWorkingTime(sh("2026-03-02T09:00"), Duration.ofDays(10)).instant())
                .isEqualTo(sh("2026-04-10T18:00")); // 240 h = 30 working days of 8 h
    }

    @Test
    void plusWorkingDaysCountsFromTheNextDay() {
        assertThat(CN.plusWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(Deadline.ofDate(LocalDate.of(2026, 3, 3), CN.zone(), false));
        assertThat(CN.plusWorkingDays(LocalDate.of(2026, 2, 13), 2).date()).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(CN.plusWorkingDays(LocalDate.of(2026, 12, 30), 2).isEstimate()).isTrue();
        assertThatThrownBy(() -> CN.plusWorkingDays(LocalDate.of(2026, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("days");
    }

    /** America/New_York: DST starts 2026-03-08 (23 h day), ends 2026-11-01 (25 h day). */
    @Test
    void newYorkAcrossDaylightSavingTransitions() {
        ZoneId ny = ZoneId.of("America/New_York");
        WorkingCalendar allDay = WorkingCalendar.builder().zone(ny).load(new StringReader(
                "zone: America/New_York\nhours: MONDAY..SUNDAY 00:00-24:00\n")).build();
        Instant marchStart = LocalDate.of(2026, 3, 8).atStartOfDay(ny).toInstant();
        assertThat(allDay.workingTimeBetween(marchStart, LocalDate.of(2026, 3, 9).atStartOfDay(ny).toInstant()).duration())
                .isEqualTo(Duration.ofHours(23));
        assertThat(allDay.plusWorkingTime(marchStart, Duration.ofHours(24)).instant())
                .isEqualTo(LocalDateTime.parse("2026-03-09T01:00").atZone(ny).toInstant());
        Instant novStart = LocalDate.of(2026, 11, 1).atStartOfDay(ny).toInstant();
        assertThat(allDay.plusWorkingTime(novStart, Duration.ofHours(24)).instant())
                .isEqualTo(LocalDateTime.parse("2026-11-01T23:00").atZone(ny).toInstant());

        WorkingCalendar night = WorkingCalendar.builder().zone(ny)
                .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0)).coveredYear(2026).build();
        // 2026-03-08 01:00 EST .. 04:00 EDT is 2 h; 2026-11-01 01:00 EDT .. 04:00 EST is 4 h
        assertThat(night.workingTimeBetween(marchStart, marchStart.plus(Duration.ofDays(1))).duration()).isEqualTo(Duration.ofHours(2));
        assertThat(night.workingTimeBetween(novStart, novStart.plus(Duration.ofDays(1))).duration()).isEqualTo(Duration.ofHours(4));
        assertThat(night.plusWorkingTime(marchStart, Duration.ofHours(2)).instant())
                .isEqualTo(OffsetDateTime.parse("2026-03-08T04:00-04:00").toInstant());
        assertThat(night.plusWorkingTime(novStart, Duration.ofHours(3)).instant())
                .isEqualTo(OffsetDateTime.parse("2026-11-01T03:00-05:00").toInstant());
        assertThat(night.isWorkingTime(OffsetDateTime.parse("2026-11-01T01:30-05:00").toInstant())).isTrue();
    }

    /** Europe/Berlin: DST starts 2026-03-29, ends 2026-10-25, both Sundays at 02:00/03:00 local. */
    @Test
    void berlinAcrossDaylightSavingTransitions() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingCalendar cal = WorkingCalendar.builder().zone(berlin)
                .weekdayHours(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .hours(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.MIDNIGHT)
                .build();
        Instant sat = LocalDate.of(2026, 3, 28).atStartOfDay(berlin).toInstant();
        // Sunday 29 March has 23 hours, Monday 30 March 8 hours
        assertThat(cal.workingTimeBetween(sat, LocalDate.of(2026, 3, 31).atStartOfDay(berlin).toInstant()))
                .isEqualTo(CalendarDuration.of(Duration.ofHours(31), true)); // no holiday data: an estimate
        assertThat(cal.plusWorkingTime(sat, Duration.ofHours(24)).instant())
                .isEqualTo(LocalDateTime.parse("2026-03-30T10:00").atZone(berlin).toInstant());
        Instant octSat = LocalDate.of(2026, 10, 24).atStartOfDay(berlin).toInstant();
        assertThat(cal.plusWorkingTime(octSat, Duration.ofHours(25)).instant())
                .isEqualTo(LocalDateTime.parse("2026-10-26T00:00").atZone(berlin).toInstant());
        assertThat(cal.plusWorkingTime(octSat, Duration.ofHours(24)).instant())
                .isEqualTo(OffsetDateTime.parse("2026-10-25T23:00+01:00").toInstant());
    }

    @Test
    void usersAddYearsFromTheirOwnFile() {
        String data = """
                # our own 2027 data
                year: 2027
                holiday: 2027-01-01
                HOLIDAY : 2027-02-06..2027-02-14   # comment after a value
                workday: 2027-02-20
                """;
        WorkingCalendar extended = CN.toBuilder().load(new StringReader(data)).build();
        assertThat(extended.coveredYears()).containsExactly(2025, 2026, 2027);
        Deadline d = extended.plusWorkingTime(sh("2026-12-31T12:00"), Duration.ofHours(24));
        assertThat(d.instant()).isEqualTo(sh("2027-01-04T12:00"));
        assertThat(d.isEstimate()).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(extended.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
        assertThat(extended).isNotEqualTo(CN);
        assertThat(CN.toBuilder().build()).isEqualTo(CN).hasSameHashCodeAs(CN);
        WorkingCalendar fromStream = CN.toBuilder()
                .load(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8))).build();
        assertThat(fromStream).isEqualTo(extended);
        // a file that repeats the shipped zone and hours lines loads onto the shipped calendar unchanged
        WorkingCalendar repeated = CN.toBuilder().load(new StringReader(
                "zone: Asia/Shanghai\nhours: MONDAY..FRIDAY 00:00-24:00\n" + data)).build();
        assertThat(repeated).isEqualTo(extended);
    }

    @Test
    void malformedFilesNameTheLine() {
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("zone: Asia/Shanghai\nfoo: bar\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("unknown key");
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("holiday: 2027-13-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("no colon here")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key: value");
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("hours: MONDAY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DAY");
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("hours: MONDAY 09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HH:MM-HH:MM");
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("hours: MONDAY 10:00-09:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start < end");
        assertThatThrownBy(() -> WorkingCalendar.builder().load(new StringReader("zone: Mars/Olympus")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> WorkingCalendar.builder().load(failing)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void builderRejectsBadCalendars() {
        assertThatThrownBy(() -> WorkingCalendar.builder().weekdayHours(LocalTime.of(9, 0), LocalTime.of(17, 0)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> WorkingCalendar.builder().zone(SHANGHAI).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("interval");
        assertThatThrownBy(() -> WorkingCalendar.builder().zone(SHANGHAI)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MONDAY");
        assertThatThrownBy(() -> WorkingCalendar.builder().zone(SHANGHAI)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                .hours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingCalendar.builder().zone(SHANGHAI)
                .weekdayHours(LocalTime.of(9, 0), LocalTime.of(17, 0)).holiday(LocalDate.of(2030, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030").hasMessageContaining("declared");
        assertThatThrownBy(() -> WorkingCalendar.builder().zone(SHANGHAI)
                .weekdayHours(LocalTime.of(9, 0), LocalTime.of(17, 0)).makeUpWorkingDay(LocalDate.of(2030, 1, 5)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("make-up");
        assertThatThrownBy(() -> WorkingCalendar.builder().holidays(LocalDate.of(2030, 1, 5), LocalDate.of(2030, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reversed");
        assertThatThrownBy(() -> WorkingCalendar.builder().zone(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("zone");
    }

    @Test
    void nonPositiveDurationsAndReversedRangesAreRejected() {
        Instant t = sh("2026-03-02T10:00");
        assertThatThrownBy(() -> CN.plusWorkingTime(t, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> CN.plusWorkingTime(t, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CN.plusWorkingTime(null, Duration.ofSeconds(1))).isInstanceOf(NullPointerException.class)
                .hasMessage("start");
        assertThatThrownBy(() -> CN.workingTimeBetween(t, t.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> CN.isWorkingDay(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    @Test
    void makeUpDayWithoutMondayHoursUsesTheFirstWorkingDayOfTheWeek() {
        WorkingCalendar tueOnly = WorkingCalendar.builder().zone(SHANGHAI)
                .hours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0)).coveredYear(2026)
                .makeUpWorkingDay(LocalDate.of(2026, 3, 7)).holiday(LocalDate.of(2026, 3, 3)).build();
        assertThat(tueOnly.isWorkingTime(sh("2026-03-07T10:30"))).isTrue();
        assertThat(tueOnly.isWorkingDay(LocalDate.of(2026, 3, 3))).isFalse();
        assertThat(tueOnly.plusWorkingTime(sh("2026-03-02T00:00"), Duration.ofMinutes(90)).instant())
                .isEqualTo(sh("2026-03-10T10:30"));
    }

    @Test
    void holidaysEverywhereForeverAreDetected() {
        WorkingCalendar.Builder b = WorkingCalendar.builder().zone(SHANGHAI)
                .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        for (int y = 2026; y <= 2037; y++) {
            b.coveredYear(y);
        }
        Set<LocalDate> all = new HashSet<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2038; d = d.plusDays(1)) {
            all.add(d);
            b.holiday(d);
        }
        WorkingCalendar never = b.build();
        assertThat(never.holidays()).hasSize(all.size());
        assertThatThrownBy(() -> never.plusWorkingTime(sh("2026-01-01T00:00"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no working time");
        assertThatThrownBy(() -> never.plusWorkingDays(LocalDate.of(2026, 1, 1), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no working day");
    }
}
