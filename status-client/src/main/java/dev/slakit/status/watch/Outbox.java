package dev.slakit.status.watch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Argument checks shared by the stores of this package. */
final class Outbox {

    private Outbox() {
    }

    /**
     * Checks the arguments of {@link WatchStateStore#commit}.
     *
     * @throws NullPointerException if {@code produced} or an element is null
     * @throws IllegalArgumentException if a notification belongs to another target
     */
    static void check(TargetState state, List<HealthNotification> produced) {
        Objects.requireNonNull(produced, "produced");
        for (HealthNotification n : produced) {
            Objects.requireNonNull(n, "produced element");
            if (!n.stateTarget().equals(state.target())) {
                throw new IllegalArgumentException("produced must hold notifications of " + state.target()
                        + " only, found one of " + n.stateTarget());
            }
        }
    }

    /**
     * Groups the notifications of {@link WatchStateStore#commitAll} by the state they belong to.
     *
     * @return per target of {@code states}, in their order, its notifications in production order
     * @throws IllegalArgumentException if two states share a target, or a notification has no state
     */
    static Map<WatchTarget, List<HealthNotification>> byTarget(Collection<TargetState> states,
            List<HealthNotification> produced) {
        Map<WatchTarget, List<HealthNotification>> map = new LinkedHashMap<>();
        for (TargetState state : Objects.requireNonNull(states, "states")) {
            if (map.put(Objects.requireNonNull(state, "states element").target(), new ArrayList<HealthNotification>())
                    != null) {
                throw new IllegalArgumentException("states must be of distinct targets, " + state.target()
                        + " is listed twice");
            }
        }
        for (HealthNotification n : Objects.requireNonNull(produced, "produced")) {
            List<HealthNotification> list = map.get(Objects.requireNonNull(n, "produced element").stateTarget());
            if (list == null) {
                throw new IllegalArgumentException("produced holds a notification of " + n.stateTarget()
                        + ", which has no state in states");
            }
            list.add(n);
        }
        return map;
    }
}
