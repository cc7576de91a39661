package dev.slakit.status.watch;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link WatchStateStore} in a concurrent map: the default, lost when the process ends (so a restarted
 * watcher announces the active events again). Thread-safe.
 */
public final class InMemoryWatchStateStore implements WatchStateStore {

    private final ConcurrentMap<WatchTarget, TargetState> states = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryWatchStateStore() {
        // nothing to set up
    }

    @Override
    public Optional<TargetState> load(WatchTarget target) {
        return Optional.ofNullable(states.get(Objects.requireNonNull(target, "target")));
    }

    @Override
    public void save(TargetState state) {
        Objects.requireNonNull(state, "state");
        states.put(state.target(), state);
    }

    /** @return how many targets have a saved state */
    public int size() {
        return states.size();
    }
}
