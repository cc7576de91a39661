package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.spring.boot.event.HealthNotificationEvent;
import dev.slakit.status.watch.HealthListener;
import dev.slakit.status.watch.HealthWatcher;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a {@link HealthWatcher} with the application context: {@link #start()} starts its polling after every
 * singleton is ready, and the context's shutdown stops it with {@link HealthWatcher#close()}, which waits at
 * most the watcher's close timeout ({@code slakit.watch.close-timeout}) for a running poll or listener. Every
 * notification is also published as a {@link HealthNotificationEvent}.
 *
 * <p>A watcher cannot be restarted once closed, so a context that is stopped and started again (rare outside
 * tests) keeps its watcher closed; {@link #isRunning()} says so. Thread-safe.
 */
public final class SlakitWatcherLifecycle implements SmartLifecycle {

    /**
     * The lifecycle phase: after the web server has stopped taking requests (it stops in a higher phase) and
     * before the beans the listeners use are destroyed.
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    private static final Logger LOG = LoggerFactory.getLogger(SlakitWatcherLifecycle.class);

    private final HealthWatcher watcher;
    private final HealthListener publishing;
    private volatile boolean running;

    /**
     * @param watcher the watcher to run; not null
     * @param publisher where notifications are published as {@link HealthNotificationEvent}s; not null
     */
    public SlakitWatcherLifecycle(HealthWatcher watcher, ApplicationEventPublisher publisher) {
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        Objects.requireNonNull(publisher, "publisher");
        this.publishing = n -> publisher.publishEvent(new HealthNotificationEvent(watcher, n));
        watcher.addListener(publishing);
    }

    @Override
    public synchronized void start() {
        if (running || watcher.isClosed()) {
            return;
        }
        watcher.start();
        running = true;
        LOG.info("slakit health watcher started: {}", watcher);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        watcher.close();
        LOG.info("slakit health watcher closed: {}", watcher);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** @return the watcher this lifecycle runs */
    public HealthWatcher getWatcher() {
        return watcher;
    }

    @Override
    public String toString() {
        return "SlakitWatcherLifecycle{" + watcher + ", running=" + running + "}";
    }
}
