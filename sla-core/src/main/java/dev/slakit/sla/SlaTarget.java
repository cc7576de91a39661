package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A first-response target: either elapsed clock time (such as "12 min", all 7x24 targets of the documents) or
 * working time on a {@link WorkingCalendar} (such as "1 working day", the BASIC plan of the CN FAQ).
 *
 * <p>The due instant of a target is {@code submitted + target} (for working time: {@code target} of working time
 * after {@code submitted}). The documents write the targets as "&lt; 12 分钟": slakit reads that as "the response
 * must come strictly before the due instant"; a response exactly at the due instant is late.
 *
 * <p>Amounts are positive and at most 3660 days (about ten years); larger or non-positive amounts throw
 * {@link IllegalArgumentException} naming the argument and the accepted range. Two targets are equal when they
 * measure the same amount the same way (clock time, or working time on equal calendars), whatever their labels:
 * {@code minutes(60)} equals {@code hours(1)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SlaTarget {

    private static final Duration WORKING_DAY = Duration.ofHours(24);

    private final Duration amount;
    private final WorkingCalendar calendar; // null for clock time
    private final String label;

    private SlaTarget(Duration amount, WorkingCalendar calendar, String label) {
        this.amount = amount;
        this.calendar = calendar;
        this.label = label;
    }

    /**
     * A clock-time target of whole minutes, printed as "12 min".
     *
     * @param minutes the minutes, 1 to 5270400 (3660 days)
     * @return the target
     * @throws IllegalArgumentException if out of range
     */
    public static SlaTarget minutes(long minutes) {
        Limits.count(minutes, Limits.MAX_AMOUNT.toMinutes(), "minutes", "minutes (3660 days)");
        return new SlaTarget(Duration.ofMinutes(minutes), null, minutes + " min");
    }

    /**
     * A clock-time target of whole hours, printed as "3 h".
     *
     * @param hours the hours, 1 to 87840 (3660 days)
     * @return the target
     * @throws IllegalArgumentException if out of range
     */
    public static SlaTarget hours(long hours) {
        Limits.count(hours, Limits.MAX_AMOUNT.toHours(), "hours", "hours (3660 days)");
        return new SlaTarget(Duration.ofHours(hours), null, hours + " h");
    }

    /**
     * A clock-time target of any positive duration, printed in hours, minutes or seconds, whichever divides it.
     *
     * @param duration the elapsed time, positive, at most 3660 days
     * @return the target
     * @throws IllegalArgumentException if out of range
     */
    public static SlaTarget clock(Duration duration) {
        WorkingCalendar.requirePositive(duration, "duration");
        return new SlaTarget(duration, null, format(duration));
    }

    /**
     * A target of whole working days, each 24 hours of working time on the calendar (for the China mainland
     * calendar: a whole working day 00:00-24:00), printed as "1 working day".
     *
     * @param days the working days, 1 to 3660
     * @param calendar the calendar, not null
     * @return the target
     * @throws IllegalArgumentException if out of range
     */
    public static SlaTarget workingDays(long days, WorkingCalendar calendar) {
        Limits.count(days, Limits.MAX_DAYS, "days", "days");
        Objects.requireNonNull(calendar, "calendar");
        return new SlaTarget(WORKING_DAY.multipliedBy(days), calendar, days + (days == 1 ? " working day" : " working days"));
    }

    /**
     * A target of working time on a calendar, printed as "8 h working time".
     *
     * @param duration the working time, positive, at most 3660 days
     * @param calendar the calendar, not null
     * @return the target
     */
    public static SlaTarget workingTime(Duration duration, WorkingCalendar calendar) {
        WorkingCalendar.requirePositive(duration, "duration");
        Objects.requireNonNull(calendar, "calendar");
        return new SlaTarget(duration, calendar, format(duration) + " working time");
    }

    /** @return the elapsed time (clock targets) or working time (working-time targets), positive */
    public Duration amount() {
        return amount;
    }

    /** @return true for elapsed clock time, false for working time */
    public boolean isClockTime() {
        return calendar == null;
    }

    /**
     * The calendar of a working-time target.
     *
     * @return the calendar, or empty for a clock-time target
     */
    public java.util.Optional<WorkingCalendar> calendar() {
        return java.util.Optional.ofNullable(calendar);
    }

    /**
     * Returns the same target measured on another calendar (for a clock-time target: this target).
     *
     * @param other the calendar, not null
     * @return the target, not null
     */
    SlaTarget onCalendar(WorkingCalendar other) {
        Objects.requireNonNull(other, "other");
        return calendar == null ? this : new SlaTarget(amount, other, label);
    }

    /**
     * Computes the due instant for a submission.
     *
     * @param submitted the submission instant, not null, in years 1 to 9999
     * @return the due instant with its estimate flag (only working-time targets can be estimates), not null
     * @throws IllegalArgumentException if {@code submitted} is out of range
     * @throws UncoveredDateException if the calendar refuses estimates and a date without data is needed
     */
    public Deadline deadline(Instant submitted) {
        Limits.instant(submitted, "submitted");
        if (calendar == null) {
            return Deadline.exact(submitted.plus(amount));
        }
        return calendar.plusWorkingTime(submitted, amount);
    }

    /**
     * Computes the due instant for a submission, as a bare instant: exact for clock-time targets; for a working-time
     * target only when the calendar has the data, otherwise this method refuses (use {@link #deadline(Instant)},
     * which flags estimates).
     *
     * @param submitted the submission instant, not null, in years 1 to 9999
     * @return the exact due instant, not null
     * @throws UncoveredDateException if the due instant would be an estimate
     * @throws IllegalArgumentException if {@code submitted} is out of range
     */
    public Instant dueAt(Instant submitted) {
        Deadline d = deadline(submitted);
        if (d.isEstimate()) {
            throw new UncoveredDateException("the due instant of a " + label + " target submitted at " + submitted
                    + " is an estimate (" + d.instant() + "): the calendar has no holiday data for "
                    + calendar.uncoveredYears(submitted, d.instant()) + " (covered years: " + calendar.coveredYears()
                    + "); use deadline(submitted), which flags estimates, or " + UncoveredDateException.howToAdd(),
                    calendar.uncoveredYears(submitted, d.instant()));
        }
        return d.instant();
    }

    /**
     * Measures the target time consumed between submission and an instant: elapsed time for a clock target (always
     * exact), working time for a working-time target (flagged as an estimate over dates without calendar data).
     *
     * @param submitted the submission, not null, in years 1 to 9999
     * @param at the instant, not null, not before {@code submitted}, in years 1 to 9999
     * @return the consumed time, not negative, not null
     * @throws IllegalArgumentException if {@code at} is before {@code submitted} or an instant is out of range
     */
    public CalendarDuration consumed(Instant submitted, Instant at) {
        Limits.instant(submitted, "submitted");
        Limits.instant(at, "at");
        if (at.isBefore(submitted)) {
            throw new IllegalArgumentException("at (" + at + ") must not be before submitted (" + submitted + ")");
        }
        return calendar == null ? CalendarDuration.exact(Duration.between(submitted, at))
                : calendar.workingTimeBetween(submitted, at);
    }

    /** @return the text of the target as the documents write it, such as "12 min", "3 h", "1 working day" */
    public String describe() {
        return label;
    }

    private static String format(Duration d) {
        if (d.getNano() == 0 && d.getSeconds() % 3600 == 0) {
            return d.getSeconds() / 3600 + " h";
        }
        if (d.getNano() == 0 && d.getSeconds() % 60 == 0) {
            return d.getSeconds() / 60 + " min";
        }
        return d.toString();
    }

    /**
     * Compares amount and kind: equal for the same amount measured the same way (clock time, or working time on
     * equal calendars); labels are ignored, so {@code minutes(60)} equals {@code hours(1)}.
     *
     * @param o the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SlaTarget)) {
            return false;
        }
        SlaTarget t = (SlaTarget) o;
        return amount.equals(t.amount) && Objects.equals(calendar, t.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, calendar);
    }

    /** @return the same as {@link #describe()} */
    @Override
    public String toString() {
        return label;
    }
}
