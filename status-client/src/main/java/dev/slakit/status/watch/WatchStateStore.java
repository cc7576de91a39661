package dev.slakit.status.watch;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a {@link HealthWatcher} keeps what it knows about each target, and the <em>outbox</em> of
 * notifications not yet handed to every listener. {@link InMemoryWatchStateStore} is the default (lost when
 * the process ends); {@link FileWatchStateStore} survives a restart or a crash of one process.
 *
 * <p>How the watcher uses a store, per poll of a target:
 * <ol>
 * <li>{@link #tryClaim}: may this instance poll the target now? A store shared by a fleet answers false while
 *     another live instance holds the target, and the watcher skips it without reporting a failure.</li>
 * <li>{@link #load}, then the poll and the comparison with the loaded state.</li>
 * <li>{@link #commit}: the new state <em>and</em> the notifications it produced, in one atomic step, so the
 *     state never advances past notifications that are not durably queued. If commit throws, the poll
 *     counts as failed and nothing is announced; the next good poll compares against the old state and
 *     produces the same notifications again, with the same {@linkplain HealthNotification#id() ids}.</li>
 * <li>After every registered listener was handed a notification, {@link #markDelivered} with its id.</li>
 * </ol>
 * On {@link HealthWatcher#start()} or the first {@link HealthWatcher#pollOnce()} (and again before every
 * {@code pollOnce()} and once per interval of a started watcher), the watcher dispatches
 * {@link #pending()} notifications that it has not queued itself: what a crashed or timed-out run left in a
 * durable outbox.
 *
 * <p>Implementations must be thread-safe; the watcher never commits the same target from two threads at
 * once, but different targets concurrently, and {@link #markDelivered} from listener threads.
 */
public interface WatchStateStore extends AutoCloseable {

    /**
     * May this instance poll {@code target} now? Called before every poll of the target.
     *
     * <p>A store used by one process answers true (the default). A store shared by a fleet of watchers
     * answers true at most for one instance per target and interval: it holds a per-target lease whose
     * expiry is measured on the store's own clock (a database's, not the instances'), and refuses when the
     * target was polled by anyone within the last {@code interval}.
     *
     * @param target the target, not null
     * @param interval the watcher's polling interval, positive
     * @return true if this instance should poll the target now
     * @throws RuntimeException if the store cannot answer; the watcher reports it as a failed poll
     */
    default boolean tryClaim(WatchTarget target, Duration interval) {
        return true;
    }

    /**
     * @param target the target, not null
     * @return the state committed for the target, or empty if it was never polled successfully
     */
    Optional<TargetState> load(WatchTarget target);

    /**
     * Atomically replaces the state of {@code state.target()} and appends {@code produced} to the outbox
     * (one transaction, one atomic file write): after a crash, either both are kept or neither.
     *
     * @param state the new state, not null
     * @param produced the notifications this state change produced, in production order; not null, may be
     *     empty, no null element, all of {@code state.target()}
     * @throws java.io.UncheckedIOException or another unchecked exception if it could not be kept; the store
     *     then keeps the previous state and outbox
     */
    void commit(TargetState state, List<HealthNotification> produced);

    /**
     * Commits several targets, as {@link HealthWatcher#pollOnce()} does after polling all of them. The default
     * calls {@link #commit} per state, in order (each atomic on its own); a store that pays per write (such as
     * {@link FileWatchStateStore}) writes once, all or nothing. If it throws, the watcher
     * {@linkplain #load loads} each target to learn which states were kept.
     *
     * @param states the new states of distinct targets, not null, no null element
     * @param produced the notifications of all these states, in production order; each belongs to the state
     *     of its {@linkplain HealthNotification#target() target}; not null
     * @throws RuntimeException if some could not be kept
     */
    default void commitAll(Collection<TargetState> states, List<HealthNotification> produced) {
        java.util.Map<WatchTarget, List<HealthNotification>> byTarget = Outbox.byTarget(states, produced);
        for (TargetState state : states) {
            commit(state, byTarget.get(state.target()));
        }
    }

    /**
     * The notifications committed but not yet {@linkplain #markDelivered marked delivered}, in production
     * order (per target; targets in any order). A store shared by a fleet returns the entries this instance
     * should deliver: its own, and those of instances whose lease expired.
     *
     * @return the undelivered notifications, never null; a copy the caller may keep
     */
    List<HealthNotification> pending();

    /**
     * Durably records that every listener was handed these notifications; they leave the outbox. Unknown
     * ids (already marked, or never committed here) are ignored.
     *
     * @param notificationIds the {@linkplain HealthNotification#id() ids}, not null, no null element
     * @throws java.io.UncheckedIOException or another unchecked exception if it could not be recorded; the
     *     notifications then stay pending and are delivered again by a later run
     */
    void markDelivered(Collection<String> notificationIds);

    /**
     * Releases what the store holds (file locks, leases). The watcher never closes its store; the code that
     * opened it does. The default does nothing.
     */
    @Override
    default void close() {
    }
}
