package dev.slakit.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the examples write instants, dates and durations. Stateless. */
final class Formats {

    /** The zone of the support plans, the Status API and the China mainland calendar. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** @return {@code MM-dd HH:mm} in Asia/Shanghai */
    static String shortChina(Instant instant) {
        return SHORT.format(instant.atZone(CHINA));
    }

    /** @return {@code MM-dd HH:mm} in UTC */
    static String shortUtc(Instant instant) {
        return SHORT.format(instant.atZone(ZoneOffset.UTC));
    }

    /** @return {@code yyyy-MM-dd HH:mm} in Asia/Shanghai */
    static String china(Instant instant) {
        return LONG.format(instant.atZone(CHINA));
    }

    /** @return {@code HH:mm} in Asia/Shanghai */
    static String timeChina(Instant instant) {
        return TIME.format(instant.atZone(CHINA));
    }

    /** @return {@code yyyy-MM-dd Ddd}, such as {@code 2026-02-24 Tue} */
    static String dateWithDay(LocalDate date) {
        return date + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /**
     * A duration as a person reads it: {@code 25 min}, {@code 8 h 05 min}, {@code 3 d 4 h} (to the minute),
     * and under a minute {@code 1.5 s} or {@code 200 ms}; negative ones with a leading minus sign.
     *
     * @param duration the duration, not null
     * @return the text
     */
    static String duration(Duration duration) {
        Duration abs = duration.abs();
        if (abs.compareTo(Duration.ofMinutes(1)) < 0) {
            String sign = duration.isNegative() ? "-" : "";
            long millis = abs.toMillis();
            return sign + (millis < 1000 ? millis + " ms"
                    : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s");
        }
        long minutes = abs.toMinutes();
        String sign = duration.isNegative() ? "-" : "";
        if (minutes >= 24 * 60) {
            return sign + minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
        }
        if (minutes >= 60) {
            return sign + minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min";
        }
        return sign + minutes + " min";
    }
}
