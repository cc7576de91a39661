package dev.slakit.status.watch;

/**
 * Receives the notifications of a {@link HealthWatcher}.
 *
 * <p>Each listener is called by its own serial dispatcher: never concurrently with itself, in the order the
 * watcher produced the notifications, and never on a polling thread, so a slow listener delays only
 * itself. An exception it throws is caught and logged (WARN the first time, DEBUG afterwards); the listener
 * keeps receiving later notifications.
 */
@FunctionalInterface
public interface HealthListener {

    /**
     * Called once per notification.
     *
     * @param notification an {@link EventOpened}, {@link SeverityChanged} or {@link EventResolved}, not null
     */
    void onNotification(HealthNotification notification);
}
