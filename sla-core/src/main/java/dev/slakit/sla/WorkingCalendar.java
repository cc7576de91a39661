package dev.slakit.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A working-time calendar: weekly working hours (several half-open intervals per day), statutory holidays,
 * make-up working days (调休: weekend dates that are working days), an IANA time zone, and the years the holiday
 * data covers.
 *
 * <p>Working hours are local times in {@link #zone()}; every computation walks local dates and converts interval
 * ends with {@link ZonedDateTime}, so it is correct across daylight-saving transitions (an hour skipped by a
 * spring-forward transition is not working time; an hour repeated in autumn is counted twice). Intervals are
 * half-open {@code [start, end)}; an end of {@link LocalTime#MIDNIGHT} means 24:00 (the start of the next day).
 *
 * <p>A make-up working day has the working hours of a normal Monday. A holiday removes all working hours of its
 * date. For a date in a year the calendar has no data for ({@link #covers(LocalDate)} is false), only the weekly
 * hours apply and every result that depended on such a date is flagged as an estimate ({@link Deadline},
 * {@link CalendarDuration}, {@link CalendarDay}); methods returning a bare value ({@link #isWorkingDay(LocalDate)},
 * {@link #isWorkingTime(Instant)}) refuse such dates with {@link UncoveredDateException}. A calendar in strict mode
 * ({@link #withEstimates(EstimatePolicy)} with {@link EstimatePolicy#REFUSE}) refuses every computation that needs
 * such a date.
 *
 * <p>Computations never step minute by minute: they step by date and interval, so their cost is proportional to
 * the number of calendar days spanned.
 *
 * <p>Calendar file format (UTF-8 text, one entry per line, {@code #} starts a comment, keys case-insensitive):
 * <pre>
 * zone: Asia/Shanghai
 * hours: MONDAY..FRIDAY 00:00-24:00          # several ranges separated by commas: 09:00-12:00, 13:00-18:00
 * year: 2027                                 # the holiday data below is complete for this year
 * holiday: 2027-01-01                        # a single date, or a range: 2027-02-06..2027-02-14 (inclusive)
 * workday: 2027-02-20                        # a make-up working day (调休)
 * </pre>
 * Every {@code holiday} and {@code workday} date must lie in a declared {@code year}.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingCalendar {

    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    /** A calendar without a working instant for this many consecutive days is rejected as a guard. */
    private static final int MAX_IDLE_DAYS = 3_700;
    private static final String CHINA_MAINLAND_RESOURCE = "china-mainland.calendar";

    private static volatile WorkingCalendar chinaMainland;

    private final ZoneId zone;
    private final Map<DayOfWeek, long[]> weeklyHours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;
    private final SortedSet<Integer> coveredYears;
    private final EstimatePolicy estimatePolicy;

    private WorkingCalendar(Builder b) {
        this.zone = b.zone;
        EnumMap<DayOfWeek, long[]> hours = new EnumMap<DayOfWeek, long[]>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, List<long[]>> e : b.hours.entrySet()) {
            hours.put(e.getKey(), flatten(e.getKey(), e.getValue()));
        }
        this.weeklyHours = hours;
        this.holidays = Collections.unmodifiableSet(new TreeSet<LocalDate>(b.holidays));
        this.makeUpWorkingDays = Collections.unmodifiableSet(new TreeSet<LocalDate>(b.makeUpDays));
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<Integer>(b.years));
        this.estimatePolicy = b.estimatePolicy;
    }

    private WorkingCalendar(WorkingCalendar c, EstimatePolicy estimatePolicy) {
        this.zone = c.zone;
        this.weeklyHours = c.weeklyHours;
        this.holidays = c.holidays;
        this.makeUpWorkingDays = c.makeUpWorkingDays;
        this.coveredYears = c.coveredYears;
        this.estimatePolicy = estimatePolicy;
    }

    /**
     * The working-day calendar of the China mainland: Monday to Friday 00:00-24:00 Asia/Shanghai, the statutory
     * holidays and make-up working days of 2025 and 2026 (State Council notices), shipped as a resource.
     * Dates from 2027 on are estimates (Monday to Friday) unless you add their data with
     * {@link #toBuilder()} and {@link Builder#load(Reader)}.
     *
     * @return the shared China mainland calendar, not null
     */
    public static WorkingCalendar chinaMainland() {
        WorkingCalendar c = chinaMainland;
        if (c == null) {
            InputStream in = WorkingCalendar.class.getResourceAsStream(CHINA_MAINLAND_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("resource missing: dev/slakit/sla/" + CHINA_MAINLAND_RESOURCE);
            }
            try {
                c = builder().load(in).build();
            } finally {
                closeQuietly(in);
            }
            chinaMainland = c;
        }
        return c;
    }

    /**
     * Starts an empty builder (no zone, no hours, no data years).
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding everything of this calendar, to add years or change hours.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder b = new Builder().zone(zone);
        for (Map.Entry<DayOfWeek, long[]> e : weeklyHours.entrySet()) {
            long[] iv = e.getValue();
            for (int i = 0; i < iv.length; i += 2) {
                b.addNanos(e.getKey(), iv[i], iv[i + 1]);
            }
        }
        b.holidays.addAll(holidays);
        b.makeUpDays.addAll(makeUpWorkingDays);
        b.years.addAll(coveredYears);
        b.estimatePolicy = estimatePolicy;
        return b;
    }

    /** @return the time zone of the working hours, not null */
    public ZoneId zone() {
        return zone;
    }

    /** @return the years whose holiday data is complete, ascending, unmodifiable */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** @return the holidays, unmodifiable */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** @return the make-up working days (调休), unmodifiable */
    public Set<LocalDate> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    /**
     * Tells whether the holiday data of the calendar covers a date.
     *
     * @param date the date, not null
     * @return true if results on this date are exact, false if they are Monday-Friday estimates
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return coveredYears.contains(date.getYear());
    }

    /**
     * The estimate policy: {@link EstimatePolicy#FLAG} (the default) computes over dates without holiday data and
     * flags the answer; {@link EstimatePolicy#REFUSE} throws {@link UncoveredDateException} instead.
     *
     * @return the policy, not null
     */
    public EstimatePolicy estimatePolicy() {
        return estimatePolicy;
    }

    /**
     * Returns a copy with another estimate policy. {@code calendar.withEstimates(EstimatePolicy.REFUSE)} is the strict
     * mode for applications that would rather fail than estimate: every computation that needs a date outside
     * {@link #coveredYears()} throws {@link UncoveredDateException} naming the year.
     *
     * @param policy the policy, not null
     * @return the copy (this calendar if the policy is unchanged), not null
     */
    public WorkingCalendar withEstimates(EstimatePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return policy == estimatePolicy ? this : new WorkingCalendar(this, policy);
    }

    /**
     * What the calendar says about a date: working day, rest day, holiday or make-up working day, flagged as an
     * estimate when the calendar has no holiday data for the date's year.
     *
     * @param date the local date in {@link #zone()}, not null
     * @return the kind of the date with its estimate flag, not null
     * @throws UncoveredDateException in {@link EstimatePolicy#REFUSE} mode for a date outside the data
     */
    public CalendarDay dayKind(LocalDate date) {
        Objects.requireNonNull(date, "date");
        boolean estimate = !covers(date);
        if (estimate) {
            refuseIfStrict(date.getYear(), "the kind of " + date);
        } else if (makeUpWorkingDays.contains(date)) {
            return CalendarDay.of(date, CalendarDay.Kind.MAKE_UP_WORKING_DAY, false);
        } else if (holidays.contains(date)) {
            return CalendarDay.of(date, CalendarDay.Kind.HOLIDAY, false);
        }
        CalendarDay.Kind kind = weeklyHours.containsKey(date.getDayOfWeek()) ? CalendarDay.Kind.WORKING_DAY
                : CalendarDay.Kind.REST_DAY;
        return CalendarDay.of(date, kind, estimate);
    }

    /**
     * Tells whether a date has working hours: a make-up working day, or a day with weekly hours that is not a
     * holiday. Only for covered dates: for a date without holiday data the answer would be a guess, so this method
     * refuses; use {@link #dayKind(LocalDate)}, which flags estimates.
     *
     * @param date the local date in {@link #zone()}, not null, in a covered year
     * @return true if the date has working hours
     * @throws UncoveredDateException if the calendar has no holiday data for the date's year
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        requireCovered(date.getYear(), "isWorkingDay(" + date + ")", "dayKind(date)");
        return hoursOf(date).length > 0;
    }

    /**
     * Tells whether an instant falls in working hours. Only for covered dates: for a date without holiday data the
     * answer would be a guess, so this method refuses; use {@link #dayKind(LocalDate)} for the date.
     *
     * @param instant the instant, not null, on a covered date in {@link #zone()}
     * @return true if the instant lies in a working interval
     * @throws UncoveredDateException if the calendar has no holiday data for the instant's year
     * @throws IllegalArgumentException if the instant is outside years 1 to 9999
     */
    public boolean isWorkingTime(Instant instant) {
        Limits.instant(instant, "instant");
        LocalDate date = instant.atZone(zone).toLocalDate();
        requireCovered(date.getYear(), "isWorkingTime(" + instant + ")", "dayKind(date)");
        Instant[] iv = intervals(date);
        for (int i = 0; i < iv.length; i += 2) {
            if (!instant.isBefore(iv[i]) && instant.isBefore(iv[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds working time to an instant: the clock runs only inside working intervals. If {@code start} is outside
     * working hours, the clock starts at the next working interval. When the amount ends exactly at the end of an
     * interval, the result is that end.
     *
     * @param start the start instant, not null, in years 1 to 9999
     * @param amount the working time to add, positive, at most 3660 days
     * @return the instant at which {@code amount} of working time has elapsed, in {@link #zone()}, flagged as an
     *     estimate when a date without calendar data was consulted, not null
     * @throws IllegalArgumentException if {@code amount} or {@code start} is out of range
     * @throws UncoveredDateException in {@link EstimatePolicy#REFUSE} mode when a date without data is needed
     */
    public Deadline plusWorkingTime(Instant start, Duration amount) {
        return WorkingTimeMath.plusWorkingTime(this, start, amount);
    }

    /**
     * Adds working days to a date: the result is the {@code days}-th working day after {@code date} (the date itself
     * is not counted, the result is).
     *
     * @param date the start date, not null, in years 1 to 9999
     * @param days the number of working days, 1 to 3660
     * @return the start of the resulting working day in {@link #zone()} ({@link Deadline#date()} gives the date),
     *     flagged as an estimate when an uncovered date was consulted, not null
     * @throws IllegalArgumentException if {@code days} is out of range
     * @throws UncoveredDateException in {@link EstimatePolicy#REFUSE} mode when a date without data is needed
     */
    public Deadline plusWorkingDays(LocalDate date, int days) {
        return WorkingTimeMath.plusWorkingDays(this, date, days);
    }

    /**
     * Measures the working time between two instants. The cost is proportional to the days spanned.
     *
     * @param from the start, inclusive, not null, in years 1 to 9999
     * @param to the end, exclusive, not null, not before {@code from}, in years 1 to 9999
     * @return the working time in {@code [from, to)}, not negative, flagged as an estimate when a date without
     *     calendar data lies in between, not null
     * @throws IllegalArgumentException if {@code to} is before {@code from} or an instant is out of range
     * @throws UncoveredDateException in {@link EstimatePolicy#REFUSE} mode when a date without data lies in between
     */
    public CalendarDuration workingTimeBetween(Instant from, Instant to) {
        return WorkingTimeMath.workingTimeBetween(this, from, to);
    }

    /**
     * Tells whether a measurement between two instants depends on dates without calendar data.
     *
     * @param from the start, not null
     * @param to the end, not null, not before {@code from}
     * @return true if some date in between is not covered
     */
    public boolean isEstimate(Instant from, Instant to) {
        return !uncoveredYears(from, to).isEmpty();
    }

    /** The years between two instants (in this zone) without holiday data, ascending. */
    SortedSet<Integer> uncoveredYears(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int first = from.atZone(zone).getYear();
        int last = to.atZone(zone).getYear();
        SortedSet<Integer> result = new TreeSet<Integer>();
        for (int y = first; y <= last; y++) {
            if (!coveredYears.contains(y)) {
                result.add(y);
            }
        }
        return result;
    }

    /** @return the guard of {@link WorkingTimeMath}: this many consecutive days without working time is an error */
    static int maxIdleDays() {
        return MAX_IDLE_DAYS;
    }

    void refuseIfStrict(int year, String what) {
        if (estimatePolicy == EstimatePolicy.REFUSE) {
            throw new UncoveredDateException(what + " needs holiday data for " + year + ", which this calendar does "
                    + "not have (covered years: " + coveredYears + ") and the calendar refuses estimates "
                    + "(EstimatePolicy.REFUSE); " + UncoveredDateException.howToAdd()
                    + ", or use withEstimates(EstimatePolicy.FLAG) to accept flagged estimates",
                    new TreeSet<Integer>(Collections.singleton(year)));
        }
    }

    private void requireCovered(int year, String what, String alternative) {
        if (!coveredYears.contains(year)) {
            throw new UncoveredDateException(what + " would be a guess: this calendar has no holiday data for " + year
                    + " (covered years: " + coveredYears + "); use " + alternative + ", which flags estimates, or "
                    + UncoveredDateException.howToAdd(), new TreeSet<Integer>(Collections.singleton(year)));
        }
    }

    /** Working intervals of a date as instants: [start0, end0, start1, end1, ...]. */
    Instant[] intervals(LocalDate date) {
        long[] hours = hoursOf(date);
        Instant[] result = new Instant[hours.length];
        int n = 0;
        for (int i = 0; i < hours.length; i += 2) {
            Instant s = toInstant(date, hours[i]);
            Instant e = toInstant(date, hours[i + 1]);
            if (e.isAfter(s)) { // a DST gap can swallow an interval entirely
                result[n++] = s;
                result[n++] = e;
            }
        }
        return n == result.length ? result : Arrays.copyOf(result, n);
    }

    private Instant toInstant(LocalDate date, long nanoOfDay) {
        if (nanoOfDay == NANOS_PER_DAY) {
            return date.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay), zone).toInstant();
    }

    private static final long[] NONE = new long[0];

    long[] hoursOf(LocalDate date) {
        if (coveredYears.contains(date.getYear())) {
            if (makeUpWorkingDays.contains(date)) {
                return makeUpDayHours();
            }
            if (holidays.contains(date)) {
                return NONE;
            }
        }
        long[] h = weeklyHours.get(date.getDayOfWeek());
        return h == null ? NONE : h;
    }

    private long[] makeUpDayHours() {
        long[] monday = weeklyHours.get(DayOfWeek.MONDAY);
        if (monday != null) {
            return monday;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            long[] h = weeklyHours.get(d);
            if (h != null) {
                return h;
            }
        }
        return NONE;
    }

    private static long[] flatten(DayOfWeek day, List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<long[]>(ranges);
        Collections.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
        long[] out = new long[sorted.size() * 2];
        for (int i = 0; i < sorted.size(); i++) {
            long[] r = sorted.get(i);
            if (i > 0 && r[0] < out[2 * i - 1]) {
                throw new IllegalArgumentException("hours of " + day + " overlap: " + format(r[0]) + "-"
                        + format(r[1]) + " starts before " + format(out[2 * i - 1]));
            }
            out[2 * i] = r[0];
            out[2 * i + 1] = r[1];
        }
        return out;
    }

    private static String format(long nanoOfDay) {
        return nanoOfDay == NANOS_PER_DAY ? "24:00" : LocalTime.ofNanoOfDay(nanoOfDay).toString();
    }

    static void requirePositive(Duration d, String name) {
        Limits.amount(d, name);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // reading succeeded or already failed; nothing to report
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WorkingCalendar)) {
            return false;
        }
        WorkingCalendar c = (WorkingCalendar) o;
        if (!zone.equals(c.zone) || !holidays.equals(c.holidays) || !makeUpWorkingDays.equals(c.makeUpWorkingDays)
                || !coveredYears.equals(c.coveredYears) || estimatePolicy != c.estimatePolicy || !weeklyHours.keySet().equals(c.weeklyHours.keySet())) {
            return false;
        }
        for (Map.Entry<DayOfWeek, long[]> e : weeklyHours.entrySet()) {
            if (!Arrays.equals(e.getValue(), c.weeklyHours.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = zone.hashCode();
        for (Map.Entry<DayOfWeek, long[]> e : weeklyHours.entrySet()) {
            h = h * 31 + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
        }
        return ((h * 31 + holidays.hashCode()) * 31 + makeUpWorkingDays.hashCode()) * 31 + coveredYears.hashCode() + estimatePolicy.hashCode();
    }

    /** @return a summary such as {@code WorkingCalendar[Asia/Shanghai, years [2025, 2026], 27 holidays, 11 make-up days]} */
    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", years " + coveredYears + ", " + holidays.size() + " holidays, "
                + makeUpWorkingDays.size() + " make-up days" + (estimatePolicy == EstimatePolicy.REFUSE ? ", refuses estimates" : "") + "]";
    }

    /**
     * Builds a {@link WorkingCalendar}: from code, from a calendar file ({@link #load(Reader)}), or both.
     *
     * <p>Not thread-safe; build on one thread.
     */
    public static final class Builder {
        private ZoneId zone;
        private final EnumMap<DayOfWeek, List<long[]>> hours = new EnumMap<DayOfWeek, List<long[]>>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new HashSet<LocalDate>();
        private final Set<LocalDate> makeUpDays = new HashSet<LocalDate>();
        private final Set<Integer> years = new TreeSet<Integer>();
        private EstimatePolicy estimatePolicy = EstimatePolicy.FLAG;

        private Builder() {
        }

        /**
         * Sets what the calendar does for dates without holiday data (default {@link EstimatePolicy#FLAG}).
         *
         * @param policy the policy, not null
         * @return this builder
         */
        public Builder estimates(EstimatePolicy policy) {
            this.estimatePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the IANA zone of the working hours.
         *
         * @param zone the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Adds a half-open working interval {@code [start, end)} to a day of the week.
         *
         * @param day the day of the week, not null
         * @param start the local start time, not null
         * @param end the local end time, not null; {@link LocalTime#MIDNIGHT} means 24:00
         * @return this builder
         * @throws IllegalArgumentException if the interval is empty or reversed
         */
        public Builder hours(DayOfWeek day, LocalTime start, LocalTime end) {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            long e = end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
            return addNanos(day, start.toNanoOfDay(), e);
        }

        /**
         * Adds the same half-open interval to Monday through Friday.
         *
         * @param start the local start time, not null
         * @param end the local end time, not null; {@link LocalTime#MIDNIGHT} means 24:00
         * @return this builder
         */
        public Builder weekdayHours(LocalTime start, LocalTime end) {
            for (DayOfWeek d : EnumSetHolder.WEEKDAYS) {
                hours(d, start, end);
            }
            return this;
        }

        private Builder addNanos(DayOfWeek day, long start, long end) {
            if (end <= start) {
                throw new IllegalArgumentException("working interval of " + day + " must have start < end, was "
                        + format(start) + "-" + format(end) + " (use 00:00 as end for 24:00)");
            }
            List<long[]> list = hours.get(day);
            if (list == null) {
                list = new ArrayList<long[]>();
                hours.put(day, list);
            }
            for (long[] existing : list) {
                if (existing[0] == start && existing[1] == end) {
                    return this; // the same interval twice (e.g. a loaded file repeating the hours) is harmless
                }
            }
            list.add(new long[] {start, end});
            return this;
        }

        /**
         * Declares that the holiday data of a year is complete: dates of that year are computed exactly.
         *
         * @param year the year
         * @return this builder
         */
        public Builder coveredYear(int year) {
            years.add(year);
            return this;
        }

        /**
         * Adds a holiday: the date has no working hours.
         *
         * @param date the date, not null; its year must be declared with {@link #coveredYear(int)} before building
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Adds every date of an inclusive range as a holiday.
         *
         * @param first the first holiday, not null
         * @param last the last holiday, inclusive, not null, not before {@code first}
         * @return this builder
         */
        public Builder holidays(LocalDate first, LocalDate last) {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("holiday range reversed: " + first + ".." + last);
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                holidays.add(d);
            }
            return this;
        }

        /**
         * Adds a make-up working day (调休): a date, usually a weekend day, that has the working hours of a Monday.
         *
         * @param date the date, not null; its year must be declared with {@link #coveredYear(int)} before building
         * @return this builder
         */
        public Builder makeUpWorkingDay(LocalDate date) {
            makeUpDays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Reads a calendar file (format in {@link WorkingCalendar}) as UTF-8 and adds its entries. Does not close
         * the stream.
         *
         * @param in the stream, not null
         * @return this builder
         * @throws IllegalArgumentException on a malformed line, naming the line number
         * @throws UncheckedIOException if reading fails
         */
        public Builder load(InputStream in) {
            Objects.requireNonNull(in, "in");
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        /**
         * Reads a calendar file (format in {@link WorkingCalendar}) and adds its entries. Does not close the reader.
         *
         * @param reader the reader, not null
         * @return this builder
         * @throws IllegalArgumentException on a malformed line, naming the line number
         * @throws UncheckedIOException if reading fails
         */
        public Builder load(Reader reader) {
            Objects.requireNonNull(reader, "reader");
            BufferedReader r = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
            int lineNo = 0;
            try {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lineNo++;
                    int hash = line.indexOf('#');
                    String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (content.isEmpty()) {
                        continue;
                    }
                    try {
                        parseLine(content);
                    } catch (DateTimeException | IllegalArgumentException e) {
                        throw new IllegalArgumentException("calendar line " + lineNo + " '" + line.trim()
                                + "': " + e.getMessage(), e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private void parseLine(String content) {
            int colon = content.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("expected 'key: value' with key zone, hours, year, holiday or workday");
            }
            String key = content.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
            String value = content.substring(colon + 1).trim();
            if (key.equals("zone")) {
                zone(ZoneId.of(value));
            } else if (key.equals("year")) {
                coveredYear(Integer.parseInt(value));
            } else if (key.equals("holiday")) {
                LocalDate[] range = parseDates(value);
                holidays(range[0], range[1]);
            } else if (key.equals("workday")) {
                LocalDate[] range = parseDates(value);
                for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                    makeUpWorkingDay(d);
                }
            } else if (key.equals("hours")) {
                parseHours(value);
            } else {
                throw new IllegalArgumentException("unknown key '" + key + "'; accepted: zone, hours, year, holiday, workday");
            }
        }

        private static LocalDate[] parseDates(String value) {
            int dots = value.indexOf("..");
            if (dots < 0) {
                LocalDate d = LocalDate.parse(value);
                return new LocalDate[] {d, d};
            }
            return new LocalDate[] {LocalDate.parse(value.substring(0, dots).trim()),
                LocalDate.parse(value.substring(dots + 2).trim())};
        }

        private void parseHours(String value) {
            int space = value.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("expected 'DAY[..DAY] HH:MM-HH:MM[, HH:MM-HH:MM]'");
            }
            String days = value.substring(0, space).trim().toUpperCase(java.util.Locale.ROOT);
            int dots = days.indexOf("..");
            DayOfWeek first = DayOfWeek.valueOf(dots < 0 ? days : days.substring(0, dots));
            DayOfWeek last = dots < 0 ? first : DayOfWeek.valueOf(days.substring(dots + 2));
            for (String range : value.substring(space + 1).split(",")) {
                String[] ends = range.trim().split("-");
                if (ends.length != 2) {
                    throw new IllegalArgumentException("expected HH:MM-HH:MM, was '" + range.trim() + "'");
                }
                long start = LocalTime.parse(ends[0].trim()).toNanoOfDay();
                String endText = ends[1].trim();
                long end = endText.equals("24:00") ? NANOS_PER_DAY : LocalTime.parse(endText).toNanoOfDay();
                for (int d = first.getValue(); ; d = d % 7 + 1) {
                    addNanos(DayOfWeek.of(d), start, end);
                    if (d == last.getValue()) {
                        break;
                    }
                }
            }
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar, not null
         * @throws IllegalStateException if no zone or no working hours were given
         * @throws IllegalArgumentException if intervals of a day overlap, or a holiday or make-up day lies in a year
         *     not declared with {@link #coveredYear(int)}
         */
        public WorkingCalendar build() {
            if (zone == null) {
                throw new IllegalStateException("zone is required (for example Asia/Shanghai)");
            }
            if (hours.isEmpty()) {
                throw new IllegalStateException("at least one weekly working interval is required");
            }
            checkYears(holidays, "holiday");
            checkYears(makeUpDays, "make-up working day");
            return new WorkingCalendar(this);
        }

        private void checkYears(Set<LocalDate> dates, String what) {
            for (LocalDate d : dates) {
                if (!years.contains(d.getYear())) {
                    throw new IllegalArgumentException(what + " " + d + " lies in year " + d.getYear()
                            + " which is not declared as covered; declared years: " + years);
                }
            }
        }
    }

    private static final class EnumSetHolder {
        static final DayOfWeek[] WEEKDAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};
    }
}
