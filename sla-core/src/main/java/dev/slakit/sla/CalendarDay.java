package dev.slakit.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link WorkingCalendar} says about a date (see {@link WorkingCalendar#dayKind(LocalDate)}): a working day,
 * a rest day, a holiday or a make-up working day (调休), and whether that is exact or an estimate. For a date outside
 * the calendar's holiday data the kind is only {@link Kind#WORKING_DAY} or {@link Kind#REST_DAY}, from the weekly
 * hours, and {@link #isEstimate()} is true: the date may well be a holiday or a make-up working day.
 *
 * <p>Immutable and thread-safe.
 */
public final class CalendarDay {

    /** The kind of a date. */
    public enum Kind {
        /** A day with weekly working hours that is not a holiday. */
        WORKING_DAY(true),
        /** A day without weekly working hours (a weekend) that is not a make-up working day. */
        REST_DAY(false),
        /** A statutory holiday: no working hours. */
        HOLIDAY(false),
        /** A make-up working day (调休): usually a weekend day, with the working hours of a Monday. */
        MAKE_UP_WORKING_DAY(true);

        private final boolean working;

        Kind(boolean working) {
            this.working = working;
        }

        /** @return true for the kinds with working hours */
        public boolean isWorking() {
            return working;
        }
    }

    private final LocalDate date;
    private final Kind kind;
    private final boolean estimate;

    private CalendarDay(LocalDate date, Kind kind, boolean estimate) {
        this.date = date;
        this.kind = kind;
        this.estimate = estimate;
    }

    /**
     * Obtains an instance.
     *
     * @param date the date, not null
     * @param kind the kind, not null
     * @param estimate true if the kind is an estimate (the calendar has no data for the date's year)
     * @return the value, not null
     * @throws IllegalArgumentException for an estimated {@link Kind#HOLIDAY} or {@link Kind#MAKE_UP_WORKING_DAY}
     *     (without data nothing is known to be a holiday)
     */
    public static CalendarDay of(LocalDate date, Kind kind, boolean estimate) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (estimate && (kind == Kind.HOLIDAY || kind == Kind.MAKE_UP_WORKING_DAY)) {
            throw new IllegalArgumentException("kind of an estimated day must be WORKING_DAY or REST_DAY, was " + kind);
        }
        return new CalendarDay(date, kind, estimate);
    }

    /** @return the date, not null */
    public LocalDate date() {
        return date;
    }

    /** @return the kind, not null */
    public Kind kind() {
        return kind;
    }

    /** @return true if the date has working hours ({@link Kind#isWorking()}) */
    public boolean isWorkingDay() {
        return kind.isWorking();
    }

    /** @return true if the kind is an estimate (no holiday data for the date's year) */
    public boolean isEstimate() {
        return estimate;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CalendarDay)) {
            return false;
        }
        CalendarDay d = (CalendarDay) o;
        return estimate == d.estimate && kind == d.kind && date.equals(d.date);
    }

    @Override
    public int hashCode() {
        return (date.hashCode() * 31 + kind.hashCode()) * 31 + (estimate ? 1 : 0);
    }

    /** @return a summary such as {@code 2030-01-01 WORKING_DAY (estimate)} */
    @Override
    public String toString() {
        return date + " " + kind + (estimate ? " (estimate)" : "");
    }
}
