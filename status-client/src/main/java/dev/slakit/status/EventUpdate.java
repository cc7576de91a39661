package dev.slakit.status;

import java.time.Instant;
import java.util.Objects;

/**
 * One update the service posted about an event in progress ({@code EventUpdates[]} of
 * {@code ListEventInProgress}): its text and when it was published. Immutable and thread-safe.
 */
public final class EventUpdate {

    private final String content;
    private final Instant publishTime;

    private EventUpdate(String content, Instant publishTime) {
        this.content = Objects.requireNonNull(content, "content");
        this.publishTime = Objects.requireNonNull(publishTime, "publishTime");
    }

    /**
     * @param content the text of the update ({@code Content}), not null, may be empty
     * @param publishTime when it was published ({@code PublishTime}, epoch milliseconds on the wire), not null
     * @return the update
     */
    public static EventUpdate of(String content, Instant publishTime) {
        return new EventUpdate(content, publishTime);
    }

    /** @return the text of the update, as the service wrote it (often Chinese); never null */
    public String content() {
        return content;
    }

    /** @return when the update was published, an instant (UTC); never null */
    public Instant publishTime() {
        return publishTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventUpdate)) {
            return false;
        }
        EventUpdate that = (EventUpdate) o;
        return content.equals(that.content) && publishTime.equals(that.publishTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content, publishTime);
    }

    @Override
    public String toString() {
        return "EventUpdate{publishTime=" + publishTime + ", content=" + content + "}";
    }
}
