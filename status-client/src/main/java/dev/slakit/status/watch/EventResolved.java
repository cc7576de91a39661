package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An active event is over: an end time appeared, it went NORMAL, or it vanished from the dashboard while
 * it was still within the lookback window ({@link Reason}).
 *
 * <p>{@link #activeSeverity()} is the severity it had while active, so {@link #isIncident()} says whether
 * an incident (not a maintenance) was resolved. Immutable and thread-safe.
 */
public final class EventResolved extends HealthNotification {

    /** Why the event counts as resolved. */
    public enum Reason {
        /**
         * The event has an end time (for a {@code ListEventInProgress} event: the pair's impact has a recovery
         * time that has passed).
         */
        ENDED,
        /** The event is still listed without an end time, but its severity is NORMAL. */
        WENT_NORMAL,
        /**
         * The event is no longer listed although its start is inside the lookback window (for a
         * {@code ListEventInProgress} event: it, or its impact on the pair, left the list of events in
         * progress); {@link #event()} is then the event as last seen.
         */
        VANISHED
    }

    private final Reason reason;

    EventResolved(EventKey key, HealthEvent event, EventSeverity previousSeverity, Instant observedAt,
            long revision, Reason reason) {
        super(key, event, Objects.requireNonNull(previousSeverity, "previousSeverity"), observedAt, revision);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** @return {@link HealthNotification.Kind#RESOLVED} */
    @Override
    public Kind kind() {
        return Kind.RESOLVED;
    }

    /** @return the severity the event had while it was active (before this poll) */
    @Override
    public EventSeverity activeSeverity() {
        return previousSeverityOrNull();
    }

    /** @return why the event counts as resolved */
    public Reason reason() {
        return reason;
    }

    @Override
    boolean sameDetails(HealthNotification other) {
        return reason == ((EventResolved) other).reason;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + reason.hashCode();
    }

    @Override
    String details() {
        return ", reason=" + reason;
    }
}
