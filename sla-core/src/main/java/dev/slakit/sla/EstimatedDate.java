package dev.slakit.sla;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar date computed on a {@link WorkingCalendar}, and whether it is exact or an estimate (computed from
 * dates the calendar has no holiday data for).
 *
 * <p>Immutable and thread-safe.
 */
public final class EstimatedDate {

    private final LocalDate date;
    private final boolean estimate;

    private EstimatedDate(LocalDate date, boolean estimate) {
        this.date = date;
        this.estimate = estimate;
    }

    /**
     * Obtains an instance.
     *
     * @param date the date, not null
     * @param estimate true if the date is an estimate
     * @return the value
     */
    public static EstimatedDate of(LocalDate date, boolean estimate) {
        return new EstimatedDate(Objects.requireNonNull(date, "date"), estimate);
    }

    /** @return the date, not null */
    public LocalDate date() {
        return date;
    }

    /** @return true if the date is an estimate */
    public boolean isEstimate() {
        return estimate;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EstimatedDate)) {
            return false;
        }
        EstimatedDate d = (EstimatedDate) o;
        return estimate == d.estimate && date.equals(d.date);
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + (estimate ? 1 : 0);
    }

    /** @return the ISO date, followed by " (estimate)" for an estimate */
    @Override
    public String toString() {
        return estimate ? date + " (estimate)" : date.toString();
    }
}
