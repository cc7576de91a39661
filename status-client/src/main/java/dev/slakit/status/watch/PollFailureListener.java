package dev.slakit.status.watch;

/**
 * Receives the failed polls of a {@link HealthWatcher}, dispatched like a {@link HealthListener}: serially,
 * off the polling thread, exceptions caught and logged.
 */
@FunctionalInterface
public interface PollFailureListener {

    /**
     * Called once per failed poll of one target.
     *
     * @param failure what failed, not null
     */
    void onPollFailure(PollFailure failure);
}
