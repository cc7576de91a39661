package dev.slakit.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of the Service Health Dashboard: a title, its current severity, when it started and, once it
 * is over, when it ended.
 *
 * <p>Times are instants (the wire carries epoch milliseconds). Immutable and thread-safe.
 */
public final class HealthEvent {

    private final String title;
    private final EventSeverity severity;
    private final String rawSeverity;
    private final Instant startTime;
    private final Instant endTime;

    private HealthEvent(String title, EventSeverity severity, String rawSeverity, Instant startTime, Instant endTime) {
        this.title = Objects.requireNonNull(title, "title");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rawSeverity = Objects.requireNonNull(rawSeverity, "rawSeverity");
        this.startTime = Objects.requireNonNull(startTime, "startTime");
        if (endTime != null && endTime.isBefore(startTime)) {
            throw new IllegalArgumentException("endTime " + endTime + " is before startTime " + startTime);
        }
        this.endTime = endTime;
    }

    /**
     * An event with a known severity.
     *
     * @param title the title, not null
     * @param severity the severity, not null; {@link EventSeverity#UNKNOWN} keeps the raw text "UNKNOWN"
     * @param startTime when the event started, not null
     * @param endTimeOrNull when it ended, or null while it is ongoing; not before {@code startTime}
     * @return the event
     */
    public static HealthEvent of(String title, EventSeverity severity, Instant startTime, Instant endTimeOrNull) {
        Objects.requireNonNull(severity, "severity");
        return new HealthEvent(title, severity, severity.name(), startTime, endTimeOrNull);
    }

    /**
     * An event as read from the wire: the severity is parsed from {@code rawSeverity} and the text is kept.
     *
     * @param title the title, not null
     * @param rawSeverity the {@code CurrentStateSeverity} text, not null
     * @param startTime when the event started, not null
     * @param endTimeOrNull when it ended, or null while it is ongoing
     * @return the event
     */
    public static HealthEvent ofWire(String title, String rawSeverity, Instant startTime, Instant endTimeOrNull) {
        Objects.requireNonNull(rawSeverity, "rawSeverity");
        return new HealthEvent(title, EventSeverity.fromWire(rawSeverity), rawSeverity, startTime, endTimeOrNull);
    }

    /** @return the status title, never null */
    public String title() {
        return title;
    }

    /** @return the current severity, never null */
    public EventSeverity severity() {
        return severity;
    }

    /** @return the severity exactly as the service sent it (useful when {@link #severity()} is UNKNOWN) */
    public String rawSeverity() {
        return rawSeverity;
    }

    /** @return when the event started */
    public Instant startTime() {
        return startTime;
    }

    /** @return when the event ended; empty while it is ongoing */
    public Optional<Instant> endTime() {
        return Optional.ofNullable(endTime);
    }

    /** @return true while the event has no end time */
    public boolean isOngoing() {
        return endTime == null;
    }

    /**
     * Returns a copy with another severity.
     *
     * @param newSeverity the severity, not null
     * @return the copy
     */
    public HealthEvent withSeverity(EventSeverity newSeverity) {
        return of(title, newSeverity, startTime, endTime);
    }

    /**
     * Returns a copy that ended at the given instant.
     *
     * @param newEndTime the end, not null, not before the start
     * @return the copy
     */
    public HealthEvent withEndTime(Instant newEndTime) {
        return new HealthEvent(title, severity, rawSeverity, startTime, Objects.requireNonNull(newEndTime, "newEndTime"));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HealthEvent)) {
            return false;
        }
        HealthEvent that = (HealthEvent) o;
        return title.equals(that.title) && severity == that.severity && rawSeverity.equals(that.rawSeverity)
                && startTime.equals(that.startTime) && Objects.equals(endTime, that.endTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, severity, rawSeverity, startTime, endTime);
    }

    @Override
    public String toString() {
        return "HealthEvent{title=" + title + ", severity=" + rawSeverity + ", start=" + startTime
                + ", end=" + (endTime == null ? "ongoing" : endTime.toString()) + "}";
    }
}
