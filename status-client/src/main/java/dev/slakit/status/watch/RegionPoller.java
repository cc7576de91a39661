package dev.slakit.status.watch;

import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.StatusClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The all-products targets of a {@link HealthWatcher} (its {@linkplain HealthWatcher.Builder#regions regions}):
 * claims each region, asks for the events in progress of all the claimed regions in one
 * {@code ListEventInProgress} call, {@linkplain InProgressReconciler reconciles} each region with its stored
 * state and commits the changed states with their notifications in one {@link WatchStateStore#commitAll}.
 * Scheduled once per interval (a failed call is tried again at the next interval), and shared with
 * {@link HealthWatcher#pollOnce()}; one poll in flight at a time. Thread-safe.
 */
final class RegionPoller {

    private static final Logger LOG = LoggerFactory.getLogger(RegionPoller.class);

    private final List<WatchTarget> regions;
    private final StatusClient client;
    private final WatchStateStore store;
    private final Delivery delivery;
    private final Activity activity;
    private final Consumer<PollFailure> failureReporter;
    private final Runnable outboxCheck;
    private final Clock clock;
    private final Duration lookback;
    private final Duration interval;
    private final Semaphore inFlight = new Semaphore(1);
    private final Map<WatchTarget, Integer> failures = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> future;

    RegionPoller(List<WatchTarget> regions, StatusClient client, WatchStateStore store, Delivery delivery,
            Activity activity, Consumer<PollFailure> failureReporter, Runnable outboxCheck, Clock clock,
            int lookbackDays, Duration interval) {
        this.regions = Collections.unmodifiableList(new ArrayList<>(regions));
        this.client = client;
        this.store = store;
        this.delivery = delivery;
        this.activity = activity;
        this.failureReporter = failureReporter;
        this.outboxCheck = outboxCheck;
        this.clock = clock;
        this.lookback = Duration.ofDays(lookbackDays);
        this.interval = interval;
    }

    /** What one poll did. */
    static final class Outcome {
        int polled;
        final List<HealthNotification> notifications = new ArrayList<>();
        final List<PollFailure> failures = new ArrayList<>();
    }

    List<WatchTarget> regions() {
        return regions;
    }

    /** Polls once per interval on {@code executor}, the first poll at once. */
    void start(ScheduledExecutorService executor) {
        try {
            future = executor.scheduleWithFixedDelay(this::runScheduled, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warn("the executor rejected the polls of regions {}; they are not polled", regionIds(regions), e);
        }
    }

    /** Cancels the scheduled polls; a poll in flight finishes. */
    void stop() {
        ScheduledFuture<?> f = future;
        if (f != null) {
            f.cancel(false);
        }
    }

    private void runScheduled() {
        if (!activity.enterDetached()) {
            return;
        }
        try {
            outboxCheck.run();
            if (inFlight.tryAcquire()) {
                try {
                    poll();
                } finally {
                    inFlight.release();
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("poll of regions {} failed", regionIds(regions), e);
        } finally {
            activity.exitDetached();
        }
    }

    /**
     * Polls now on the calling thread, after a poll in flight ends.
     *
     * @return what was polled, announced and failed; empty if interrupted (the flag is restored)
     */
    Outcome pollNow() {
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome();
        }
        try {
            return poll();
        } finally {
            inFlight.release();
        }
    }

    private Outcome poll() {
        Outcome out = new Outcome();
        List<WatchTarget> claimed = new ArrayList<>();
        for (WatchTarget r : regions) {
            try {
                if (store.tryClaim(r, interval)) {
                    claimed.add(r);
                }
            } catch (RuntimeException e) {
                fail(r, e, out);
            }
        }
        if (claimed.isEmpty()) {
            return out;
        }
        out.polled = claimed.size();
        ListEventInProgressResponse response;
        try {
            response = client.listEventInProgress(ListEventInProgressRequest.builder()
                    .regionIds(regionIds(claimed).toArray(new String[0])).build());
        } catch (RuntimeException e) {
            for (WatchTarget r : claimed) {
                fail(r, e, out);
            }
            return out;
        }
        if (activity.abandoned()) {
            return out; // close() stopped waiting for this poll: nothing would deliver what it produces
        }
        Instant now = clock.instant();
        Map<WatchTarget, RuntimeException> failed = new LinkedHashMap<>();
        List<TargetState> states = new ArrayList<>();
        List<HealthNotification> produced = new ArrayList<>();
        for (WatchTarget r : claimed) {
            try {
                InProgressReconciler.Result result = InProgressReconciler.reconcile(r, store.load(r).orElse(null),
                        response.events(), now.minus(lookback), now);
                if (result.changed) {
                    states.add(result.state);
                    produced.addAll(result.notifications);
                }
            } catch (RuntimeException e) {
                failed.put(r, e);
            }
        }
        if (!states.isEmpty()) {
            failed.putAll(delivery.commitAll(states, produced));
        }
        for (HealthNotification n : produced) {
            if (!failed.containsKey(n.stateTarget())) {
                out.notifications.add(n);
            }
        }
        for (WatchTarget r : claimed) {
            RuntimeException e = failed.get(r);
            if (e == null) {
                failures.remove(r);
            } else {
                fail(r, e, out);
            }
        }
        return out;
    }

    private void fail(WatchTarget region, RuntimeException error, Outcome out) {
        int attempt = failures.merge(region, 1, Integer::sum);
        Instant now = clock.instant();
        PollFailure f = PollFailure.of(region, error, attempt, now, future == null ? null : now.plus(interval));
        out.failures.add(f);
        failureReporter.accept(f);
    }

    private static List<String> regionIds(List<WatchTarget> targets) {
        List<String> ids = new ArrayList<>(targets.size());
        for (WatchTarget t : targets) {
            ids.add(t.regionId());
        }
        return ids;
    }
}
