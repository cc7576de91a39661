package dev.slakit.status.watch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link HealthWatcher#pollOnce()} did: how many targets it polled, the notifications it produced
 * (in order) and the polls that failed. Immutable and thread-safe.
 */
public final class PollSummary {

    private final int polled;
    private final List<HealthNotification> notifications;
    private final List<PollFailure> failures;

    private PollSummary(int polled, List<HealthNotification> notifications, List<PollFailure> failures) {
        this.polled = polled;
        this.notifications = Collections.unmodifiableList(new ArrayList<>(notifications));
        this.failures = Collections.unmodifiableList(new ArrayList<>(failures));
    }

    /**
     * @param polled how many targets were polled, at least 0
     * @param notifications the notifications produced, not null
     * @param failures the failed polls, not null
     * @return the summary
     */
    public static PollSummary of(int polled, List<HealthNotification> notifications, List<PollFailure> failures) {
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(failures, "failures");
        if (polled < 0) {
            throw new IllegalArgumentException("polled must be >= 0, was " + polled);
        }
        return new PollSummary(polled, notifications, failures);
    }

    /** @return how many targets were polled */
    public int polled() {
        return polled;
    }

    /** @return how many polls succeeded */
    public int succeeded() {
        return polled - failures.size();
    }

    /** @return the notifications produced, in the order listeners receive them; unmodifiable */
    public List<HealthNotification> notifications() {
        return notifications;
    }

    /** @return the failed polls; unmodifiable */
    public List<PollFailure> failures() {
        return failures;
    }

    @Override
    public String toString() {
        return "PollSummary{polled=" + polled + ", succeeded=" + succeeded() + ", notifications="
                + notifications.size() + ", failures=" + failures.size() + "}";
    }
}
