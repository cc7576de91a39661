package dev.slakit.status.watch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link WatchStateStore} in memory: the default, lost when the process ends (so a restarted watcher
 * announces the active events again, and notifications not delivered by {@link HealthWatcher#close()} are
 * lost). Thread-safe.
 */
public final class InMemoryWatchStateStore implements WatchStateStore {

    private final Map<WatchTarget, TargetState> states = new LinkedHashMap<>();
    private final Map<String, HealthNotification> outbox = new LinkedHashMap<>();

    /** Creates an empty store. */
    public InMemoryWatchStateStore() {
        // nothing to set up
    }

    @Override
    public synchronized Optional<TargetState> load(WatchTarget target) {
        return Optional.ofNullable(states.get(Objects.requireNonNull(target, "target")));
    }

    @Override
    public synchronized void commit(TargetState state, List<HealthNotification> produced) {
        Objects.requireNonNull(state, "state");
        Outbox.check(state, produced);
        states.put(state.target(), state);
        for (HealthNotification n : produced) {
            outbox.put(n.id(), n);
        }
    }

    @Override
    public synchronized List<HealthNotification> pending() {
        return new ArrayList<>(outbox.values());
    }

    @Override
    public synchronized void markDelivered(Collection<String> notificationIds) {
        for (String id : Objects.requireNonNull(notificationIds, "notificationIds")) {
            outbox.remove(Objects.requireNonNull(id, "notificationIds element"));
        }
    }

    /** @return how many targets have a saved state */
    public synchronized int size() {
        return states.size();
    }

    @Override
    public synchronized String toString() {
        return "InMemoryWatchStateStore{targets=" + states.size() + ", pending=" + outbox.size() + "}";
    }
}
