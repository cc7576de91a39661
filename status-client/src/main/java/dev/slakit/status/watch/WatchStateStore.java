package dev.slakit.status.watch;

import java.util.Optional;

/**
 * Where a {@link HealthWatcher} keeps what it knows about each target between polls (and, for a persistent
 * store, between runs). {@link InMemoryWatchStateStore} is the default; {@link FileWatchStateStore} survives
 * a restart.
 *
 * <p>The watcher calls {@link #save} only when a target's events changed, and before it dispatches the
 * notifications of that change: if saving throws, the poll counts as failed and nothing is announced, so
 * the next good poll announces it. Implementations must be thread-safe; the watcher never loads or saves
 * the same target from two threads at once, but different targets concurrently.
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
}
