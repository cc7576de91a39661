package dev.slakit.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The answer of every calendar-derived date or instant computation: an instant, the zone it was computed in, and
 * whether it is exact or an <em>estimate</em>.
 *
 * <p>An answer is an estimate when its computation looked at a date for which the working calendar has no holiday
 * data (a year outside {@link WorkingCalendar#coveredYears()}): such dates are taken to be plain weekly-hours days,
 * although they may be holidays or make-up working days. A clock-time deadline (such as "12 min") is always exact.
 * slakit never presents an estimate as exact: every public method whose answer depends on calendar data returns a
 * {@code Deadline}, a {@link CalendarDuration}, a {@link CalendarDay} or a type carrying their flag, or refuses with
 * {@link UncoveredDateException}.
 *
 * <p>A deadline carries a zone: for a calendar computation the calendar's zone, for a clock-time deadline UTC. A
 * date answer (such as {@link WorkingCalendar#plusWorkingDays(LocalDate, int)}) is the start of that date in the
 * zone, and {@link #date()} gives the date back.
 *
 * <p>Immutable and thread-safe.
 */
public final class Deadline implements Comparable<Deadline> {

    private final Instant instant;
    private final ZoneId zone;
    private final boolean estimate;

    private Deadline(Instant instant, ZoneId zone, boolean estimate) {
        this.instant = instant;
        this.zone = zone;
        this.estimate = estimate;
    }

    /**
     * Obtains an exact deadline in UTC.
     *
     * @param instant the due instant, not null
     * @return the exact deadline, not null
     */
    public static Deadline exact(Instant instant) {
        return of(instant, ZoneOffset.UTC, false);
    }

    /**
     * Obtains a deadline in UTC that is an estimate because calendar data was missing.
     *
     * @param instant the estimated due instant, not null
     * @return the estimated deadline, not null
     */
    public static Deadline estimate(Instant instant) {
        return of(instant, ZoneOffset.UTC, true);
    }

    /**
     * Obtains a deadline in UTC.
     *
     * @param instant the due instant, not null
     * @param estimate true if the instant is an estimate
     * @return the deadline, not null
     */
    public static Deadline of(Instant instant, boolean estimate) {
        return of(instant, ZoneOffset.UTC, estimate);
    }

    /**
     * Obtains a deadline computed in a zone.
     *
     * @param instant the due instant, not null
     * @param zone the zone the instant was computed in (a calendar's zone), not null
     * @param estimate true if the instant is an estimate
     * @return the deadline, not null
     */
    public static Deadline of(Instant instant, ZoneId zone, boolean estimate) {
        return new Deadline(Objects.requireNonNull(instant, "instant"), Objects.requireNonNull(zone, "zone"), estimate);
    }

    /**
     * Obtains a date answer: the start of {@code date} in {@code zone}.
     *
     * @param date the local date, not null
     * @param zone the zone of the date, not null
     * @param estimate true if the date is an estimate
     * @return the deadline at the start of the date, not null
     */
    public static Deadline ofDate(LocalDate date, ZoneId zone, boolean estimate) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        return new Deadline(date.atStartOfDay(zone).toInstant(), zone, estimate);
    }

    /** @return the due instant, not null */
    public Instant instant() {
        return instant;
    }

    /** @return the zone the deadline was computed in (UTC for clock-time deadlines), not null */
    public ZoneId zone() {
        return zone;
    }

    /** @return the instant in {@link #zone()}, not null */
    public ZonedDateTime dateTime() {
        return instant.atZone(zone);
    }

    /** @return the local date of the instant in {@link #zone()}, not null */
    public LocalDate date() {
        return dateTime().toLocalDate();
    }

    /**
     * The local date of the instant in another zone.
     *
     * @param zone the zone, not null
     * @return the local date, not null
     */
    public LocalDate date(ZoneId zone) {
        return instant.atZone(Objects.requireNonNull(zone, "zone")).toLocalDate();
    }

    /** @return true if the instant is an estimate (computed from dates without calendar data) */
    public boolean isEstimate() {
        return estimate;
    }

    /**
     * Compares by instant, then exact before estimate, then by zone id.
     *
     * @param other the other deadline, not null
     * @return the comparison result
     */
    @Override
    public int compareTo(Deadline other) {
        int c = instant.compareTo(other.instant);
        if (c != 0) {
            return c;
        }
        c = Boolean.compare(estimate, other.estimate);
        return c != 0 ? c : zone.getId().compareTo(other.zone.getId());
    }

    /** @return true for a deadline with the same instant, zone and estimate flag */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Deadline)) {
            return false;
        }
        Deadline d = (Deadline) o;
        return estimate == d.estimate && instant.equals(d.instant) && zone.equals(d.zone);
    }

    @Override
    public int hashCode() {
        return (instant.hashCode() * 31 + zone.hashCode()) * 31 + (estimate ? 1 : 0);
    }

    /** @return the instant in ISO-8601, followed by " (estimate)" for an estimate */
    @Override
    public String toString() {
        return estimate ? instant + " (estimate)" : instant.toString();
    }
}
