package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Instant;

/**
 * An event became active: it is seen for the first time with a severity other than NORMAL and no end
 * time, or a known NORMAL / ended event became active again (a re-opening, for a flapping event; then
 * {@link #previousSeverity()} is present and {@link #isReopened()} is true).
 *
 * <p>Immutable and thread-safe.
 */
public final class EventOpened extends HealthNotification {

    EventOpened(EventKey key, HealthEvent event, EventSeverity previousSeverity, Instant observedAt,
            long revision) {
        super(key, event, previousSeverity, observedAt, revision);
    }

    /** @return {@link HealthNotification.Kind#OPENED} */
    @Override
    public Kind kind() {
        return Kind.OPENED;
    }

    /** @return the event's severity */
    @Override
    public EventSeverity activeSeverity() {
        return event().severity();
    }

    /** @return true when the watcher knew this event before, as NORMAL or ended */
    public boolean isReopened() {
        return previousSeverity().isPresent();
    }
}
