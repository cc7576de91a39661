package dev.slakit.status.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers items to one sink (a listener), one at a time and in order, on a shared executor: a slow sink
 * holds one executor thread and delays only its own queue. Exceptions of the sink are caught and logged,
 * WARN the first time, DEBUG afterwards. Thread-safe.
 *
 * @param <T> the item type
 */
final class SerialDispatcher<T> {

    private static final Logger LOG = LoggerFactory.getLogger(SerialDispatcher.class);

    private final Object owner;
    private final Consumer<? super T> sink;
    private final Executor executor;
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean closed;
    private Thread runner;
    private volatile boolean warned;

    SerialDispatcher(Object owner, Consumer<? super T> sink, Executor executor) {
        this.owner = owner;
        this.sink = sink;
        this.executor = executor;
    }

    /** @return the listener this dispatcher delivers to (for removal by identity) */
    Object owner() {
        return owner;
    }

    /**
     * Queues an item.
     *
     * @return false if the dispatcher is closed and the item was not queued
     */
    boolean submit(T item) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            queue.add(item);
            if (draining) {
                return true;
            }
            draining = true;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                draining = false;
                queue.clear();
                notifyAll();
            }
            LOG.warn("listener executor rejected delivery to {}; notifications dropped", owner, e);
        }
        return true;
    }

    private void drain() {
        while (true) {
            T next;
            synchronized (this) {
                next = closed ? null : queue.poll();
                if (next == null) {
                    draining = false;
                    runner = null;
                    notifyAll();
                    return;
                }
                runner = Thread.currentThread();
            }
            deliver(next);
        }
    }

    private void deliver(T item) {
        try {
            sink.accept(item);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            if (!warned) {
                warned = true;
                LOG.warn("listener {} threw on {}; it keeps receiving, further failures are logged at DEBUG",
                        owner, item, e);
            } else {
                LOG.debug("listener {} threw on {}", owner, item, e);
            }
        }
    }

    /**
     * Waits until every queued item was delivered (unless called from the delivering thread itself, which
     * would wait for itself).
     *
     * @param deadlineNanos the {@link System#nanoTime()} to give up at
     * @return true if the queue is empty and no delivery is running
     */
    synchronized boolean awaitIdle(long deadlineNanos) {
        while (draining && runner != Thread.currentThread()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return queue.isEmpty();
    }

    /**
     * Stops accepting items, drops the queued ones and waits until an item being delivered is done (unless
     * called from the delivering thread itself, which would wait for itself).
     *
     * @param timeoutNanos how long to wait at most
     * @return the items dropped, in queue order
     */
    List<T> close(long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        synchronized (this) {
            closed = true;
            List<T> dropped = new ArrayList<>(queue);
            queue.clear();
            while (draining && runner != Thread.currentThread()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("listener {} still running after the close timeout; close() returns anyway", owner);
                    return dropped;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return dropped;
                }
            }
            return dropped;
        }
    }
}
