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
     * @param minutes the minutes, positive
     * @return the target
     */
    public static SlaTarget minutes(long minutes) {
        requirePositive(minutes, "minutes");
        return new SlaTarget(Duration.ofMinutes(minutes), null, minutes + " min");
    }

    /**
     * A clock-time target of whole hours, printed as "3 h".
     *
     * @param hours the hours, positive
     * @return the target
     */
    public static SlaTarget hours(long hours) {
        requirePositive(hours, "hours");
        return new SlaTarget(Duration.ofHours(hours), null, hours + " h");
    }

    /**
     * A clock-time target of any positive duration, printed in hours, minutes or seconds, whichever divides it.
     *
     * @param duration the elapsed time, positive
     * @return the target
     */
    public static SlaTarget clock(Duration duration) {
        WorkingCalendar.requirePositive(duration, "duration");
        return new SlaTarget(duration, null, format(duration));
    }

    /**
     * A target of whole working days, each 24 hours of working time on the calendar (for the China mainland
     * calendar: a whole working day 00:00-24:00), printed as "1 working day".
     *
     * @param days the working days, positive
     * @param calendar the calendar, not null
     * @return the target
     */
    public static SlaTarget workingDays(long days, WorkingCalendar calendar) {
        requirePositive(days, "days");
        Objects.requireNonNull(calendar, "calendar");
        return new SlaTarget(WORKING_DAY.multipliedBy(days), calendar, days + (days == 1 ? " working day" : " working days"));
    }

    /**
     * A target of working time on a calendar, printed as "8 h working time".
     *
     * @param duration the working time, positive
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
     * Computes the due instant for a submission.
     *
     * @param submitted the submission instant, not null
     * @return the due instant with its estimate flag (only working-time targets can be estimates), not null
     */
    public Deadline deadline(Instant submitted) {
        Objects.requireNonNull(submitted, "submitted");
        if (calendar == null) {
            return Deadline.exact(submitted.plus(amount));
        }
        return calendar.plusWorkingTime(submitted, amount);
    }

    /**
     * Computes the due instant for a submission, without the estimate flag.
     *
     * @param submitted the submission instant, not null
     * @return the due instant, not null
     */
    public Instant dueAt(Instant submitted) {
        Objects.requireNonNull(submitted, "submitted");
        return calendar == null ? submitted.plus(amount) : calendar.plusWorkingTime(submitted, amount).instant();
    }

    /**
     * Measures the target time consumed between submission and an instant: elapsed time for a clock target,
     * working time for a working-time target.
     *
     * @param submitted the submission, not null
     * @param at the instant, not null, not before {@code submitted}
     * @return the consumed time, not negative
     */
    public Duration consumed(Instant submitted, Instant at) {
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(at, "at");
        if (at.isBefore(submitted)) {
            throw new IllegalArgumentException("at (" + at + ") must not be before submitted (" + submitted + ")");
        }
        return calendar == null ? Duration.between(submitted, at) : calendar.workingTimeBetween(submitted, at);
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

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SlaTarget)) {
            return false;
        }
        SlaTarget t = (SlaTarget) o;
        return amount.equals(t.amount) && label.equals(t.label) && Objects.equals(calendar, t.calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, label, calendar);
    }

    /** @return the same as {@link #describe()} */
    @Override
    public String toString() {
        return label;
    }
}
