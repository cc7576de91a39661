package dev.slakit.examples.boot;

import dev.slakit.spring.boot.event.HealthNotificationEvent;
import dev.slakit.status.watch.HealthNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Receives the watcher's notifications as Spring application events, logs them and keeps the latest 100. */
@Component
public class NotificationLog {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationLog.class);
    private static final int KEPT = 100;

    private final List<HealthNotification> received = new CopyOnWriteArrayList<>();

    /** @param event a notification of the watcher */
    @EventListener
    public void on(HealthNotificationEvent event) {
        HealthNotification n = event.getNotification();
        LOG.info("{} {} {}/{}: {}", n.kind(), n.activeSeverity(), n.regionId(), n.productId(), n.event().title());
        received.add(n);
        while (received.size() > KEPT) {
            received.remove(0);
        }
    }

    /** @return the notifications received, oldest first */
    public List<HealthNotification> received() {
        return new ArrayList<>(received);
    }
}
