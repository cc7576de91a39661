package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of a health event seen by a {@link HealthWatcher}: one of {@link EventOpened},
 * {@link SeverityChanged} or {@link EventResolved} (no other subclass exists; switch on {@link #kind()}).
 *
 * <p>{@link EventSeverity#ALARM} reads as an incident ({@link #isIncident()}), {@link EventSeverity#NOTIFICATION}
 * as scheduled maintenance or a notice ({@link #isMaintenance()}). Immutable and thread-safe.
 */
public abstract class HealthNotification {

    /** What happened to the event. */
    public enum Kind {
        /** A new active (not NORMAL, not ended) event, or an event that became active again. */
        OPENED,
        /** An active event changed severity, for instance NOTIFICATION to ALARM. */
        SEVERITY_CHANGED,
        /** An active event ended, went NORMAL, or vanished from the dashboard. */
        RESOLVED
    }

    private final EventKey key;
    private final HealthEvent event;
    private final EventSeverity previousSeverity;
    private final Instant observedAt;

    HealthNotification(EventKey key, HealthEvent event, EventSeverity previousSeverity, Instant observedAt) {
        this.key = Objects.requireNonNull(key, "key");
        this.event = Objects.requireNonNull(event, "event");
        this.previousSeverity = previousSeverity;
        this.observedAt = Objects.requireNonNull(observedAt, "observedAt");
    }

    /** @return what happened */
    public abstract Kind kind();

    /**
     * The severity that classifies this notification: the event's severity for an opening or a change,
     * and the severity it had while active for a resolution (a resolved event is often NORMAL by then).
     *
     * @return the classifying severity, never null
     */
    public abstract EventSeverity activeSeverity();

    /** @return the stable identity of the event */
    public EventKey key() {
        return key;
    }

    /** @return the event as the poll that produced this notification saw it (last seen, if it vanished) */
    public HealthEvent event() {
        return event;
    }

    /** @return the region and product the event belongs to */
    public WatchTarget target() {
        return key.target();
    }

    /** @return the region id, such as {@code cn-hangzhou} */
    public String regionId() {
        return key.target().regionId();
    }

    /** @return the product code, such as {@code ecs} */
    public String productId() {
        return key.target().productId();
    }

    /**
     * @return when the watcher received the reply that showed the change (its clock), not when the event
     *     itself changed
     */
    public Instant observedAt() {
        return observedAt;
    }

    /**
     * @return the severity the watcher knew before this change; empty for an event seen for the first time
     */
    public Optional<EventSeverity> previousSeverity() {
        return Optional.ofNullable(previousSeverity);
    }

    /** @return true when {@link #activeSeverity()} is ALARM: an incident (runtime exception) */
    public boolean isIncident() {
        return activeSeverity() == EventSeverity.ALARM;
    }

    /** @return true when {@link #activeSeverity()} is NOTIFICATION: scheduled maintenance or a notice */
    public boolean isMaintenance() {
        return activeSeverity() == EventSeverity.NOTIFICATION;
    }

    EventSeverity previousSeverityOrNull() {
        return previousSeverity;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        HealthNotification that = (HealthNotification) o;
        return key.equals(that.key) && event.equals(that.event) && previousSeverity == that.previousSeverity
                && observedAt.equals(that.observedAt) && sameDetails(that);
    }

    /**
     * @param other a notification of the same class
     * @return whether subclass fields are equal
     */
    boolean sameDetails(HealthNotification other) {
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind(), key, event, previousSeverity, observedAt);
    }

    @Override
    public String toString() {
        return kind() + "{" + key.target() + ", event=" + event
                + (previousSeverity == null ? "" : ", previous=" + previousSeverity) + details()
                + ", observedAt=" + observedAt + "}";
    }

    /** @return extra text for {@link #toString()}, empty or starting with ", " */
    String details() {
        return "";
    }
}
