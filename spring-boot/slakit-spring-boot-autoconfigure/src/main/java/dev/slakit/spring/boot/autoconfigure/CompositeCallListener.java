package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.CallListener;
import dev.slakit.status.StatusException;
import java.time.Duration;
import java.util.List;

/** Tells several {@link CallListener}s, in order; the client catches what one throws. Thread-safe. */
final class CompositeCallListener implements CallListener {

    private final List<CallListener> listeners;

    CompositeCallListener(List<CallListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void onAttempt(String action, int attempt, StatusException failure, boolean throttled) {
        for (CallListener l : listeners) {
            l.onAttempt(action, attempt, failure, throttled);
        }
    }

    @Override
    public void onCall(String action, Duration duration, int attempts, StatusException failure) {
        for (CallListener l : listeners) {
            l.onCall(action, duration, attempts, failure);
        }
    }

    @Override
    public String toString() {
        return "CompositeCallListener" + listeners;
    }
}
