package dev.slakit.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * The result of a deadline computation: an instant, and whether it is exact or an estimate.
 *
 * <p>A deadline is an <em>estimate</em> when its computation looked at a date for which the working calendar has
 * no data (a year after the shipped holiday data): such dates are taken to be plain Monday-Friday days. A clock-time
 * deadline (such as "12 min") is always exact. slakit never presents an estimate as exact.
 *
 * <p>Immutable and thread-safe.
 */
public final class Deadline implements Comparable<Deadline> {

    private final Instant instant;
    private final boolean estimate;

    private Deadline(Instant instant, boolean estimate) {
        this.instant = instant;
        this.estimate = estimate;
    }

    /**
     * Obtains an exact deadline.
     *
     * @param instant the due instant, not null
     * @return the exact deadline
     */
    public static Deadline exact(Instant instant) {
        return new Deadline(Objects.requireNonNull(instant, "instant"), false);
    }

    /**
     * Obtains a deadline that is an estimate because calendar data was missing.
     *
     * @param instant the estimated due instant, not null
     * @return the estimated deadline
     */
    public static Deadline estimate(Instant instant) {
        return new Deadline(Objects.requireNonNull(instant, "instant"), true);
    }

    /**
     * Obtains a deadline.
     *
     * @param instant the due instant, not null
     * @param estimate true if the instant is an estimate
     * @return the deadline
     */
    public static Deadline of(Instant instant, boolean estimate) {
        return new Deadline(Objects.requireNonNull(instant, "instant"), estimate);
    }

    /** @return the due instant, not null */
    public Instant instant() {
        return instant;
    }

    /** @return true if the instant is an estimate (computed from dates without calendar data) */
    public boolean isEstimate() {
        return estimate;
    }

    /**
     * Compares by instant, then exact before estimate.
     *
     * @param other the other deadline, not null
     * @return the comparison result
     */
    @Override
    public int compareTo(Deadline other) {
        int c = instant.compareTo(other.instant);
        return c != 0 ? c : Boolean.compare(estimate, other.estimate);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Deadline)) {
            return false;
        }
        Deadline d = (Deadline) o;
        return estimate == d.estimate && instant.equals(d.instant);
    }

    @Override
    public int hashCode() {
        return instant.hashCode() * 31 + (estimate ? 1 : 0);
    }

    /** @return the instant in ISO-8601, followed by " (estimate)" for an estimate */
    @Override
    public String toString() {
        return estimate ? instant + " (estimate)" : instant.toString();
    }
}
