package dev.slakit.status.watch;

import dev.slakit.status.EventSeverity;
import dev.slakit.status.EventUpdate;
import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An active {@code ListEventInProgress} event posted an update: its {@link #update()} (content and publish
 * time). One notification per update and per impacted (region, product) pair that is still active; updates
 * the event already had when the watcher first saw it are not announced (the {@link EventOpened} stands for
 * them).
 *
 * <p>{@link #activeSeverity()} is the event's severity, {@link EventSeverity#ALARM} for every event in
 * progress (see {@link HealthWatcher.Builder#regions(String...)}). Immutable and thread-safe.
 */
public final class EventUpdated extends HealthNotification {

    private final EventUpdate update;

    EventUpdated(EventKey key, HealthEvent event, Instant observedAt, long revision, EventUpdate update) {
        super(key, event, event.severity(), observedAt, revision);
        this.update = Objects.requireNonNull(update, "update");
    }

    /** @return {@link HealthNotification.Kind#UPDATED} */
    @Override
    public Kind kind() {
        return Kind.UPDATED;
    }

    /** @return the event's severity */
    @Override
    public EventSeverity activeSeverity() {
        return event().severity();
    }

    /** @return the update posted: its content and its publish time (an instant, UTC); never null */
    public EventUpdate update() {
        return update;
    }

    @Override
    boolean sameDetails(HealthNotification other) {
        return update.equals(((EventUpdated) other).update);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + update.hashCode();
    }

    @Override
    String details() {
        return ", update=" + update;
    }
}
