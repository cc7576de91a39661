package dev.slakit.status.watch;

import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.StatusClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@code ListEvents} polling into pushed notifications: {@link EventOpened}, {@link SeverityChanged}
 * and {@link EventResolved}, for a set of (region, product) {@linkplain WatchTarget targets}; and, for the
 * regions added with {@link Builder#regions(String...)}, {@code ListEventInProgress} polling of every product
 * of those regions with one call per interval, which adds {@link EventUpdated} (the rules are on that method;
 * the rest of this description is about {@code ListEvents} targets).
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
 * watcher.close();        // delivers what is queued; does not close the StatusClient or the store
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
 * <li><b>Clock steps back</b>: a target's time never runs backwards; activity is judged at the later of the
 *     reply's time and the stored state's, so a clock stepped back announces nothing again.</li>
 * <li><b>One event listed twice in one reply</b> (same title and start): one event; the entry that counts is
 *     the most severe (ALARM &gt; NOTIFICATION &gt; a severity this version does not know &gt; NORMAL), then an
 *     ongoing one, then the later end, then the greater raw severity text, whatever the order of the reply.</li>
 * </ul>
 * A poll asks for {@code EndDate} = today in the watcher's {@linkplain Builder#zone zone} and
 * {@code NumOfDay} = lookbackDays; an event starting before the first instant of the request's
 * {@linkplain ListEventsRequest#window() window} has aged out.
 *
 * <h2>Delivery guarantee: at least once, deduplicate by id</h2>
 * Every notification a poll produces reaches every listener registered when it was produced at least once,
 * across {@link #close()}, a crash (kill -9) or a restart, as far as the {@linkplain Builder#store store}
 * is durable:
 * <ol>
 * <li>A poll commits the target's new state <em>together with</em> its notifications (the store's outbox) in
 *     one atomic step ({@link WatchStateStore#commit}); the state never advances past notifications that are
 *     not durably queued. If the commit fails the poll fails and the next good poll produces the same
 *     notifications again.</li>
 * <li>Then the notifications are queued to every listener. Once every listener was handed a notification
 *     (it returned <em>or threw</em>: a throwing listener is logged and counts as handed, so one bad listener
 *     cannot make the watcher loop forever; a listener removed meanwhile counts as handed too), its id is
 *     recorded with {@link WatchStateStore#markDelivered} and it leaves the outbox.</li>
 * <li>{@link #close()} waits up to the close timeout for polls in flight and for listeners to be handed
 *     everything queued; what it could not deliver is logged at WARN with the ids and returned by
 *     {@link #undelivered()}. It stays in the store's outbox.</li>
 * <li>{@link #start()} and every {@link #pollOnce()} first deliver what the store's outbox holds that this
 *     watcher has not queued itself (left by a crash or a timed-out close), and a started watcher looks again
 *     once per interval.</li>
 * </ol>
 * A notification handed to a listener just before a crash, but not yet recorded, is delivered again after
 * the restart: each {@link HealthNotification#id()} is stable (the same on every redelivery and on every
 * watcher of a fleet sharing one store), so a listener that must act once deduplicates by it. With the default
 * {@link InMemoryWatchStateStore} the outbox dies with the process.
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
 * else.
 *
 * <h2>Fleets</h2>
 * Before each poll of a target the watcher asks the store whether this instance may poll it
 * ({@link WatchStateStore#tryClaim}); a target another live instance holds is skipped without a failure.
 * {@link #pollOnce()} therefore polls every target this instance holds or can claim.
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
    /** The default time {@link #close()} waits for polls in flight and for listeners to be handed everything. */
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final AtomicInteger WATCHER_IDS = new AtomicInteger();

    private final StatusClient client;
    private final Duration interval;
    private final int lookbackDays;
    private final WatchStateStore store;
    private final ScheduledExecutorService userScheduler;
    private final ExecutorService ownedListenerExecutor;
    private final long closeTimeoutNanos;
    private final String name;
    private final Delivery delivery;
    private final Poller poller;
    private final Activity activity = new Activity();
    private final TargetScheduler scheduler;
    /** The all-products targets; null when the builder added no region. */
    private final RegionPoller regionPoller;
    private final Object lifecycle = new Object();
    private ScheduledExecutorService ownScheduler;
    private volatile boolean started;
    private volatile boolean closed;
    private volatile List<HealthNotification> undelivered = Collections.emptyList();

    private HealthWatcher(Builder b) {
        this.client = b.client;
        this.interval = b.interval;
        long maxBackoffNanos = (b.maxBackoff == null ? b.interval.multipliedBy(10) : b.maxBackoff).toNanos();
        this.lookbackDays = b.lookbackDays;
        this.store = b.store == null ? new InMemoryWatchStateStore() : b.store;
        this.userScheduler = b.executor;
        this.closeTimeoutNanos = b.closeTimeout.toNanos();
        this.name = "slakit-health-watcher-" + WATCHER_IDS.incrementAndGet();
        Executor listenerExecutor;
        if (b.listenerExecutor == null) {
            this.ownedListenerExecutor = Executors.newCachedThreadPool(daemonThreads(name + "-listener-"));
            listenerExecutor = ownedListenerExecutor;
        } else {
            this.ownedListenerExecutor = null;
            listenerExecutor = b.listenerExecutor;
        }
        this.delivery = new Delivery(store, listenerExecutor);
        this.poller = new Poller(store, delivery, b.clock, b.zone, b.lookbackDays, b.interval);
        this.scheduler = new TargetScheduler(new ArrayList<>(b.targets), client, poller, activity, this::report,
                delivery::redeliverPending, b.interval.toNanos(), maxBackoffNanos);
        this.regionPoller = b.regions.isEmpty() ? null : new RegionPoller(new ArrayList<>(b.regions), client, store,
                delivery, activity, this::report, this::checkOutbox, b.clock, b.lookbackDays, b.interval);
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

    /**
     * @return the watched targets: the (region, product) pairs in the order they are spread over the interval,
     *     then the {@linkplain WatchTarget#isAllProducts() all-products} target of each region added with
     *     {@link Builder#regions(String...)}; unmodifiable
     */
    public List<WatchTarget> targets() {
        List<WatchTarget> list = new ArrayList<>();
        for (TargetScheduler.Slot s : scheduler.slots()) {
            list.add(s.target);
        }
        if (regionPoller != null) {
            list.addAll(regionPoller.regions());
        }
        return Collections.unmodifiableList(list);
    }

    /** @return the store holding the state of the targets and the outbox */
    public WatchStateStore store() {
        return store;
    }

    /** @return true once {@link #close()} was called */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Registers a listener for notifications produced (or redelivered from the outbox) from now on.
     *
     * @param listener the listener, not null
     * @throws IllegalStateException if the watcher is closed
     */
    public void addListener(HealthListener listener) {
        Objects.requireNonNull(listener, "listener");
        ensureOpen();
        delivery.addListener(listener);
    }

    /**
     * Unregisters a listener (compared by identity); notifications queued for it are dropped and count as
     * handed to it.
     *
     * @param listener the listener, not null
     * @return true if it was registered
     */
    public boolean removeListener(HealthListener listener) {
        return delivery.removeListener(Objects.requireNonNull(listener, "listener"));
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
        delivery.addErrorListener(listener);
    }

    /**
     * Unregisters an error listener (compared by identity).
     *
     * @param listener the listener, not null
     * @return true if it was registered
     */
    public boolean removeErrorListener(PollFailureListener listener) {
        return delivery.removeErrorListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Delivers what the store's outbox holds from an earlier run, then starts the scheduled polling, spread
     * over the interval (see the class description). Calling it again does nothing.
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
            ScheduledExecutorService executor = userScheduler;
            if (executor == null) {
                ownScheduler = Executors.newSingleThreadScheduledExecutor(daemonThreads(name + "-poller-"));
                executor = ownScheduler;
            }
            started = true;
            checkOutbox();
            scheduler.start(executor);
            if (regionPoller != null) {
                regionPoller.start(executor);
            }
        }
        return this;
    }

    /**
     * Delivers what the store's outbox holds that this watcher has not queued, then polls every target this
     * instance may poll ({@link WatchStateStore#tryClaim}; a target another instance of a fleet holds is
     * skipped and not counted) once, one after the other on the calling thread, with
     * {@link StatusClient#listEvents}; then reconciles every reply with its stored state, commits the changed
     * states with their notifications in one {@link WatchStateStore#commitAll}, and queues the notifications
     * to the listeners (failures go to the error listeners).
     * Works whether or not the watcher is started. It does not wait for listeners; {@link #close()} does.
     *
     * @return what was polled, announced and failed
     * @throws IllegalStateException if the watcher is closed
     */
    public PollSummary pollOnce() {
        ensureOpen();
        if (!activity.enter()) {
            throw new IllegalStateException("this HealthWatcher is closed");
        }
        try {
            checkOutbox();
            List<HealthNotification> notifications = new ArrayList<>();
            List<PollFailure> failures = new ArrayList<>();
            List<Poller.Reply> replies = new ArrayList<>();
            Map<WatchTarget, TargetScheduler.Slot> held = new LinkedHashMap<>();
            int polled = 0;
            try {
                for (TargetScheduler.Slot s : scheduler.slots()) {
                    if (activity.closing() || !acquire(s)) {
                        break;
                    }
                    held.put(s.target, s);
                    try {
                        if (!poller.claim(s.target)) {
                            continue;
                        }
                        polled++;
                        ListEventsRequest request = poller.request(s.target);
                        ListEventsResponse response = client.listEvents(request);
                        replies.add(new Poller.Reply(s.target, request, response, poller.now()));
                    } catch (RuntimeException e) {
                        failures.add(failed(s, e));
                    }
                }
                if (activity.abandoned()) {
                    // close() stopped waiting for this poll: nothing would deliver what it produces.
                    return PollSummary.of(polled, notifications, failures);
                }
                Map<WatchTarget, RuntimeException> failedApply = poller.applyAll(replies, notifications);
                for (Poller.Reply r : replies) {
                    TargetScheduler.Slot s = held.get(r.target);
                    RuntimeException e = failedApply.get(r.target);
                    if (e == null) {
                        s.succeeded();
                    } else {
                        failures.add(failed(s, e));
                    }
                }
                if (regionPoller != null && !activity.closing()) {
                    RegionPoller.Outcome o = regionPoller.pollNow();
                    polled += o.polled;
                    notifications.addAll(o.notifications);
                    failures.addAll(o.failures);
                }
            } finally {
                for (TargetScheduler.Slot s : held.values()) {
                    s.inFlight.release();
                }
            }
            return PollSummary.of(polled, notifications, failures);
        } finally {
            activity.exit();
        }
    }

    private PollFailure failed(TargetScheduler.Slot s, RuntimeException e) {
        PollFailure f = s.failed(e, poller.now(), s.nextRunAt());
        report(f);
        return f;
    }

    /** Waits until no other poll of the target is in flight; false if interrupted (the flag is restored). */
    private static boolean acquire(TargetScheduler.Slot s) {
        try {
            s.inFlight.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Queues the outbox's notifications this watcher has not queued; a failure is logged, not thrown. */
    private void checkOutbox() {
        try {
            delivery.redeliverPending();
        } catch (RuntimeException e) {
            LOG.warn("cannot read the outbox of {}; undelivered notifications wait for the next attempt", store, e);
        }
    }

    private void report(PollFailure failure) {
        if (delivery.hasErrorListeners()) {
            LOG.debug("poll of {} failed (attempt {})", failure.target(), failure.attempt(), failure.error());
            delivery.failure(failure);
        } else {
            LOG.warn("poll of {} failed (attempt {}), next attempt at {}", failure.target(), failure.attempt(),
                    failure.nextAttemptAt().isPresent() ? failure.nextAttemptAt().get() : "none scheduled",
                    failure.error());
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this HealthWatcher is closed");
        }
    }

    /**
     * Stops polling and delivers what is queued. In order, sharing one close timeout: cancels the scheduled
     * polls; waits for polls in flight (their notifications are committed and queued); waits until every
     * listener was handed every queued notification and the deliveries are recorded in the store; then stops
     * the listeners. What could not be delivered in time is logged at WARN (count and ids) and returned by
     * {@link #undelivered()}; it stays in the store's outbox, and a durable store's next run delivers it.
     * A listener still running after the timeout is left to finish; close() called from a listener does not
     * wait for that listener. Shuts down the executors the watcher created, never a user-supplied one, and
     * never closes the {@link StatusClient} or the store. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        long deadline = System.nanoTime() + closeTimeoutNanos;
        scheduler.stop();
        if (regionPoller != null) {
            regionPoller.stop();
        }
        int stillPolling = activity.close(deadline);
        if (stillPolling > 0) {
            LOG.warn("{} polls still in flight after the close timeout; what they commit stays in the outbox of {}",
                    stillPolling, store);
        }
        ScheduledExecutorService own;
        synchronized (lifecycle) {
            own = ownScheduler;
        }
        if (own != null) {
            own.shutdown();
            awaitTermination(own, deadline);
        }
        List<HealthNotification> left = delivery.close(deadline);
        undelivered = Collections.unmodifiableList(left);
        if (!left.isEmpty()) {
            List<String> ids = new ArrayList<>(left.size());
            for (HealthNotification n : left) {
                ids.add(n.id());
            }
            LOG.warn("close() could not deliver {} notifications within {}; they stay in the outbox of {}: {}",
                    left.size(), Duration.ofNanos(closeTimeoutNanos), store, ids);
        }
        if (ownedListenerExecutor != null) {
            ownedListenerExecutor.shutdown();
        }
    }

    /**
     * What {@link #close()} could not hand to every listener within the close timeout, in production order;
     * they stay in the store's outbox (a durable store's next run delivers them).
     *
     * @return the undelivered notifications; empty before close() and when everything was delivered
     */
    public List<HealthNotification> undelivered() {
        return undelivered;
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
        return "HealthWatcher{" + name + ", targets=" + scheduler.slots().size() + ", interval=" + interval
                + ", lookbackDays=" + lookbackDays + ", started=" + started + ", closed=" + closed + "}";
    }

    /** Builds a {@link HealthWatcher}; setters validate at once. Not thread-safe. */
    public static final class Builder {
        private final StatusClient client;
        private final Set<WatchTarget> targets = new LinkedHashSet<>();
        private final Set<WatchTarget> regions = new LinkedHashSet<>();
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
            if (Objects.requireNonNull(target, "target").isAllProducts()) {
                throw new IllegalArgumentException("target must name one product, was " + target
                        + "; watch every product of a region with regions(\"" + target.regionId() + "\")");
            }
            targets.add(target);
            return this;
        }

        /**
         * Watches every product of these regions with {@code ListEventInProgress}: one call per interval for all
         * the regions together, whatever their number, instead of one {@code ListEvents} call per (region,
         * product) pair. Adding a region twice watches it once; pairs added with {@link #target} are polled as
         * before, so both can be mixed.
         *
         * <p>What is announced, per (region, product) pair an event impacts (one notification per impacted
         * pair, each carrying the event's {@link HealthNotification#eventId() id}, so a listener filtering by
         * {@code regionId()} and {@code productId()} keeps working):
         * <ul>
         * <li>{@link EventOpened} when an event in progress first impacts the pair (on the first poll, every
         *     pair impacted and not recovered), or a recovered pair is impacted again;</li>
         * <li>{@link EventUpdated} for each update the event posts while the pair is impacted, with its content
         *     and publish time (updates already posted when the watcher first sees the event are not
         *     announced);</li>
         * <li>{@link EventResolved} with reason {@code ENDED} when the pair's impact gets a recovery time that has
         *     passed (an event is over when all its impacts have one), or {@code VANISHED} when the event, or
         *     its impact on the pair, leaves the list of events in progress.</li>
         * </ul>
         * Identity is the event's {@code Id}, not its title and start, so a retitled event stays one event.
         * {@code ListEventInProgress} gives no severity; these notifications carry {@link
         * dev.slakit.status.EventSeverity#ALARM ALARM} (so {@code isIncident()} is true): an event in progress is
         * a service event under way, and a watcher that pages on incidents must not miss it.
         *
         * <p>The regions' state is stored as one {@linkplain WatchTarget#allProducts(String) all-products}
         * target per region, in the same store (file or database, claimed per region by a fleet), so ids
         * stay stable across restarts and redelivery. A failed call is reported per region and tried again
         * at the next interval.
         *
         * @param regionIds region ids such as {@code cn-hangzhou}; not null, each a region id (letters, digits,
         *     {@code -}, {@code _}, {@code .})
         * @return this builder
         * @throws IllegalArgumentException naming {@code regionIds[i]} when one is not a region id
         */
        public Builder regions(String... regionIds) {
            Objects.requireNonNull(regionIds, "regionIds");
            List<WatchTarget> add = new ArrayList<>(regionIds.length);
            for (int i = 0; i < regionIds.length; i++) {
                String id = regionIds[i];
                try {
                    ListEventInProgressRequest.builder().regionIds(id).build();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("regionIds[" + i + "] must be a region id such as cn-hangzhou"
                            + " (letters, digits, '-', '_', '.'), was " + (id == null ? "null" : "\"" + id + "\""));
                }
                add.add(WatchTarget.allProducts(id));
            }
            regions.addAll(add);
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
            if (targets.isEmpty() && regions.isEmpty()) {
                throw new IllegalArgumentException(
                        "targets must contain at least one (regionId, productId) pair: call target(...) or regions(...)");
            }
            if (maxBackoff != null && maxBackoff.compareTo(interval) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= interval (" + interval + "), was "
                        + maxBackoff);
            }
            return new HealthWatcher(this);
        }
    }
}
