package dev.slakit.status.watch;

import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduling of targets for a started {@link HealthWatcher}: spread over the interval, one poll of a
 * target in flight at a time, the next poll {@code interval} after a reply, exponential back-off after
 * failures, and, on a scheduled poll once per interval, a look into the store's outbox for notifications
 * left undelivered (another instance of a fleet may have died with some). Also
 * holds the per-target {@link Slot}s that {@link HealthWatcher#pollOnce()} shares. Thread-safe.
 */
final class TargetScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(TargetScheduler.class);

    private final List<Slot> slots;
    private final StatusClient client;
    private final Poller poller;
    private final Activity activity;
    private final Consumer<PollFailure> failures;
    private final Runnable outboxCheck;
    private final long intervalNanos;
    private final long maxBackoffNanos;
    private volatile ScheduledExecutorService executor;
    private volatile boolean stopped;
    /** When the outbox was last looked into; scheduled polls look again once an interval has passed. */
    private final AtomicLong lastOutboxCheckNanos = new AtomicLong();

    TargetScheduler(List<WatchTarget> targets, StatusClient client, Poller poller, Activity activity,
            Consumer<PollFailure> failures, Runnable outboxCheck, long intervalNanos, long maxBackoffNanos) {
        List<Slot> list = new ArrayList<>(targets.size());
        for (WatchTarget t : targets) {
            list.add(new Slot(t));
        }
        this.slots = Collections.unmodifiableList(list);
        this.client = client;
        this.poller = poller;
        this.activity = activity;
        this.failures = failures;
        this.outboxCheck = outboxCheck;
        this.intervalNanos = intervalNanos;
        this.maxBackoffNanos = maxBackoffNanos;
    }

    /** Per-target state shared by scheduled polls and {@code pollOnce()}; fields guarded by {@code lock}. */
    static final class Slot {
        final WatchTarget target;
        final ReentrantLock lock = new ReentrantLock();
        /** At most one poll of a target is in flight, so replies are applied in the order the service gave them. */
        final Semaphore inFlight = new Semaphore(1);
        int failures;
        ScheduledFuture<?> future;
        Instant nextRunAt;

        Slot(WatchTarget target) {
            this.target = target;
        }

        /** Records a failed poll. @return the failure to report */
        PollFailure failed(RuntimeException error, Instant now, Instant nextAttemptAtOrNull) {
            lock.lock();
            try {
                return PollFailure.of(target, error, ++failures, now, nextAttemptAtOrNull);
            } finally {
                lock.unlock();
            }
        }

        void succeeded() {
            lock.lock();
            try {
                failures = 0;
            } finally {
                lock.unlock();
            }
        }

        int failures() {
            lock.lock();
            try {
                return failures;
            } finally {
                lock.unlock();
            }
        }

        Instant nextRunAt() {
            lock.lock();
            try {
                return nextRunAt;
            } finally {
                lock.unlock();
            }
        }
    }

    List<Slot> slots() {
        return slots;
    }

    /** Schedules every target, target {@code i} of {@code n} after {@code i * interval / n}, and the outbox check. */
    void start(ScheduledExecutorService executor) {
        this.executor = executor;
        int n = slots.size();
        for (int i = 0; i < n; i++) {
            schedule(slots.get(i), initialDelayNanos(intervalNanos, i, n));
        }
        lastOutboxCheckNanos.set(System.nanoTime());
    }

    /** Cancels every scheduled poll; polls in flight finish. */
    void stop() {
        stopped = true;
        for (Slot s : slots) {
            s.lock.lock();
            try {
                if (s.future != null) {
                    s.future.cancel(false);
                }
            } finally {
                s.lock.unlock();
            }
        }
    }

    /** Target {@code i} of {@code n} starts after {@code i * interval / n}, without overflowing. */
    static long initialDelayNanos(long intervalNanos, int i, int n) {
        return intervalNanos / n * i + intervalNanos % n * i / n;
    }

    /** The delay after {@code failures} failed polls in a row: {@code min(interval * 2^failures, max)}. */
    static long backoffNanos(long intervalNanos, long maxBackoffNanos, int failures) {
        if (failures >= 62 || intervalNanos > (Long.MAX_VALUE >> failures)) {
            return maxBackoffNanos;
        }
        return Math.min(intervalNanos << failures, maxBackoffNanos);
    }

    /** Once per interval, on a scheduled poll: delivers what the outbox holds that nobody queued. */
    private void checkOutboxOncePerInterval() {
        long last = lastOutboxCheckNanos.get();
        long now = System.nanoTime();
        if (now - last < intervalNanos || !lastOutboxCheckNanos.compareAndSet(last, now)) {
            return;
        }
        try {
            outboxCheck.run();
        } catch (RuntimeException e) {
            LOG.warn("cannot read the outbox; will try again in one interval", e);
        }
    }

    private void schedule(Slot s, long delayNanos) {
        s.lock.lock();
        try {
            if (stopped) {
                return;
            }
            s.future = executor.schedule(() -> run(s), delayNanos, TimeUnit.NANOSECONDS);
            s.nextRunAt = poller.now().plusNanos(delayNanos);
        } catch (RejectedExecutionException e) {
            LOG.warn("the executor rejected the next poll of {}; it stops being polled", s.target, e);
        } finally {
            s.lock.unlock();
        }
    }

    private void run(Slot s) {
        if (stopped || !activity.enterDetached()) {
            return;
        }
        boolean handedOff = false;
        try {
            checkOutboxOncePerInterval();
            if (!s.inFlight.tryAcquire()) {
                // A pollOnce() of this target is in flight; its reply is as fresh as ours would be.
                schedule(s, intervalNanos);
                return;
            }
            try {
                if (!poller.claim(s.target)) {
                    // Another live instance of the fleet holds this target: not a failure.
                    s.inFlight.release();
                    schedule(s, intervalNanos);
                    return;
                }
            } catch (RuntimeException e) {
                s.inFlight.release();
                onFailure(s, e, poller.now());
                return;
            }
            ListEventsRequest request = poller.request(s.target);
            CompletableFuture<ListEventsResponse> reply;
            try {
                reply = client.listEventsAsync(request);
            } catch (RuntimeException e) {
                reply = new CompletableFuture<>();
                reply.completeExceptionally(e);
            }
            handedOff = true;
            reply.whenComplete((response, error) -> {
                try {
                    executor.execute(() -> {
                        try {
                            complete(s, request, response, error);
                        } finally {
                            s.inFlight.release();
                            activity.exitDetached();
                        }
                    });
                } catch (RejectedExecutionException e) {
                    s.inFlight.release();
                    activity.exitDetached();
                    if (!stopped) {
                        LOG.warn("the executor rejected a poll reply of {}; it stops being polled", s.target, e);
                    }
                }
            });
        } finally {
            if (!handedOff) {
                activity.exitDetached();
            }
        }
    }

    private void complete(Slot s, ListEventsRequest request, ListEventsResponse response, Throwable error) {
        if (activity.abandoned()) {
            return; // close() stopped waiting for this reply: nothing would deliver what it produces
        }
        Instant now = poller.now();
        RuntimeException failure = error == null ? null : unwrap(error);
        if (failure == null) {
            try {
                poller.apply(s.target, request, response, now);
                s.succeeded();
                schedule(s, intervalNanos);
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        onFailure(s, failure, now);
    }

    private void onFailure(Slot s, RuntimeException failure, Instant now) {
        long delay = backoffNanos(intervalNanos, maxBackoffNanos, s.failures() + 1);
        failures.accept(s.failed(failure, now, now.plusNanos(delay)));
        schedule(s, delay);
    }

    static RuntimeException unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        return new StatusClientException("poll failed: " + cause, cause);
    }
}
