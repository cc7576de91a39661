package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open period of time {@code [start, end)}: a calendar month, a service cycle of a partner package, or a
 * report window.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServicePeriod {

    private final Instant start;
    private final Instant end;

    private ServicePeriod(Instant start, Instant end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains a period.
     *
     * @param start the start, inclusive, not null
     * @param end the end, exclusive, not null, after {@code start}
     * @return the period
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public static ServicePeriod of(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period end (" + end + ") must be after start (" + start + ")");
        }
        return new ServicePeriod(start, end);
    }

    /**
     * A calendar month in a zone: from the 1st at 00:00 to the 1st of the next month at 00:00.
     *
     * @param month the month, not null
     * @param zone the zone, not null
     * @return the period
     */
    public static ServicePeriod ofMonth(YearMonth month, ZoneId zone) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        return new ServicePeriod(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** @return the start, inclusive */
    public Instant start() {
        return start;
    }

    /** @return the end, exclusive */
    public Instant end() {
        return end;
    }

    /** @return the length of the period, positive */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * Tells whether an instant lies in the period.
     *
     * @param instant the instant, not null
     * @return true if {@code start <= instant < end}
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServicePeriod)) {
            return false;
        }
        ServicePeriod p = (ServicePeriod) o;
        return start.equals(p.start) && end.equals(p.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /** @return the period as {@code [start, end)} */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
