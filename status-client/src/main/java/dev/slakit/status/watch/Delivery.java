package dev.slakit.status.watch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery of notifications from the store's outbox to the listeners, and of poll failures to the error
 * listeners.
 *
 * <p>A notification enters delivery in one of two ways: {@link #commit} (the store keeps the new state and
 * the notifications atomically, then they are queued here) or {@link #redeliverPending} (the store's outbox
 * holds notifications this watcher has not queued: a crash or a timed-out close left them). Each listener has
 * its own serial queue ({@link SerialDispatcher}). When every listener registered at queueing time was handed a
 * notification (a listener that throws counts as handed; a listener removed meanwhile counts as handed too),
 * its id is recorded with {@link WatchStateStore#markDelivered}, in batches, on the listener executor (one
 * recording at a time; ids handed meanwhile form the next batch). Thread-safe.
 */
final class Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private final WatchStateStore store;
    private final Executor executor;
    private final CopyOnWriteArrayList<SerialDispatcher<Tracked>> listeners = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<SerialDispatcher<PollFailure>> errorListeners = new CopyOnWriteArrayList<>();
    /** Queued here and not yet recorded as delivered, by id, in queueing order. Guarded by itself. */
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final Object recordLock = new Object();
    /** Ids handed to every listener, waiting to be recorded. Guarded by recordLock. */
    private final List<String> toRecord = new ArrayList<>();
    /** Ids whose recording failed; retried with the next batch. Guarded by recordLock. */
    private final List<String> unrecorded = new ArrayList<>();
    private boolean recording;
    private volatile boolean closed;

    Delivery(WatchStateStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
    }

    /** One notification on its way to the listeners. */
    private static final class Tracked {
        final HealthNotification notification;
        final AtomicInteger remaining = new AtomicInteger();

        Tracked(HealthNotification notification) {
            this.notification = notification;
        }
    }

    void addListener(HealthListener listener) {
        listeners.add(new SerialDispatcher<Tracked>(listener, t -> {
            try {
                listener.onNotification(t.notification);
            } finally {
                handed(t);
            }
        }, executor));
    }

    boolean removeListener(HealthListener listener) {
        for (SerialDispatcher<Tracked> d : listeners) {
            if (d.owner() == listener && listeners.remove(d)) {
                // No longer registered: what it would have been handed counts as handed.
                for (Tracked t : d.close(0)) {
                    handed(t);
                }
                return true;
            }
        }
        return false;
    }

    void addErrorListener(PollFailureListener listener) {
        errorListeners.add(new SerialDispatcher<PollFailure>(listener, listener::onPollFailure, executor));
    }

    boolean removeErrorListener(PollFailureListener listener) {
        for (SerialDispatcher<PollFailure> d : errorListeners) {
            if (d.owner() == listener && errorListeners.remove(d)) {
                d.close(0);
                return true;
            }
        }
        return false;
    }

    /** @return whether a failure reaches someone; if not, the caller logs it */
    boolean hasErrorListeners() {
        return !errorListeners.isEmpty();
    }

    void failure(PollFailure failure) {
        for (SerialDispatcher<PollFailure> d : errorListeners) {
            d.submit(failure);
        }
    }

    /**
     * Commits the state and its notifications to the store, then queues the notifications for every listener.
     *
     * @throws RuntimeException what the store threw; nothing is queued then
     */
    void commit(TargetState state, List<HealthNotification> produced) {
        List<Tracked> fresh;
        synchronized (tracked) {
            store.commit(state, produced);
            fresh = track(produced);
        }
        dispatch(fresh);
    }

    /**
     * Commits several targets' states and notifications to the store in one {@link WatchStateStore#commitAll},
     * then queues the notifications of the states that were kept.
     *
     * @return the targets whose state was not kept, with the error; empty if all were
     */
    Map<WatchTarget, RuntimeException> commitAll(List<TargetState> states, List<HealthNotification> produced) {
        Map<WatchTarget, RuntimeException> failed = new LinkedHashMap<>();
        List<Tracked> fresh;
        synchronized (tracked) {
            try {
                store.commitAll(states, produced);
            } catch (RuntimeException e) {
                for (TargetState s : states) {
                    if (!kept(s)) {
                        failed.put(s.target(), e);
                    }
                }
            }
            List<HealthNotification> kept = new ArrayList<>(produced.size());
            for (HealthNotification n : produced) {
                if (!failed.containsKey(n.stateTarget())) {
                    kept.add(n);
                }
            }
            fresh = track(kept);
        }
        dispatch(fresh);
        return failed;
    }

    private boolean kept(TargetState s) {
        try {
            return store.load(s.target()).equals(java.util.Optional.of(s));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Queues the store's {@linkplain WatchStateStore#pending() pending} notifications that this watcher has
     * not queued itself.
     *
     * @return how many were queued
     * @throws RuntimeException what the store threw
     */
    int redeliverPending() {
        List<Tracked> fresh;
        synchronized (tracked) {
            List<HealthNotification> pending = store.pending();
            List<HealthNotification> unknown = new ArrayList<>(pending.size());
            for (HealthNotification n : pending) {
                if (!tracked.containsKey(n.id())) {
                    unknown.add(n);
                }
            }
            fresh = track(unknown);
        }
        if (!fresh.isEmpty()) {
            LOG.info("redelivering {} notifications left undelivered in the outbox of {}", fresh.size(), store);
        }
        dispatch(fresh);
        return fresh.size();
    }

    /** Registers notifications, each waiting for every listener registered now. Caller holds {@code tracked}. */
    private List<Tracked> track(List<HealthNotification> notifications) {
        List<Tracked> fresh = new ArrayList<>(notifications.size());
        for (HealthNotification n : notifications) {
            Tracked t = new Tracked(n);
            tracked.put(n.id(), t);
            fresh.add(t);
        }
        return fresh;
    }

    private void dispatch(List<Tracked> fresh) {
        if (closed) {
            return; // close() reports them as undelivered
        }
        List<SerialDispatcher<Tracked>> now = new ArrayList<>(listeners);
        for (Tracked t : fresh) {
            t.remaining.set(now.size() + 1);
            for (SerialDispatcher<Tracked> d : now) {
                if (!d.submit(t)) {
                    handed(t); // removed meanwhile: no longer registered
                }
            }
            handed(t); // the +1 above: no listener at all means delivered at once
        }
    }

    private void handed(Tracked t) {
        if (t.remaining.decrementAndGet() != 0) {
            return;
        }
        synchronized (recordLock) {
            toRecord.add(t.notification.id());
            if (recording) {
                return;
            }
            recording = true;
        }
        // Record on another thread where there is one, so the listener goes on with its queue meanwhile and
        // the ids handed during one write are recorded together by the next.
        try {
            executor.execute(this::record);
        } catch (RejectedExecutionException e) {
            record();
        }
    }

    /** Records handed ids in batches until none is waiting; one thread at a time. */
    private void record() {
        while (true) {
            List<String> batch;
            synchronized (recordLock) {
                if (toRecord.isEmpty()) {
                    recording = false;
                    recordLock.notifyAll();
                    return;
                }
                batch = new ArrayList<>(unrecorded);
                batch.addAll(toRecord);
                unrecorded.clear();
                toRecord.clear();
            }
            if (!recordNow(batch)) {
                synchronized (recordLock) {
                    unrecorded.addAll(batch);
                }
            }
        }
    }

    /**
     * Waits until every queued notification was handed to every listener and recorded, or the deadline
     * passes; then stops delivering.
     *
     * @param deadlineNanos the {@link System#nanoTime()} to give up at
     * @return the notifications not handed to every listener, in queueing order; they stay in the outbox
     */
    List<HealthNotification> close(long deadlineNanos) {
        for (SerialDispatcher<Tracked> d : listeners) {
            d.awaitIdle(deadlineNanos);
        }
        closed = true;
        for (SerialDispatcher<Tracked> d : listeners) {
            d.close(Math.max(0, deadlineNanos - System.nanoTime()));
        }
        for (SerialDispatcher<PollFailure> d : errorListeners) {
            d.close(Math.max(0, deadlineNanos - System.nanoTime()));
        }
        synchronized (recordLock) {
            while (recording && System.nanoTime() < deadlineNanos) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(recordLock, deadlineNanos - System.nanoTime());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        retryUnrecorded();
        List<HealthNotification> undelivered = new ArrayList<>();
        synchronized (tracked) {
            for (Tracked t : tracked.values()) {
                if (t.remaining.get() > 0) {
                    undelivered.add(t.notification);
                }
            }
        }
        return undelivered;
    }

    /** One more attempt to record the ids whose recording failed, unless a recording is still running. */
    private void retryUnrecorded() {
        List<String> retry;
        synchronized (recordLock) {
            if (recording || unrecorded.isEmpty()) {
                return;
            }
            retry = new ArrayList<>(unrecorded);
            unrecorded.clear();
        }
        recordNow(retry);
    }

    /** Records the ids in the store; on failure logs them (they stay in the outbox) and returns false. */
    private boolean recordNow(List<String> ids) {
        try {
            store.markDelivered(ids);
        } catch (RuntimeException e) {
            LOG.warn("cannot record the delivery of {} notifications in {} (ids {}); they stay in its outbox and "
                    + "a later run delivers them again", ids.size(), store, ids, e);
            return false;
        }
        synchronized (tracked) {
            for (String id : ids) {
                tracked.remove(id);
            }
        }
        return true;
    }
}
