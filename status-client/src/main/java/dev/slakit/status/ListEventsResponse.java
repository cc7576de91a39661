package dev.slakit.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A successful {@code ListEvents} reply. Immutable and thread-safe.
 */
public final class ListEventsResponse {

    private final String requestId;
    private final int total;
    private final List<HealthEvent> events;

    private ListEventsResponse(String requestId, int total, List<HealthEvent> events) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.total = total;
        this.events = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(events, "events")));
    }

    /**
     * @param requestId the service's request id, not null
     * @param total the {@code Total} the service reported
     * @param events the events, not null
     * @return the response
     */
    public static ListEventsResponse of(String requestId, int total, List<HealthEvent> events) {
        return new ListEventsResponse(requestId, total, events);
    }

    /** @return the request id the service gave this reply */
    public String requestId() {
        return requestId;
    }

    /** @return the {@code Total} field of the reply */
    public int total() {
        return total;
    }

    /** @return the events, unmodifiable, never null */
    public List<HealthEvent> events() {
        return events;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ListEventsResponse)) {
            return false;
        }
        ListEventsResponse that = (ListEventsResponse) o;
        return total == that.total && requestId.equals(that.requestId) && events.equals(that.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestId, total, events);
    }

    @Override
    public String toString() {
        return "ListEventsResponse{requestId=" + requestId + ", total=" + total + ", events=" + events + "}";
    }
}
