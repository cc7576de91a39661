package dev.slakit.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * A duration whose value depends on calendar data (working time measured on a {@link WorkingCalendar}, or the time
 * left until a working-time deadline), and whether it is exact or an estimate (computed over dates the calendar has
 * no holiday data for). A duration measured in elapsed clock time is always exact.
 *
 * <p>Immutable and thread-safe.
 */
public final class CalendarDuration implements Comparable<CalendarDuration> {

    private final Duration duration;
    private final boolean estimate;

    private CalendarDuration(Duration duration, boolean estimate) {
        this.duration = duration;
        this.estimate = estimate;
    }

    /**
     * Obtains an instance.
     *
     * @param duration the duration, not null, may be negative (time left after a deadline)
     * @param estimate true if the duration is an estimate
     * @return the value, not null
     */
    public static CalendarDuration of(Duration duration, boolean estimate) {
        return new CalendarDuration(Objects.requireNonNull(duration, "duration"), estimate);
    }

    /**
     * Obtains an exact value.
     *
     * @param duration the duration, not null
     * @return the value, not null
     */
    public static CalendarDuration exact(Duration duration) {
        return of(duration, false);
    }

    /** @return the duration, not null */
    public Duration duration() {
        return duration;
    }

    /** @return true if the duration is an estimate */
    public boolean isEstimate() {
        return estimate;
    }

    /**
     * Compares by duration, then exact before estimate.
     *
     * @param other the other value, not null
     * @return the comparison result
     */
    @Override
    public int compareTo(CalendarDuration other) {
        int c = duration.compareTo(other.duration);
        return c != 0 ? c : Boolean.compare(estimate, other.estimate);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CalendarDuration)) {
            return false;
        }
        CalendarDuration d = (CalendarDuration) o;
        return estimate == d.estimate && duration.equals(d.duration);
    }

    @Override
    public int hashCode() {
        return duration.hashCode() * 31 + (estimate ? 1 : 0);
    }

    /** @return the ISO-8601 duration, followed by " (estimate)" for an estimate */
    @Override
    public String toString() {
        return estimate ? duration + " (estimate)" : duration.toString();
    }
}
