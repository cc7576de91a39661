package dev.slakit.status.watch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A ScheduledExecutorService that records schedule() calls and runs them only when the test says so;
 * execute() runs inline. Single-threaded use only.
 */
final class CapturingScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    /** One scheduled task. */
    static final class Scheduled implements ScheduledFuture<Object> {
        final Runnable task;
        final long delayNanos;
        boolean cancelled;
        boolean ran;

        Scheduled(Runnable task, long delayNanos) {
            this.task = task;
            this.delayNanos = delayNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delayNanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(delayNanos, o.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || ran;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }

    final List<Scheduled> scheduled = new ArrayList<>();
    boolean shutdown;

    /** Runs the oldest pending (not run, not cancelled) task and returns it. */
    Scheduled runNext() {
        for (Scheduled s : new ArrayList<>(scheduled)) {
            if (!s.ran && !s.cancelled) {
                s.ran = true;
                s.task.run();
                return s;
            }
        }
        throw new AssertionError("nothing pending");
    }

    Scheduled last() {
        return scheduled.get(scheduled.size() - 1);
    }

    long pending() {
        return scheduled.stream().filter(s -> !s.ran && !s.cancelled).count();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Scheduled s = new Scheduled(command, unit.toNanos(delay));
        scheduled.add(s);
        return s;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
        command.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return Collections.emptyList();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }
}
