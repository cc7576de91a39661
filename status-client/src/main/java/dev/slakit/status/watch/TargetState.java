package dev.slakit.status.watch;

import dev.slakit.status.EventInProgress;
import dev.slakit.status.HealthEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link HealthWatcher} knows about one target after its last good poll: every event of the lookback
 * window as last seen. The presence of a state means "this target has been polled before", so events that
 * are already over are then news (see {@link HealthWatcher}).
 *
 * <p>It also counts, per event, how many notifications were produced for it ({@link #revision}); the next
 * notification of an event gets the next revision, and its {@linkplain HealthNotification#id() id} is
 * derived from the event key and that revision, so the id is the same whichever instance computes it from
 * the same state, and distinct for each change of a flapping event.
 *
 * <p>The state of an {@linkplain WatchTarget#isAllProducts() all-products} target ({@link #ofInProgress})
 * holds instead the region's {@code ListEventInProgress} events as last seen ({@link #inProgress()}), each
 * with its impacts in that region only, and revisions per impacted (region, product) and event id.
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetState {

    private final WatchTarget target;
    private final List<HealthEvent> events;
    private final Instant observedAt;
    private final Map<EventKey, Long> revisions;
    private final List<EventInProgress> inProgress;

    private TargetState(WatchTarget target, List<HealthEvent> events, Instant observedAt,
            Map<EventKey, Long> revisions, List<EventInProgress> inProgress) {
        this.target = Objects.requireNonNull(target, "target");
        this.events = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(events, "events")));
        this.observedAt = observedAt;
        this.revisions = Collections.unmodifiableMap(new LinkedHashMap<>(revisions));
        this.inProgress = Collections.unmodifiableList(new ArrayList<>(inProgress));
    }

    /**
     * The state of an all-products target.
     *
     * @param target the target, not null, {@linkplain WatchTarget#isAllProducts() all products}
     * @param inProgress the region's events in progress as last seen, not null, no null element, each with
     *     its impacts in the target's region only; at most one per id
     * @param observedAtOrNull when these events were seen, or null if unknown
     * @param revisions per event key (an impacted pair of the region and an event id), how many notifications
     *     were produced for it so far; not null, values at least 1
     * @return the state
     * @throws IllegalArgumentException if the target names one product, or a key is not of an event id in the
     *     target's region, or a revision is below 1
     */
    public static TargetState ofInProgress(WatchTarget target, List<EventInProgress> inProgress,
            Instant observedAtOrNull, Map<EventKey, Long> revisions) {
        if (!Objects.requireNonNull(target, "target").isAllProducts()) {
            throw new IllegalArgumentException("target must be an all-products target (productId \""
                    + WatchTarget.ALL_PRODUCTS + "\"), was " + target);
        }
        for (EventInProgress e : Objects.requireNonNull(inProgress, "inProgress")) {
            Objects.requireNonNull(e, "inProgress element");
        }
        checkRevisions(target, revisions);
        return new TargetState(target, Collections.<HealthEvent>emptyList(), observedAtOrNull, revisions,
                inProgress);
    }

    private static void checkRevisions(WatchTarget target, Map<EventKey, Long> revisions) {
        for (Map.Entry<EventKey, Long> r : Objects.requireNonNull(revisions, "revisions").entrySet()) {
            Objects.requireNonNull(r.getKey(), "revisions key");
            Objects.requireNonNull(r.getValue(), "revisions value");
            boolean ours = target.isAllProducts()
                    ? r.getKey().eventId().isPresent() && r.getKey().target().regionId().equals(target.regionId())
                    : !r.getKey().eventId().isPresent() && r.getKey().target().equals(target);
            if (!ours) {
                throw new IllegalArgumentException("revisions key " + r.getKey() + " must belong to target " + target);
            }
            if (r.getValue() < 1) {
                throw new IllegalArgumentException("revisions value must be >= 1, was " + r.getValue() + " for "
                        + r.getKey());
            }
        }
    }

    /**
     * @return the {@code ListEventInProgress} events of an all-products target as last seen, impacts in its
     *     region only; empty for a target of one product; unmodifiable
     */
    public List<EventInProgress> inProgress() {
        return inProgress;
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
        return of(target, events, observedAtOrNull, Collections.<EventKey, Long>emptyMap());
    }

    /**
     * @param target the target, not null
     * @param events the events as last seen, not null, no null element; at most one per title and start
     * @param observedAtOrNull when these events were seen, or null if unknown
     * @param revisions per event key of this target, how many notifications were produced for it so far;
     *     not null, values at least 1; keys of events no longer listed may be kept or dropped
     * @return the state
     * @throws IllegalArgumentException if a key belongs to another target or a revision is below 1
     */
    public static TargetState of(WatchTarget target, List<HealthEvent> events, Instant observedAtOrNull,
            Map<EventKey, Long> revisions) {
        Objects.requireNonNull(target, "target");
        for (HealthEvent e : Objects.requireNonNull(events, "events")) {
            Objects.requireNonNull(e, "events element");
        }
        checkRevisions(target, revisions);
        return new TargetState(target, events, observedAtOrNull, revisions,
                Collections.<EventInProgress>emptyList());
    }

    /**
     * @param key an event key
     * @return how many notifications were produced for the event so far; 0 if none
     */
    public long revision(EventKey key) {
        Long r = revisions.get(Objects.requireNonNull(key, "key"));
        return r == null ? 0 : r;
    }

    /** @return per event key, how many notifications were produced for it; unmodifiable */
    public Map<EventKey, Long> revisions() {
        return revisions;
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
        return target.equals(that.target) && events.equals(that.events) && Objects.equals(observedAt, that.observedAt)
                && revisions.equals(that.revisions) && inProgress.equals(that.inProgress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, events, observedAt, revisions, inProgress);
    }

    @Override
    public String toString() {
        return "TargetState{" + target + ", events=" + (inProgress.isEmpty() ? events : inProgress) + ", observedAt=" + observedAt + ", revisions="
                + revisions.values() + "}";
    }
}
