package dev.slakit.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time span a {@link ListEventsRequest} covers: the half-open interval {@code [from, to)} of the
 * {@link #days()} calendar days in {@link #ZONE} (Asia/Shanghai) ending with {@link #lastDay()} inclusive.
 * See {@link ListEventsRequest#window()} for the reading of {@code EndDate} and {@code NumOfDay}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LookbackWindow {

    /** The zone whose calendar days {@code EndDate} and {@code NumOfDay} count in: Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LocalDate lastDay;
    private final int days;

    private LookbackWindow(LocalDate lastDay, int days) {
        this.lastDay = lastDay;
        this.days = days;
    }

    /**
     * @param lastDay the last calendar day of the window ({@code EndDate}), not null
     * @param days how many calendar days the window holds ({@code NumOfDay}), at least 1
     * @return the window {@code [lastDay - (days - 1) 00:00, lastDay + 1 00:00)} in {@link #ZONE}
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public static LookbackWindow of(LocalDate lastDay, int days) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1 (calendar days ending with lastDay), was " + days);
        }
        return new LookbackWindow(lastDay, days);
    }

    /** @return the first calendar day of the window, in {@link #ZONE} */
    public LocalDate firstDay() {
        return lastDay.minusDays(days - 1L);
    }

    /** @return the last calendar day of the window ({@code EndDate}), in {@link #ZONE} */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** @return how many calendar days the window holds, at least 1 */
    public int days() {
        return days;
    }

    /** @return the first instant of the window (inclusive): the start of {@link #firstDay()} in {@link #ZONE} */
    public Instant from() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** @return the end of the window (exclusive): the start of the day after {@link #lastDay()} in {@link #ZONE} */
    public Instant to() {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * @param instant an instant, not null
     * @return true if {@code from() <= instant < to()}
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(from()) && instant.isBefore(to());
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LookbackWindow)) {
            return false;
        }
        LookbackWindow that = (LookbackWindow) o;
        return days == that.days && lastDay.equals(that.lastDay);
    }

    @Override
    public int hashCode() {
        return 31 * lastDay.hashCode() + days;
    }

    /** @return such as {@code [2020-02-10, 2020-02-15] Asia/Shanghai (6 days)} */
    @Override
    public String toString() {
        return "[" + firstDay() + ", " + lastDay + "] " + ZONE + " (" + days + (days == 1 ? " day)" : " days)");
    }
}
