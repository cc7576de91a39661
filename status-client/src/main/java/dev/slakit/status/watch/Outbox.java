package dev.slakit.status.watch;

import java.util.List;
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
            if (!n.target().equals(state.target())) {
                throw new IllegalArgumentException("produced must hold notifications of " + state.target()
                        + " only, found one of " + n.target());
            }
        }
    }
}
