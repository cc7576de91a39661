package dev.slakit.spring.boot.event;

import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.HealthWatcher;
import java.util.Objects;
import org.springframework.context.ApplicationEvent;

/**
 * A {@link HealthNotification} of the application's {@link HealthWatcher}, published as a Spring application
 * event. Listen with {@code @EventListener void on(HealthNotificationEvent e)}. Events are published on the
 * watcher's listener thread, in the order the watcher announced them; a slow {@code @EventListener} delays
 * later events but no other watcher listener.
 *
 * <p>Immutable and thread-safe.
 */
public class HealthNotificationEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final transient HealthNotification notification;

    /**
     * @param watcher the watcher that announced the notification; not null
     * @param notification the notification; not null
     */
    public HealthNotificationEvent(HealthWatcher watcher, HealthNotification notification) {
        super(Objects.requireNonNull(watcher, "watcher"));
        this.notification = Objects.requireNonNull(notification, "notification");
    }

    /** @return the notification; never null */
    public HealthNotification getNotification() {
        return notification;
    }

    /** @return the watcher that announced the notification */
    public HealthWatcher getWatcher() {
        return (HealthWatcher) getSource();
    }

    @Override
    public String toString() {
        return "HealthNotificationEvent{" + notification + "}";
    }
}
