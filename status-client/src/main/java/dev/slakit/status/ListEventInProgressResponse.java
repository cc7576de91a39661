package dev.slakit.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A successful {@code ListEventInProgress} reply. Immutable and thread-safe.
 */
public final class ListEventInProgressResponse {

    private final String requestId;
    private final List<EventInProgress> events;

    private ListEventInProgressResponse(String requestId, List<EventInProgress> events) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        List<EventInProgress> copy = new ArrayList<>(Objects.requireNonNull(events, "events"));
        if (copy.contains(null)) {
            throw new NullPointerException("events[" + copy.indexOf(null) + "]");
        }
        this.events = Collections.unmodifiableList(copy);
    }

    /**
     * @param requestId the service's request id, not null (empty when the reply carried none)
     * @param events the events, not null, no null element
     * @return the response
     */
    public static ListEventInProgressResponse of(String requestId, List<EventInProgress> events) {
        return new ListEventInProgressResponse(requestId, events);
    }

    /** @return the request id the service gave this reply; never null, empty if none was sent */
    public String requestId() {
        return requestId;
    }

    /** @return the events in progress in the order sent; unmodifiable, never null */
    public List<EventInProgress> events() {
        return events;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListEventInProgressResponse)) {
            return false;
        }
        ListEventInProgressResponse that = (ListEventInProgressResponse) o;
        return requestId.equals(that.requestId) && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, events);
    }

    @Override
    public String toString() {
        return "ListEventInProgressResponse{requestId=" + requestId + ", events=" + events + "}";
    }
}
