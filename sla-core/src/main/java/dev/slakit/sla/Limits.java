package dev.slakit.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** The accepted ranges of instants and amounts, with the checks that name the argument. Stateless. */
final class Limits {

    /** The earliest accepted instant: 0001-01-01T00:00:00Z. */
    static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest accepted instant: 9999-12-31T23:59:59.999999999Z. */
    static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** The largest target or working-time amount: 3,660 days (about ten years). */
    static final Duration MAX_AMOUNT = Duration.ofDays(3_660);
    /** The largest number of working days added at once. */
    static final int MAX_DAYS = 3_660;

    private Limits() {
    }

    static Instant instant(Instant instant, String name) {
        Objects.requireNonNull(instant, name);
        if (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT)) {
            throw new IllegalArgumentException(name + " must be between " + MIN_INSTANT + " and " + MAX_INSTANT
                    + " (years 1 to 9999), was " + instant);
        }
        return instant;
    }

    static LocalDate date(LocalDate date, String name) {
        Objects.requireNonNull(date, name);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException(name + " must be between 0001-01-01 and 9999-12-31, was " + date);
        }
        return date;
    }

    static YearMonth month(YearMonth month, String name) {
        Objects.requireNonNull(month, name);
        if (month.getYear() < 1 || month.getYear() > 9999) {
            throw new IllegalArgumentException(name + " must be between 0001-01 and 9999-12, was " + month);
        }
        return month;
    }

    static Duration amount(Duration amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.isZero() || amount.isNegative() || amount.compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException(name + " must be a positive duration of at most " + MAX_AMOUNT
                    + " (3660 days), was " + amount);
        }
        return amount;
    }

    /** Checks a count of 1 to {@code max}; {@code unit} such as "minutes (3660 days)". */
    static long count(long value, long max, String name, String unit) {
        if (value <= 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 1 and " + max + " " + unit + ", was " + value);
        }
        return value;
    }
}
