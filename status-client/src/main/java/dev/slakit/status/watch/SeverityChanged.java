package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Instant;

/**
 * An active event changed from one active severity to another (ALARM, NOTIFICATION or an unknown value),
 * and is still ongoing. A change to NORMAL is an {@link EventResolved} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class SeverityChanged extends HealthNotification {

    SeverityChanged(EventKey key, HealthEvent event, EventSeverity previousSeverity, Instant observedAt,
            long revision) {
        super(key, event, previousSeverity, observedAt, revision);
    }

    /** @return {@link HealthNotification.Kind#SEVERITY_CHANGED} */
    @Override
    public Kind kind() {
        return Kind.SEVERITY_CHANGED;
    }

    /** @return the event's new severity */
    @Override
    public EventSeverity activeSeverity() {
        return event().severity();
    }

    /** @return the severity before the change, never null */
    public EventSeverity fromSeverity() {
        return previousSeverityOrNull();
    }

    /** @return the severity after the change, never null */
    public EventSeverity toSeverity() {
        return event().severity();
    }
}
