package dev.slakit.status.watch;

import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The identity of a health event across polls.
 *
 * <p>{@code ListEvents} gives events no id, so two of its replies describe the same event when region,
 * product, title and start time are equal; severity and end time are what may change. An event of
 * {@code ListEventInProgress} has an id: its key ({@link #ofEventId}) is the impacted (region, product) and
 * that id, and title and start are only carried along (they may change without changing the identity).
 * Immutable and thread-safe.
 */
public final class EventKey {

    private final WatchTarget target;
    private final String title;
    private final Instant startTime;
    private final Long eventId;

    private EventKey(WatchTarget target, String title, Instant startTime, Long eventId) {
        this.target = Objects.requireNonNull(target, "target");
        this.title = Objects.requireNonNull(title, "title");
        this.startTime = Objects.requireNonNull(startTime, "startTime");
        this.eventId = eventId;
    }

    /**
     * The key of one impacted (region, product) pair of a {@code ListEventInProgress} event.
     *
     * @param pair the impacted region and product, not null; not an {@linkplain WatchTarget#isAllProducts()
     *     all-products} target
     * @param eventId the event's {@code Id}
     * @param title the event title as seen, not null; not part of the identity
     * @param startTime the impact's start as seen, not null; not part of the identity
     * @return the key
     * @throws IllegalArgumentException if {@code pair} is an all-products target
     */
    public static EventKey ofEventId(WatchTarget pair, long eventId, String title, Instant startTime) {
        if (Objects.requireNonNull(pair, "pair").isAllProducts()) {
            throw new IllegalArgumentException("pair must name one product, was " + pair);
        }
        return new EventKey(pair, title, startTime, eventId);
    }

    /** @return the {@code ListEventInProgress} event id; empty for a {@code ListEvents} event */
    public java.util.OptionalLong eventId() {
        return eventId == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(eventId);
    }

    /**
     * @param target the region and product, not null
     * @param title the event title, not null
     * @param startTime the event start, not null
     * @return the key
     */
    public static EventKey of(WatchTarget target, String title, Instant startTime) {
        return new EventKey(target, title, startTime, null);
    }

    /**
     * @param target the region and product the event was listed for, not null
     * @param event the event, not null
     * @return the key of that event
     */
    public static EventKey of(WatchTarget target, HealthEvent event) {
        Objects.requireNonNull(event, "event");
        return new EventKey(target, event.title(), event.startTime(), null);
    }

    /** @return the region and product */
    public WatchTarget target() {
        return target;
    }

    /** @return the event title */
    public String title() {
        return title;
    }

    /** @return when the event started */
    public Instant startTime() {
        return startTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventKey)) {
            return false;
        }
        EventKey that = (EventKey) o;
        if (eventId != null || that.eventId != null) {
            return Objects.equals(eventId, that.eventId) && target.equals(that.target);
        }
        return target.equals(that.target) && title.equals(that.title) && startTime.equals(that.startTime);
    }

    @Override
    public int hashCode() {
        return eventId != null ? Objects.hash(target, eventId) : Objects.hash(target, title, startTime);
    }

    @Override
    public String toString() {
        return "EventKey{" + target + (eventId == null ? "" : ", id=" + eventId) + ", title=" + title + ", start="
                + startTime + "}";
    }
}
