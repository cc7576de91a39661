package dev.slakit.status.watch;

import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import dev.slakit.status.StatusClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code ListEvents} polling into pushed notifications: {@link EventOpened}, {@link SeverityChanged}
 * and {@link EventResolved}, for a set of (region, product) {@linkplain WatchTarget targets}.
 *
 * <pre>{@code
 * HealthWatcher watcher = HealthWatcher.builder(client)
 *     .target("cn-hangzhou", "ecs").target("cn-shanghai", "oss")
 *     .interval(Duration.ofMinutes(1)).lookbackDays(2)
 *     .store(FileWatchStateStore.open(Paths.get("health-watch.json")))
 *     .listener(n -> { if (n.isIncident()) page(n); })
 *     .errorListener(f -> log.warn("poll failed: {}", f))
 *     .build();
 * watcher.start();        // or watcher.pollOnce() from your own scheduler or a test
 * ...
 * watcher.close();        // does not close the StatusClient
 * }</pre>
 *
 * <h2>What is announced</h2>
 * An event is identified by {@link EventKey} (region, product, title, start time). It is <em>active</em>
 * while its severity is not NORMAL (ALARM, NOTIFICATION, or a value this version does not know, so a new
 * severity is never swallowed) and it has no end time, or a planned end time still ahead of the instant the
 * poll observed it (a maintenance listed 12:00-14:00 and seen at 13:00 is active; the first poll at or after
 * 14:00 resolves it with reason ENDED). Each poll is compared with the stored state of its target:
 * <ul>
 * <li>an event becomes active (new, or known as NORMAL / ended before): {@link EventOpened} (re-opened when
 *     known before, so ALARM &rarr; NORMAL &rarr; ALARM gives opened, resolved, opened);</li>
 * <li>an active event changes severity and stays active: {@link SeverityChanged} (two severities this
 *     version does not know differ by their raw text);</li>
 * <li>an active event's end time arrives, it goes NORMAL, or it vanishes while its start is still inside the lookback
 *     window: {@link EventResolved} with {@link EventResolved.Reason ENDED}, {@code WENT_NORMAL} or
 *     {@code VANISHED};</li>
 * <li>an unchanged event: nothing, however often it is polled.</li>
 * </ul>
 * Decisions where the issue left a choice:
 * <ul>
 * <li><b>First good poll of a target</b> (no stored state): active events are announced as opened; events
 *     already over (ended or NORMAL) are history from before watching and are stored silently.</li>
 * <li><b>Over before we saw it, after the first poll</b>: an event that is new but already ended with
 *     ALARM / NOTIFICATION severity began and ended between two good polls (polls failed, or the process
 *     was down with a {@link FileWatchStateStore}). It is announced as {@link EventOpened} immediately
 *     followed by {@link EventResolved} (reason ENDED), both with the same {@code observedAt}, so no incident
 *     is lost. A new event first seen as NORMAL carries no incident or maintenance severity and is stored
 *     silently.</li>
 * <li><b>Disappearing events</b>: an event whose start is before the first day of the lookback window has
 *     aged out; it is forgotten silently, even if it was active (the API no longer reports on it). An
 *     active event that vanishes while its start is inside the window is resolved with reason VANISHED.</li>
 * <li><b>Failed polls</b> leave the stored state untouched; the next good poll compares against it, so
 *     every change that happened meanwhile is announced once.</li>
 * </ul>
 * A poll asks for {@code EndDate} = today in the watcher's {@linkplain Builder#zone zone} and
 * {@code NumOfDay} = lookbackDays; its window is read as {@code [EndDate - NumOfDay days, EndDate]} (the
 * statement of work's "截至点往前几天", and the window the fake server of src-test-fixtures lists), so an
 * event starting before {@code EndDate - NumOfDay days} has aged out.
 *
 * <h2>Scheduling</h2>
 * {@link #start()} schedules each target on the executor (a user-supplied {@link ScheduledExecutorService},
 * never shut down by the watcher, or one daemon thread of the watcher's own, shut down by {@link #close()}).
 * Target {@code i} of {@code n} first runs after {@code i * interval / n}, so targets are spread evenly over
 * the interval and 1,000 targets do not burst. Polls use {@link StatusClient#listEventsAsync} so a slow
 * reply does not hold the scheduling thread; then the next poll of that target runs {@code interval} after
 * the reply. A failed poll goes to the {@linkplain PollFailureListener error listeners} (or is logged at WARN
 * if there are none) and the target backs off: after {@code k} failures in a row the next poll runs after
 * {@code min(interval * 2^k, maxBackoff)} (default cap: 10 intervals). A good poll resets the back-off.
 *
 * <h2>Listeners</h2>
 * Every listener has its own serial queue, drained on the listener executor (a user-supplied
 * {@link Executor}, or a cached pool of daemon threads the watcher owns): a listener is never called
 * concurrently with itself, sees notifications in order, and a slow or throwing listener delays nobody
 * else. Notifications of one poll are stored <em>before</em> they are dispatched: if the store fails the
 * poll fails and nothing is announced.
 *
 * <p>Thread-safe. At most one poll of a target is in flight at a time ({@link #pollOnce()} waits for a
 * scheduled poll of the same target to finish; a scheduled poll that finds a {@code pollOnce()} in flight
 * skips one interval), so replies are applied in the order the service gave them. Do not call
 * {@code pollOnce()} from a task of the watcher's own single-threaded executor: it would wait for itself.
 */
public final class HealthWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HealthWatcher.class);
    /** The zone whose calendar days the {@code EndDate} of requests counts in, by default. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    /** The default polling interval: one minute. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    /** The default lookback: 7 days (the example of the API document). */
    public static final int DEFAULT_LOOKBACK_DAYS = 7;
    /** The default time {@link #close()} waits for a running listener or poll. */
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final AtomicInteger WATCHER_IDS = new AtomicInteger();

    private final StatusClient client;
    private final List<Target> targets;
    private final long intervalNanos;
    private final long maxBackoffNanos;
    private final int lookbackDays;
    private final Clock clock;
    private final ZoneId zone;
    private final WatchStateStore store;
    private final ScheduledExecutorService userScheduler;
    private final Executor listenerExecutor;
    private final ExecutorService ownedListenerExecutor;
    private final long closeTimeoutNanos;
    private final String name;
    private final CopyOnWriteArrayList<SerialDispatcher<HealthNotification>> listeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<SerialDispatcher<PollFailure>> errorListeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private ScheduledExecutorService scheduler;
    private boolean ownsScheduler;
    private volatile boolean started;
    private volatile boolean closed;

    private HealthWatcher(Builder b) {
        this.client = b.client;
        this.intervalNanos = b.interval.toNanos();
        this.maxBackoffNanos = (b.maxBackoff == null ? b.interval.multipliedBy(10) : b.maxBackoff).toNanos();
        this.lookbackDays = b.lookbackDays;
        this.clock = b.clock;
        this.zone = b.zone;
        this.store = b.store == null ? new InMemoryWatchStateStore() : b.store;
        this.userScheduler = b.executor;
        this.closeTimeoutNanos = b.closeTimeout.toNanos();
        this.name = "slakit-health-watcher-" + WATCHER_IDS.incrementAndGet();
        if (b.listenerExecutor == null) {
            this.ownedListenerExecutor = Executors.newCachedThreadPool(daemonThreads(name + "-listener-"));
            this.listenerExecutor = ownedListenerExecutor;
        } else {
            this.ownedListenerExecutor = null;
            this.listenerExecutor = b.listenerExecutor;
        }
        List<Target> list = new ArrayList<>(b.targets.size());
        for (WatchTarget t : b.targets) {
            list.add(new Target(t));
        }
        this.targets = Collections.unmodifiableList(list);
        for (HealthListener l : b.listeners) {
            addListener(l);
        }
        for (PollFailureListener l : b.errorListeners) {
            addErrorListener(l);
        }
    }

    /**
     * Starts building a watcher.
     *
     * @param client the client to poll with, not null; the watcher never closes it
     * @return a builder
     */
    public static Builder builder(StatusClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /** @return the watched targets, in the order they are spread over the interval; unmodifiable */
    public List<WatchTarget> targets() {
        List<WatchTarget> list = new ArrayList<>(targets.size());
        for (Target t : targets) {
            list.add(t.target);
        }
        return Collections.unmodifiableList(list);
    }

    /** @return the store holding the state of the targets */
    public WatchStateStore store() {
        return store;
    }

    /** @return true once {@link #close()} was called */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Registers a listener for notifications produced from now on.
     *
     * @param listener the listener, not null
     * @throws IllegalStateException if the watcher is closed
     */
    public void addListener(HealthListener listener) {
        Objects.requireNonNull(listener, "listener");
        ensureOpen();
        listeners.add(new SerialDispatcher<HealthNotification>(listener, listener::onNotification, listenerExecutor));
    }

    /**
     * Unregisters a listener (compared by identity); notifications already queued for it are dropped.
     *
     * @param listener the listener, not null
     * @return true if it was registered
     */
    public boolean removeListener(HealthListener listener) {
        return remove(listeners, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Registers a listener for failed polls from now on.
     *
     * @param listener the listener, not null
     * @throws IllegalStateException if the watcher is closed
     */
    public void addErrorListener(PollFailureListener listener) {
        Objects.requireNonNull(listener, "listener");
        ensureOpen();
        errorListeners.add(new SerialDispatcher<PollFailure>(listener, listener::onPollFailure, listenerExecutor));
    }

    /**
     * Unregisters an error listener (compared by identity).
     *
     * @param listener the listener, not null
     * @return true if it was registered
     */
    public boolean removeErrorListener(PollFailureListener listener) {
        return remove(errorListeners, Objects.requireNonNull(listener, "listener"));
    }

    private static <T> boolean remove(List<SerialDispatcher<T>> dispatchers, Object listener) {
        for (SerialDispatcher<T> d : dispatchers) {
            if (d.owner() == listener && dispatchers.remove(d)) {
                d.close(0);
                return true;
            }
        }
        return false;
    }

    /**
     * Starts the scheduled polling, spread over the interval (see the class description). Calling it again
     * does nothing.
     *
     * @return this watcher
     * @throws IllegalStateException if the watcher is closed
     */
    public HealthWatcher start() {
        synchronized (lifecycle) {
            ensureOpen();
            if (started) {
                return this;
            }
            if (userScheduler != null) {
                scheduler = userScheduler;
            } else {
                scheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads(name + "-poller-"));
                ownsScheduler = true;
            }
            started = true;
            int n = targets.size();
            for (int i = 0; i < n; i++) {
                schedule(targets.get(i), initialDelayNanos(intervalNanos, i, n));
            }
        }
        return this;
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

    /**
     * Polls every target once, one after the other on the calling thread, with
     * {@link StatusClient#listEvents}; then reconciles all replies, saves the changed states in one
     * {@link WatchStateStore#commit} per changed target and dispatches the notifications to the listeners (failures go to the
     * error listeners). Works whether or not the watcher is started.
     *
     * @return what was polled, announced and failed
     * @throws IllegalStateException if the watcher is closed
     */
    public PollSummary pollOnce() {
        ensureOpen();
        List<Reply> replies = new ArrayList<>(targets.size());
        List<PollFailure> failures = new ArrayList<>();
        List<Target> held = new ArrayList<>(targets.size());
        int polled = 0;
        try {
            for (Target t : targets) {
                if (closed || !acquireInFlight(t)) {
                    break;
                }
                held.add(t);
                polled++;
                ListEventsRequest request = request(t.target);
                try {
                    ListEventsResponse response = client.listEvents(request);
                    replies.add(new Reply(t, request, response, clock.instant()));
                } catch (RuntimeException e) {
                    failures.add(failed(t, e, clock.instant(), nextRunAt(t)));
                }
            }
            List<HealthNotification> notifications = new ArrayList<>();
            for (Map.Entry<Reply, RuntimeException> f : apply(replies, notifications).entrySet()) {
                Target t = f.getKey().target;
                failures.add(failed(t, f.getValue(), f.getKey().observedAt, nextRunAt(t)));
            }
            return PollSummary.of(polled, notifications, failures);
        } finally {
            for (Target t : held) {
                t.inFlight.release();
            }
        }
    }

    /** Waits until no other poll of {@code t} is in flight; false if interrupted (the flag is restored). */
    private static boolean acquireInFlight(Target t) {
        try {
            t.inFlight.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Instant nextRunAt(Target t) {
        t.lock.lock();
        try {
            return t.nextRunAt;
        } finally {
            t.lock.unlock();
        }
    }

    private ListEventsRequest request(WatchTarget target) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return ListEventsRequest.builder().regionId(target.regionId()).productId(target.productId())
                .endDate(today).numOfDay(lookbackDays).build();
    }

    /**
     * Reconciles replies with the stored states, saves the changed states in one batch, then dispatches the
     * notifications of the targets whose state is stored. The targets' locks are held throughout, taken in
     * target order (a thread holding one lock never waits for another, so there is no deadlock).
     *
     * @param replies replies of distinct targets, in target order
     * @param out receives the dispatched notifications, in order
     * @return the replies that failed (the store could not save their state), with the error
     */
    private Map<Reply, RuntimeException> apply(List<Reply> replies, List<HealthNotification> out) {
        Map<Reply, RuntimeException> failed = new LinkedHashMap<>();
        for (Reply r : replies) {
            r.target.lock.lock();
        }
        try {
            for (Reply r : replies) {
                WatchTarget target = r.target.target;
                Instant windowStart = r.request.endDate().minusDays(r.request.numOfDay()).atStartOfDay(zone)
                        .toInstant();
                Reconciler.Result result = Reconciler.reconcile(target, store.load(target).orElse(null),
                        r.response.events(), windowStart, r.observedAt);
                if (result.changed) {
                    try {
                        store.commit(result.state(target, r.observedAt), result.notifications);
                    } catch (RuntimeException e) {
                        // Nothing is announced: the next good poll produces the same notifications again.
                        failed.put(r, e);
                        continue;
                    }
                }
                r.target.failures = 0;
                for (HealthNotification n : result.notifications) {
                    for (SerialDispatcher<HealthNotification> d : listeners) {
                        d.submit(n);
                    }
                }
                if (!result.notifications.isEmpty()) {
                    List<String> ids = new ArrayList<>();
                    for (HealthNotification n : result.notifications) {
                        ids.add(n.id());
                    }
                    store.markDelivered(ids);
                }
                out.addAll(result.notifications);
            }
            return failed;
        } finally {
            for (int i = replies.size() - 1; i >= 0; i--) {
                replies.get(i).target.lock.unlock();
            }
        }
    }

    private PollFailure failed(Target t, RuntimeException error, Instant now, Instant nextAttemptAtOrNull) {
        int attempt;
        t.lock.lock();
        try {
            attempt = ++t.failures;
        } finally {
            t.lock.unlock();
        }
        PollFailure failure = PollFailure.of(t.target, error, attempt, now, nextAttemptAtOrNull);
        if (errorListeners.isEmpty()) {
            LOG.warn("poll of {} failed (attempt {}), next attempt at {}", t.target, attempt,
                    nextAttemptAtOrNull == null ? "none scheduled" : nextAttemptAtOrNull, error);
        } else {
            LOG.debug("poll of {} failed (attempt {})", t.target, attempt, error);
            for (SerialDispatcher<PollFailure> d : errorListeners) {
                d.submit(failure);
            }
        }
        return failure;
    }

    private void schedule(Target t, long delayNanos) {
        t.lock.lock();
        try {
            if (closed) {
                return;
            }
            t.future = scheduler.schedule(() -> pollScheduled(t), delayNanos, TimeUnit.NANOSECONDS);
            t.nextRunAt = clock.instant().plusNanos(delayNanos);
        } catch (RejectedExecutionException e) {
            LOG.warn("the executor rejected the next poll of {}; it stops being polled", t.target, e);
        } finally {
            t.lock.unlock();
        }
    }

    private void pollScheduled(Target t) {
        if (closed) {
            return;
        }
        if (!t.inFlight.tryAcquire()) {
            // A pollOnce() of this target is in flight; its reply is as fresh as ours would be.
            schedule(t, intervalNanos);
            return;
        }
        ListEventsRequest request = request(t.target);
        CompletableFuture<ListEventsResponse> reply;
        try {
            reply = client.listEventsAsync(request);
        } catch (RuntimeException e) {
            reply = new CompletableFuture<>();
            reply.completeExceptionally(e);
        }
        reply.whenComplete((response, error) -> {
            try {
                scheduler.execute(() -> {
                    try {
                        completeScheduled(t, request, response, error);
                    } finally {
                        t.inFlight.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                t.inFlight.release();
                if (!closed) {
                    LOG.warn("the executor rejected a poll reply of {}; it stops being polled", t.target, e);
                }
            }
        });
    }

    private void completeScheduled(Target t, ListEventsRequest request, ListEventsResponse response,
            Throwable error) {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        RuntimeException failure;
        if (error != null) {
            failure = unwrap(error);
        } else {
            Reply reply = new Reply(t, request, response, now);
            failure = apply(Collections.singletonList(reply), new ArrayList<HealthNotification>()).get(reply);
        }
        if (failure == null) {
            schedule(t, intervalNanos);
            return;
        }
        int failuresSoFar;
        t.lock.lock();
        try {
            failuresSoFar = t.failures + 1;
        } finally {
            t.lock.unlock();
        }
        long delay = backoffNanos(intervalNanos, maxBackoffNanos, failuresSoFar);
        failed(t, failure, now, now.plusNanos(delay));
        schedule(t, delay);
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

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this HealthWatcher is closed");
        }
    }

    /**
     * Stops polling and delivering. When it returns, no poll is scheduled, queued notifications are dropped
     * and no listener is running (a listener still running after the close timeout is logged and left to
     * finish; close() called from a listener does not wait for that listener). Shuts down the executors the
     * watcher created, never a user-supplied one, and never closes the {@link StatusClient} or the store.
     * Idempotent.
     */
    @Override
    public void close() {
        ScheduledExecutorService ownScheduler;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            ownScheduler = ownsScheduler ? scheduler : null;
        }
        for (Target t : targets) {
            t.lock.lock();
            try {
                if (t.future != null) {
                    t.future.cancel(false);
                }
            } finally {
                t.lock.unlock();
            }
        }
        long deadline = System.nanoTime() + closeTimeoutNanos;
        if (ownScheduler != null) {
            ownScheduler.shutdown();
            awaitTermination(ownScheduler, deadline);
        }
        List<SerialDispatcher<?>> all = new ArrayList<>();
        all.addAll(listeners);
        all.addAll(errorListeners);
        for (SerialDispatcher<?> d : all) {
            d.close(Math.max(0, deadline - System.nanoTime()));
        }
        if (ownedListenerExecutor != null) {
            ownedListenerExecutor.shutdown();
        }
    }

    private static void awaitTermination(ExecutorService executor, long deadline) {
        try {
            if (!executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public String toString() {
        return "HealthWatcher{" + name + ", targets=" + targets.size() + ", interval="
                + Duration.ofNanos(intervalNanos) + ", lookbackDays=" + lookbackDays + ", started=" + started
                + ", closed=" + closed + "}";
    }

    /** Per-target scheduling state; fields guarded by {@code lock}. */
    private static final class Target {
        final WatchTarget target;
        final ReentrantLock lock = new ReentrantLock();
        /** At most one poll of a target is in flight, so replies are applied in the order the service gave them. */
        final Semaphore inFlight = new Semaphore(1);
        int failures;
        ScheduledFuture<?> future;
        Instant nextRunAt;

        Target(WatchTarget target) {
            this.target = target;
        }
    }

    /** One reply to apply; {@code result} and {@code newState} are filled in while applying. */
    private static final class Reply {
        final Target target;
        final ListEventsRequest request;
        final ListEventsResponse response;
        final Instant observedAt;

        Reply(Target target, ListEventsRequest request, ListEventsResponse response, Instant observedAt) {
            this.target = target;
            this.request = request;
            this.response = response;
            this.observedAt = observedAt;
        }
    }

    /** Builds a {@link HealthWatcher}; setters validate at once. Not thread-safe. */
    public static final class Builder {
        private final StatusClient client;
        private final Set<WatchTarget> targets = new LinkedHashSet<>();
        private Duration interval = DEFAULT_INTERVAL;
        private Duration maxBackoff;
        private int lookbackDays = DEFAULT_LOOKBACK_DAYS;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = DEFAULT_ZONE;
        private WatchStateStore store;
        private ScheduledExecutorService executor;
        private Executor listenerExecutor;
        private Duration closeTimeout = DEFAULT_CLOSE_TIMEOUT;
        private final List<HealthListener> listeners = new ArrayList<>();
        private final List<PollFailureListener> errorListeners = new ArrayList<>();

        private Builder(StatusClient client) {
            this.client = client;
        }

        /**
         * Adds a target; adding the same pair twice watches it once.
         *
         * @param regionId the region id, such as {@code cn-hangzhou}, or {@code oo-region}
         * @param productId the product code, such as {@code ecs}
         * @return this builder
         * @throws IllegalArgumentException if either is blank
         */
        public Builder target(String regionId, String productId) {
            return target(WatchTarget.of(regionId, productId));
        }

        /**
         * Adds a target.
         *
         * @param target the target, not null
         * @return this builder
         */
        public Builder target(WatchTarget target) {
            targets.add(Objects.requireNonNull(target, "target"));
            return this;
        }

        /**
         * Adds targets, in iteration order.
         *
         * @param targets the targets, not null, no null element
         * @return this builder
         */
        public Builder targets(Collection<WatchTarget> targets) {
            for (WatchTarget t : Objects.requireNonNull(targets, "targets")) {
                target(t);
            }
            return this;
        }

        /**
         * @param interval the time between two polls of one target, greater than zero; default 1 minute
         * @return this builder
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder interval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("interval must be > 0, was " + interval);
            }
            this.interval = interval;
            return this;
        }

        /**
         * @param maxBackoff the longest delay after failed polls, at least the interval; default 10 intervals
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param lookbackDays how many calendar days, up to and including today, each poll asks for
         *     ({@code NumOfDay}); at least 1; default 7
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder lookbackDays(int lookbackDays) {
            if (lookbackDays < 1) {
                throw new IllegalArgumentException("lookbackDays must be >= 1 (days up to and including today), was "
                        + lookbackDays);
            }
            this.lookbackDays = lookbackDays;
            return this;
        }

        /**
         * @param clock the clock for "observed at" and for today's date; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param zone the zone whose calendar day is "today" for {@code EndDate} and the lookback window;
         *     default Asia/Shanghai (the document does not say; the dashboard is operated from China)
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * @param store where target states are kept; default a new {@link InMemoryWatchStateStore}
         * @return this builder
         */
        public Builder store(WatchStateStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * @param executor the executor that runs scheduled polls; the watcher never shuts it down. Default:
         *     one daemon thread the watcher creates on {@link HealthWatcher#start()} and shuts down on close
         * @return this builder
         */
        public Builder executor(ScheduledExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * @param listenerExecutor the executor that runs listeners, each listener serially; the watcher never
         *     shuts it down. It needs as many threads as listeners that may be slow at the same time. Default:
         *     a cached pool of daemon threads the watcher owns
         * @return this builder
         */
        public Builder listenerExecutor(Executor listenerExecutor) {
            this.listenerExecutor = Objects.requireNonNull(listenerExecutor, "listenerExecutor");
            return this;
        }

        /**
         * @param closeTimeout how long {@link HealthWatcher#close()} waits for a running poll or listener,
         *     zero or more; default 5 seconds
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder closeTimeout(Duration closeTimeout) {
            Objects.requireNonNull(closeTimeout, "closeTimeout");
            if (closeTimeout.isNegative()) {
                throw new IllegalArgumentException("closeTimeout must be >= 0, was " + closeTimeout);
            }
            this.closeTimeout = closeTimeout;
            return this;
        }

        /**
         * @param listener a listener of notifications, not null
         * @return this builder
         */
        public Builder listener(HealthListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @param listener a listener of failed polls, not null
         * @return this builder
         */
        public Builder errorListener(PollFailureListener listener) {
            errorListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Validates and builds. Nothing is polled until {@link HealthWatcher#start()} or
         * {@link HealthWatcher#pollOnce()}.
         *
         * @return the watcher
         * @throws IllegalArgumentException if no target was added, or maxBackoff is shorter than the interval
         */
        public HealthWatcher build() {
            if (targets.isEmpty()) {
                throw new IllegalArgumentException(
                        "targets must contain at least one (regionId, productId) pair: call target(...)");
            }
            if (maxBackoff != null && maxBackoff.compareTo(interval) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= interval (" + interval + "), was "
                        + maxBackoff);
            }
            return new HealthWatcher(this);
        }
    }
}
