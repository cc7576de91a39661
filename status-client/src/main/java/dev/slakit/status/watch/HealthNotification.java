package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.HealthEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of a health event seen by a {@link HealthWatcher}: one of {@link EventOpened},
 * {@link SeverityChanged}, {@link EventUpdated} or {@link EventResolved} (no other subclass exists; switch on
 * {@link #kind()}).
 *
 * <p>A notification is about one (region, product) pair ({@link #target()}): an event of
 * {@code ListEventInProgress} that impacts several pairs gives one notification per impacted pair, each
 * carrying the event's {@link #eventId()}, so a listener filtering by pair sees the events of its pair.
 *
 * <p>{@link EventSeverity#ALARM} reads as an incident ({@link #isIncident()}), {@link EventSeverity#NOTIFICATION}
 * as scheduled maintenance or a notice ({@link #isMaintenance()}).
 *
 * <p>Each notification has an {@link #id()}, the same when it is delivered again (after a crash, a restart or
 * a close that could not deliver it) and whichever watcher of a fleet produced it: deduplicate by it.
 * Immutable and thread-safe.
 */
public abstract class HealthNotification {

    /** What happened to the event. */
    public enum Kind {
        /** A new active (not NORMAL, not ended) event, or an event that became active again. */
        OPENED,
        /** An active event changed severity, for instance NOTIFICATION to ALARM. */
        SEVERITY_CHANGED,
        /** An active event ended, went NORMAL, or vanished from the dashboard. */
        RESOLVED,
        /**
         * An active {@code ListEventInProgress} event posted an update ({@link EventUpdated#update()}); only
         * targets added with {@link HealthWatcher.Builder#regions(String...)} produce it.
         */
        UPDATED
    }

    private final EventKey key;
    private final HealthEvent event;
    private final EventSeverity previousSeverity;
    private final Instant observedAt;
    private final long revision;
    private final String id;

    HealthNotification(EventKey key, HealthEvent event, EventSeverity previousSeverity, Instant observedAt,
            long revision) {
        this.key = Objects.requireNonNull(key, "key");
        this.event = Objects.requireNonNull(event, "event");
        this.previousSeverity = previousSeverity;
        this.observedAt = Objects.requireNonNull(observedAt, "observedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be >= 1, was " + revision);
        }
        this.revision = revision;
        this.id = id(key, revision);
    }

    /**
     * The id of the {@code revision}-th notification of the event {@code key}: 32 hex digits of the SHA-256
     * of region, product, title and start, then {@code -} and the revision, such as
     * {@code 9f86d081884c7d659a2feaa0c55ad015-2}. The first part is the same for every notification of one
     * event.
     */
    static String id(EventKey key, long revision) {
        String text = key.eventId().isPresent()
                ? "ListEventInProgress\u0000" + key.eventId().getAsLong() + '\u0000' + key.target().regionId()
                        + '\u0000' + key.target().productId()
                : key.target().regionId() + '\u0000' + key.target().productId() + '\u0000' + key.title()
                        + '\u0000' + key.startTime();
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 16; i++) {
            sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
        }
        return sb.append('-').append(revision).toString();
    }

    /**
     * The stable identity of this notification: derived from the event's key and the number of notifications
     * produced for that event so far, so it is equal on every redelivery and on every watcher of a fleet
     * sharing one store, and distinct for each change of one event (opened, resolved, opened again).
     *
     * @return the id, never blank
     */
    public String id() {
        return id;
    }

    /** @return the how-manieth notification of its event this is, at least 1 */
    public long revision() {
        return revision;
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

    /**
     * @return the {@code ListEventInProgress} event's {@code Id}, the same for every notification of the event
     *     and every pair it impacts; empty for an event of {@code ListEvents}
     */
    public java.util.OptionalLong eventId() {
        return key.eventId();
    }

    /**
     * @return the target whose stored state this notification belongs to: {@link #target()}, or the
     *     all-products target of its region for a {@code ListEventInProgress} event
     */
    WatchTarget stateTarget() {
        return key.eventId().isPresent() ? WatchTarget.allProducts(key.target().regionId()) : key.target();
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
        return id.equals(that.id) && key.equals(that.key) && event.equals(that.event) && previousSeverity == that.previousSeverity
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
        return Objects.hash(kind(), id, event, previousSeverity, observedAt);
    }

    @Override
    public String toString() {
        return kind() + "{" + id + ", " + key.target() + ", event=" + event
                + (previousSeverity == null ? "" : ", previous=" + previousSeverity) + details()
                + ", observedAt=" + observedAt + "}";
    }

    /** @return extra text for {@link #toString()}, empty or starting with ", " */
    String details() {
        return "";
    }
}
