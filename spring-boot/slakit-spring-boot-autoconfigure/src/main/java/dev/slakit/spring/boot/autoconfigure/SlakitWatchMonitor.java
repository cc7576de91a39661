package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.watch.EventKey;
import dev.slakit.status.watch.HealthListener;
import dev.slakit.status.watch.HealthNotification;
import dev.slakit.status.watch.PollFailure;
import dev.slakit.status.watch.PollFailureListener;
import dev.slakit.status.watch.WatchTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the application knows about each watched target: the last good poll, the failed polls in a row, and the
 * events active now (opened and not resolved since this application started). Fed by the watcher (as a
 * {@link HealthListener} and {@link PollFailureListener}) and by the status client the auto-configured
 * watcher polls with; read by the {@code slakit} health contributor and the
 * {@code slakit.watch.active.incidents} gauge.
 *
 * <p>Being a failure listener, it logs each failed poll at WARN (the watcher logs failures itself only when
 * it has no failure listener).
 *
 * <p>Only events announced while the application runs count as active: an event opened before a restart and
 * kept in a persistent store is not announced again, so it is not counted until it changes. Thread-safe.
 */
public final class SlakitWatchMonitor implements HealthListener, PollFailureListener {

    private static final Logger LOG = LoggerFactory.getLogger(SlakitWatchMonitor.class);

    private final Clock clock;
    private final Map<WatchTarget, Tracked> byTarget = new ConcurrentHashMap<>();

    /**
     * @param targets the watched targets, reported even before their first poll; not null
     */
    public SlakitWatchMonitor(List<WatchTarget> targets) {
        this(targets, Clock.systemUTC());
    }

    SlakitWatchMonitor(List<WatchTarget> targets, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        for (WatchTarget t : Objects.requireNonNull(targets, "targets")) {
            byTarget.put(Objects.requireNonNull(t, "targets element"), new Tracked());
        }
    }

    /**
     * Records a good poll (a reply from the service) of a target, now.
     *
     * @param target the target, not null
     */
    public void pollSucceeded(WatchTarget target) {
        Tracked t = tracked(target);
        synchronized (t) {
            t.lastSuccess = clock.instant();
            t.consecutiveFailures = 0;
        }
    }

    @Override
    public void onPollFailure(PollFailure failure) {
        LOG.warn("slakit poll of {} failed ({} in a row): {}", failure.target(), failure.attempt(),
                failure.error().toString());
        Tracked t = tracked(failure.target());
        synchronized (t) {
            t.consecutiveFailures++;
            t.lastFailure = failure.failedAt();
            t.lastError = failure.error().getClass().getSimpleName() + ": " + failure.error().getMessage();
        }
    }

    @Override
    public void onNotification(HealthNotification notification) {
        Tracked t = tracked(notification.target());
        synchronized (t) {
            if (notification.kind() == HealthNotification.Kind.RESOLVED) {
                t.active.remove(notification.key());
            } else {
                t.active.put(notification.key(), notification);
            }
        }
    }

    private Tracked tracked(WatchTarget target) {
        return byTarget.computeIfAbsent(Objects.requireNonNull(target, "target"), k -> new Tracked());
    }

    /** @return a snapshot of every target, in no particular order; never null */
    public List<TargetStatus> targets() {
        List<TargetStatus> result = new ArrayList<>(byTarget.size());
        byTarget.forEach((target, t) -> {
            synchronized (t) {
                result.add(new TargetStatus(target, t.lastSuccess, t.consecutiveFailures, t.lastFailure,
                        t.lastError, new ArrayList<>(t.active.values())));
            }
        });
        return Collections.unmodifiableList(result);
    }

    /**
     * @param target a target
     * @return the events of the target active now with ALARM severity (incidents)
     */
    public int activeIncidents(WatchTarget target) {
        Tracked t = byTarget.get(target);
        if (t == null) {
            return 0;
        }
        synchronized (t) {
            int n = 0;
            for (HealthNotification a : t.active.values()) {
                if (a.isIncident()) {
                    n++;
                }
            }
            return n;
        }
    }

    @Override
    public String toString() {
        return "SlakitWatchMonitor{targets=" + byTarget.size() + "}";
    }

    /** Mutable per-target record; guarded by its own monitor. */
    private static final class Tracked {
        Instant lastSuccess;
        int consecutiveFailures;
        Instant lastFailure;
        String lastError;
        final Map<EventKey, HealthNotification> active = new LinkedHashMap<>();
    }

    /** What is known about one target at one moment. Immutable and thread-safe. */
    public static final class TargetStatus {
        private final WatchTarget target;
        private final Instant lastSuccess;
        private final int consecutiveFailures;
        private final Instant lastFailure;
        private final String lastError;
        private final List<HealthNotification> active;

        TargetStatus(WatchTarget target, Instant lastSuccess, int consecutiveFailures, Instant lastFailure,
                String lastError, List<HealthNotification> active) {
            this.target = target;
            this.lastSuccess = lastSuccess;
            this.consecutiveFailures = consecutiveFailures;
            this.lastFailure = lastFailure;
            this.lastError = lastError;
            this.active = Collections.unmodifiableList(active);
        }

        /** @return the target */
        public WatchTarget target() {
            return target;
        }

        /** @return the instant of the last good poll (UTC), or null before the first */
        public Instant lastSuccess() {
            return lastSuccess;
        }

        /** @return the failed polls since the last good one */
        public int consecutiveFailures() {
            return consecutiveFailures;
        }

        /** @return the instant of the last failed poll, or null if none failed */
        public Instant lastFailure() {
            return lastFailure;
        }

        /** @return the kind and message of the last failure, or null if none failed */
        public String lastError() {
            return lastError;
        }

        /** @return the latest notification of each event active now, in the order they were opened */
        public List<HealthNotification> active() {
            return active;
        }

        @Override
        public String toString() {
            return "TargetStatus{" + target + ", lastSuccess=" + lastSuccess + ", consecutiveFailures="
                    + consecutiveFailures + ", active=" + active.size() + "}";
        }
    }
}
