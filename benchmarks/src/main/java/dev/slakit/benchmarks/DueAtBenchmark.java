package dev.slakit.benchmarks;

import dev.slakit.sla.Channel;
import dev.slakit.sla.Deadline;
import dev.slakit.sla.ResponseSla;
import dev.slakit.sla.Severity;
import dev.slakit.sla.SlaCatalog;
import dev.slakit.sla.SupportTier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code ResponseSla.dueAt} and {@code ResponseSla.deadline} (the flagged answer) for a clock target (ENTERPRISE CRITICAL, 12 min) beside a bare
 * {@code Instant.plus(Duration)}, and for "1 working day" (CN FAQ, BASIC) submitted before Spring Festival 2026
 * beside a naive baseline that steps minute by minute and checks each minute's date against plain
 * {@code LocalDate} sets.
 *
 * <p>Goals: clock target within 3x of {@code Instant.plus}; working-day target at least 100x faster than minute
 * stepping. {@code DueAtBenchmarkTest} checks that the naive baseline and slakit return the same instant.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DueAtBenchmark {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Clock-target state. */
    @State(Scope.Benchmark)
    public static class Clock {
        ResponseSla critical;
        Duration twelveMinutes;
        Instant submitted;

        /** Looks the SLA up once. */
        @Setup
        public void setUp() {
            critical = SlaCatalog.cn20210122().responseSla(SupportTier.ENTERPRISE, Channel.TICKET, Severity.CRITICAL);
            twelveMinutes = Duration.ofMinutes(12);
            submitted = Instant.parse("2026-02-13T10:00:00Z");
        }
    }

    /** Working-day state: submitted on the last working days before Spring Festival 2026. */
    @State(Scope.Benchmark)
    public static class WorkingDay {
        /** Friday 13 Feb 18:00 (due on the make-up Saturday) and Saturday 14 Feb 18:00 (due 24 Feb, after the festival). */
        @Param({"2026-02-13T18:00", "2026-02-14T18:00"})
        public String submittedLocal;

        ResponseSla basic;
        Instant submitted;
        Set<LocalDate> holidays;
        Set<LocalDate> makeUpDays;

        /** Looks the SLA up once and builds the naive baseline's plain date sets. */
        @Setup
        public void setUp() {
            basic = SlaCatalog.cnFaq20210122().responseSla(SupportTier.BASIC, Channel.TICKET, Severity.LOW);
            submitted = LocalDateTime.parse(submittedLocal).atZone(SHANGHAI).toInstant();
            holidays = chinaHolidays2026();
            makeUpDays = chinaMakeUpDays2026();
        }
    }

    /** @return the bare baseline: {@code Instant.plus(Duration)} */
    @Benchmark
    public Instant clockBaselineInstantPlus(Clock s) {
        return s.submitted.plus(s.twelveMinutes);
    }

    /** @return slakit's due instant for a 12-minute clock target */
    @Benchmark
    public Instant clockSlakitDueAt(Clock s) {
        return s.critical.dueAt(s.submitted);
    }

    /** @return slakit's flagged deadline for a 12-minute clock target */
    @Benchmark
    public Deadline clockSlakitDeadline(Clock s) {
        return s.critical.deadline(s.submitted);
    }

    /** @return slakit's due instant for "1 working day" on the China mainland calendar (exact: covered dates) */
    @Benchmark
    public Instant workingDaySlakitDueAt(WorkingDay s) {
        return s.basic.dueAt(s.submitted);
    }

    /** @return slakit's flagged deadline for "1 working day" on the China mainland calendar */
    @Benchmark
    public Deadline workingDaySlakitDeadline(WorkingDay s) {
        return s.basic.deadline(s.submitted);
    }

    /** @return the naive baseline's due instant, stepping minute by minute */
    @Benchmark
    public Instant workingDayNaiveMinuteStepping(WorkingDay s) {
        return naiveDueAt(s.submitted, 24 * 60, SHANGHAI, s.holidays, s.makeUpDays);
    }

    /**
     * The naive baseline: adds one minute at a time, counting the minute when its local date is a working day
     * (Monday to Friday not in {@code holidays}, or in {@code makeUpDays}). Exact for submissions at whole minutes.
     *
     * @param submitted the submission
     * @param workingMinutes the working minutes to add
     * @param zone the calendar zone
     * @param holidays the holidays
     * @param makeUpDays the make-up working days
     * @return the instant at which the working minutes have elapsed
     */
    public static Instant naiveDueAt(Instant submitted, long workingMinutes, ZoneId zone, Set<LocalDate> holidays,
            Set<LocalDate> makeUpDays) {
        Instant t = submitted;
        long remaining = workingMinutes;
        while (remaining > 0) {
            LocalDate date = LocalDate.ofInstant(t, zone);
            DayOfWeek dow = date.getDayOfWeek();
            boolean working = makeUpDays.contains(date)
                    || (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date));
            if (working) {
                remaining--;
            }
            t = t.plusSeconds(60);
        }
        return t;
    }

    /** @return the 2026 State Council holidays as a plain set */
    public static Set<LocalDate> chinaHolidays2026() {
        Set<LocalDate> h = new HashSet<>();
        addRange(h, "2026-01-01", "2026-01-03");
        addRange(h, "2026-02-15", "2026-02-23");
        addRange(h, "2026-04-04", "2026-04-06");
        addRange(h, "2026-05-01", "2026-05-05");
        addRange(h, "2026-06-19", "2026-06-21");
        addRange(h, "2026-09-25", "2026-09-27");
        addRange(h, "2026-10-01", "2026-10-07");
        return h;
    }

    /** @return the 2026 make-up working days as a plain set */
    public static Set<LocalDate> chinaMakeUpDays2026() {
        Set<LocalDate> w = new HashSet<>();
        for (String d : new String[] {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}) {
            w.add(LocalDate.parse(d));
        }
        return w;
    }

    private static void addRange(Set<LocalDate> set, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            set.add(d);
        }
    }
}
