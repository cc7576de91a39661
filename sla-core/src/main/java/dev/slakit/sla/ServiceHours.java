package dev.slakit.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a channel is staffed for a tier (availability, not a response target): 7x24, a daily window (online chat
 * human agents 09:00-24:00 Asia/Shanghai, every day), or not offered.
 *
 * <p>Windows are half-open {@code [start, end)} local times in the zone; an end of {@link LocalTime#MIDNIGHT}
 * means 24:00.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceHours {

    /** The kind of availability. */
    public enum Availability {
        /** 7×24 hours. */
        ALWAYS,
        /** Every day within a local time window. */
        DAILY_WINDOW,
        /** The channel is not offered to the tier (不支持). */
        NOT_OFFERED
    }

    private final Availability availability;
    private final LocalTime start;
    private final LocalTime end;
    private final ZoneId zone;
    private final boolean fastLane;
    private final String description;
    private final boolean boundNumber;

    private ServiceHours(Availability availability, LocalTime start, LocalTime end, ZoneId zone, boolean fastLane,
            String description) {
        this(availability, start, end, zone, fastLane, description, false);
    }

    private ServiceHours(Availability availability, LocalTime start, LocalTime end, ZoneId zone, boolean fastLane,
            String description, boolean boundNumber) {
        this.availability = availability;
        this.start = start;
        this.end = end;
        this.zone = zone;
        this.fastLane = fastLane;
        this.description = description;
        this.boundNumber = boundNumber;
    }

    /**
     * Returns a copy whose service (its fast lane) is reached only from the customer's bound service number: the
     * 商业级 hotline "快速进线人工服务（需使用绑定的服务号码）".
     *
     * @return the copy, not null
     */
    public ServiceHours requiringBoundServiceNumber() {
        return new ServiceHours(availability, start, end, zone, fastLane, description, true);
    }

    /**
     * Tells whether the service must be called from the service number bound to the account (需使用绑定的服务号码):
     * true for the 商业级 hotline fast lane; calls from other numbers get the ordinary hotline.
     *
     * @return true if a bound service number is required
     */
    public boolean requiresBoundServiceNumber() {
        return boundNumber;
    }

    /**
     * Around the clock, every day.
     *
     * @param fastLane true for a fast lane to a human (商业级: 快速进线)
     * @param description the document's wording, not null
     * @return the service hours
     */
    public static ServiceHours always(boolean fastLane, String description) {
        return new ServiceHours(Availability.ALWAYS, null, null, null, fastLane,
                Objects.requireNonNull(description, "description"));
    }

    /**
     * Every day in a local window {@code [start, end)}.
     *
     * @param start the opening local time, not null
     * @param end the closing local time, not null; {@link LocalTime#MIDNIGHT} means 24:00
     * @param zone the zone of the window, not null
     * @param fastLane true for a fast lane to a human (商业级: 快速进线)
     * @param description the document's wording, not null
     * @return the service hours
     * @throws IllegalArgumentException if the window is empty or reversed
     */
    public static ServiceHours dailyWindow(LocalTime start, LocalTime end, ZoneId zone, boolean fastLane,
            String description) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(description, "description");
        if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
            throw new IllegalArgumentException("window must have start < end (00:00 as end means 24:00), was "
                    + start + "-" + end);
        }
        return new ServiceHours(Availability.DAILY_WINDOW, start, end, zone, fastLane, description);
    }

    /**
     * A channel that is not offered.
     *
     * @param description the document's wording, not null
     * @return the service hours
     */
    public static ServiceHours notOffered(String description) {
        return new ServiceHours(Availability.NOT_OFFERED, null, null, null, false,
                Objects.requireNonNull(description, "description"));
    }

    /** @return the kind of availability, not null */
    public Availability availability() {
        return availability;
    }

    /** @return true unless {@link Availability#NOT_OFFERED} */
    public boolean isOffered() {
        return availability != Availability.NOT_OFFERED;
    }

    /** @return true if the tier has a fast lane to a human on this channel (商业级 快速进线) */
    public boolean isFastLane() {
        return fastLane;
    }

    /** @return the window's opening local time, empty unless {@link Availability#DAILY_WINDOW} */
    public Optional<LocalTime> windowStart() {
        return Optional.ofNullable(start);
    }

    /** @return the window's closing local time (00:00 means 24:00), empty unless {@link Availability#DAILY_WINDOW} */
    public Optional<LocalTime> windowEnd() {
        return Optional.ofNullable(end);
    }

    /** @return the zone of the window, empty unless {@link Availability#DAILY_WINDOW} */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /** @return the document's wording, such as "7×15小时 人工服务（早9:00-晚24:00）" */
    public String description() {
        return description;
    }

    /**
     * Tells whether the channel is staffed at an instant.
     *
     * @param instant the instant, not null, in years 1 to 9999 (otherwise IllegalArgumentException)
     * @return true if open
     */
    public boolean isOpenAt(Instant instant) {
        Limits.instant(instant, "instant");
        switch (availability) {
            case ALWAYS:
                return true;
            case NOT_OFFERED:
                return false;
            default:
                LocalDate date = instant.atZone(zone).toLocalDate();
                return !instant.isBefore(opening(date)) && instant.isBefore(closing(date));
        }
    }

    /**
     * The first instant at or after {@code instant} at which the channel is staffed: {@code instant} itself when
     * open, otherwise the next opening. Answers "is a human available now, and if not, from when?".
     *
     * @param instant the instant, not null, in years 1 to 9999 (otherwise IllegalArgumentException)
     * @return the instant from which the channel is staffed, or empty if it is never offered
     */
    public Optional<Instant> availableFrom(Instant instant) {
        Limits.instant(instant, "instant");
        if (availability == Availability.NOT_OFFERED) {
            return Optional.empty();
        }
        if (isOpenAt(instant)) {
            return Optional.of(instant);
        }
        LocalDate date = instant.atZone(zone).toLocalDate();
        Instant today = opening(date);
        return Optional.of(instant.isBefore(today) ? today : opening(date.plusDays(1)));
    }

    /**
     * The first instant at or after {@code instant} at which the channel stops being staffed.
     *
     * @param instant the instant, not null, in years 1 to 9999 (otherwise IllegalArgumentException)
     * @return {@code instant} when closed, the closing instant of the current window when open, or empty for
     *     {@link Availability#ALWAYS}
     */
    public Optional<Instant> closesAt(Instant instant) {
        Limits.instant(instant, "instant");
        if (availability == Availability.ALWAYS) {
            return Optional.empty();
        }
        if (!isOpenAt(instant)) {
            return Optional.of(instant);
        }
        return Optional.of(closing(instant.atZone(zone).toLocalDate()));
    }

    private Instant opening(LocalDate date) {
        return ZonedDateTime.of(date, start, zone).toInstant();
    }

    private Instant closing(LocalDate date) {
        return end.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(date, end, zone).toInstant();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ServiceHours)) {
            return false;
        }
        ServiceHours h = (ServiceHours) o;
        return availability == h.availability && fastLane == h.fastLane && boundNumber == h.boundNumber
                && Objects.equals(start, h.start)
                && Objects.equals(end, h.end) && Objects.equals(zone, h.zone) && description.equals(h.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(availability, start, end, zone, fastLane, description, boundNumber);
    }

    /** @return a summary such as {@code DAILY_WINDOW 09:00-24:00 Asia/Shanghai} */
    @Override
    public String toString() {
        if (availability == Availability.DAILY_WINDOW) {
            return "DAILY_WINDOW " + start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString()) + " "
                    + zone + (fastLane ? " (fast lane)" : "");
        }
        return availability + (fastLane ? " (fast lane)" : "") + (boundNumber ? " (bound service number)" : "");
    }
}
