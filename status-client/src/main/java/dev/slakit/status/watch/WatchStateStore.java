package dev.slakit.status.watch;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link HealthWatcher} keeps what it knows about each target between polls (and, for a persistent
 * store, between runs). {@link InMemoryWatchStateStore} is the default; {@link FileWatchStateStore} survives
 * a restart.
 *
 * <p>The watcher calls {@link #saveAll} (one target for a scheduled poll, every changed target for
 * {@code pollOnce()}) only with targets whose events changed, and before it dispatches the notifications of
 * those changes. If saving throws, the watcher {@linkplain #load loads} each target again: a target whose new
 * state was kept is announced, the others count as failed polls and are announced by their next good poll.
 * Implementations must be thread-safe; the watcher never loads or saves the same target from two threads at
 * once, but different targets concurrently.
 */
public interface WatchStateStore {

    /**
     * @param target the target, not null
     * @return the state saved for the target, or empty if it was never polled successfully
     */
    Optional<TargetState> load(WatchTarget target);

    /**
     * Replaces the state of {@code state.target()}.
     *
     * @param state the new state, not null
     * @throws java.io.UncheckedIOException or another unchecked exception if it could not be kept
     */
    void save(TargetState state);

    /**
     * Replaces the states of several targets. The default calls {@link #save} for each, in order; a store
     * that pays per write (such as {@link FileWatchStateStore}) writes once.
     *
     * @param states the new states of distinct targets, not null, no null element
     * @throws java.io.UncheckedIOException or another unchecked exception if some could not be kept
     */
    default void saveAll(Collection<TargetState> states) {
        for (TargetState state : Objects.requireNonNull(states, "states")) {
            save(state);
        }
    }
}
