package dev.slakit.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One event in progress as {@code ListEventInProgress} lists it ({@code Data[]}): a service-assigned id that
 * identifies it across calls, a title, a start time, the updates posted so far and the (region, product) pairs
 * it affects. Immutable and thread-safe.
 */
public final class EventInProgress {

    private final long id;
    private final String title;
    private final Instant startTime;
    private final List<EventUpdate> updates;
    private final List<EventImpact> impacts;

    private EventInProgress(long id, String title, Instant startTime, List<EventUpdate> updates,
            List<EventImpact> impacts) {
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.startTime = Objects.requireNonNull(startTime, "startTime");
        this.updates = copy(updates, "updates");
        this.impacts = copy(impacts, "impacts");
    }

    /**
     * @param id the service's event id ({@code Id})
     * @param title the title ({@code Title}), not null
     * @param startTime when the event began ({@code StartTime}, epoch milliseconds on the wire), not null
     * @param updates the updates in the order the service sent them, not null, no null element
     * @param impacts the affected (region, product) pairs in the order sent, not null, no null element
     * @return the event
     */
    public static EventInProgress of(long id, String title, Instant startTime, List<EventUpdate> updates,
            List<EventImpact> impacts) {
        return new EventInProgress(id, title, startTime, updates, impacts);
    }

    /** @return the service's id of the event, stable across calls: the event's identity */
    public long id() {
        return id;
    }

    /** @return the title, as the service wrote it; never null */
    public String title() {
        return title;
    }

    /** @return when the event began, an instant (UTC); never null */
    public Instant startTime() {
        return startTime;
    }

    /** @return the updates posted so far, in the order the service sent them; unmodifiable, never null */
    public List<EventUpdate> updates() {
        return updates;
    }

    /** @return the affected (region, product) pairs, in the order sent; unmodifiable, never null */
    public List<EventImpact> impacts() {
        return impacts;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventInProgress)) {
            return false;
        }
        EventInProgress that = (EventInProgress) o;
        return id == that.id && title.equals(that.title) && startTime.equals(that.startTime)
                && updates.equals(that.updates) && impacts.equals(that.impacts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, startTime, updates, impacts);
    }

    @Override
    public String toString() {
        return "EventInProgress{id=" + id + ", title=" + title + ", startTime=" + startTime + ", updates="
                + updates.size() + ", impacts=" + impacts + "}";
    }

    private static <T> List<T> copy(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        List<T> copy = new ArrayList<>(values);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == null) {
                throw new NullPointerException(name + "[" + i + "]");
            }
        }
        return Collections.unmodifiableList(copy);
    }
}
