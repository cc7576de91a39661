package dev.slakit.status.watch;

import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The identity of a health event across polls: region, product, title and start time.
 *
 * <p>The Status API gives events no id, so two replies describe the same event when these four values are
 * equal; severity and end time are what may change. Immutable and thread-safe.
 */
public final class EventKey {

    private final WatchTarget target;
    private final String title;
    private final Instant startTime;

    private EventKey(WatchTarget target, String title, Instant startTime) {
        this.target = Objects.requireNonNull(target, "target");
        this.title = Objects.requireNonNull(title, "title");
        this.startTime = Objects.requireNonNull(startTime, "startTime");
    }

    /**
     * @param target the region and product, not null
     * @param title the event title, not null
     * @param startTime the event start, not null
     * @return the key
     */
    public static EventKey of(WatchTarget target, String title, Instant startTime) {
        return new EventKey(target, title, startTime);
    }

    /**
     * @param target the region and product the event was listed for, not null
     * @param event the event, not null
     * @return the key of that event
     */
    public static EventKey of(WatchTarget target, HealthEvent event) {
        Objects.requireNonNull(event, "event");
        return new EventKey(target, event.title(), event.startTime());
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
        return target.equals(that.target) && title.equals(that.title) && startTime.equals(that.startTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, title, startTime);
    }

    @Override
    public String toString() {
        return "EventKey{" + target + ", title=" + title + ", start=" + startTime + "}";
    }
}
