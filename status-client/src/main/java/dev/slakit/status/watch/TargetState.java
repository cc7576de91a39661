package dev.slakit.status.watch;

import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link HealthWatcher} knows about one target after its last good poll: every event of the lookback
 * window as last seen. The presence of a state means "this target has been polled before", so events that
 * are already over are then news (see {@link HealthWatcher}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetState {

    private final WatchTarget target;
    private final List<HealthEvent> events;
    private final Instant observedAt;

    private TargetState(WatchTarget target, List<HealthEvent> events, Instant observedAt) {
        this.target = Objects.requireNonNull(target, "target");
        this.events = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(events, "events")));
        this.observedAt = observedAt;
    }

    /**
     * @param target the target, not null
     * @param events the events as last seen, not null, no null element; at most one per title and start
     * @return the state
     */
    public static TargetState of(WatchTarget target, List<HealthEvent> events) {
        return of(target, events, null);
    }

    /**
     * @param target the target, not null
     * @param events the events as last seen, not null, no null element; at most one per title and start
     * @param observedAtOrNull when these events were seen, or null if unknown (then an event with an end time
     *     counts as over, even if that end time is in the future)
     * @return the state
     */
    public static TargetState of(WatchTarget target, List<HealthEvent> events, Instant observedAtOrNull) {
        for (HealthEvent e : Objects.requireNonNull(events, "events")) {
            Objects.requireNonNull(e, "events element");
        }
        return new TargetState(target, events, observedAtOrNull);
    }

    /**
     * @return when the events were seen; decides whether an event with a planned end time was still active
     */
    public Optional<Instant> observedAt() {
        return Optional.ofNullable(observedAt);
    }

    /** @return the target */
    public WatchTarget target() {
        return target;
    }

    /** @return the events as last seen; unmodifiable */
    public List<HealthEvent> events() {
        return events;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TargetState)) {
            return false;
        }
        TargetState that = (TargetState) o;
        return target.equals(that.target) && events.equals(that.events) && Objects.equals(observedAt, that.observedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, events, observedAt);
    }

    @Override
    public String toString() {
        return "TargetState{" + target + ", events=" + events + ", observedAt=" + observedAt + "}";
    }
}
