package dev.slakit.status.watch;

import java.util.concurrent.TimeUnit;

/**
 * Counts the polls in progress, so {@link HealthWatcher#close()} can let them finish (their notifications
 * committed and queued) before it drains delivery. Thread-safe.
 */
final class Activity {

    /** Polls this thread is inside (a listener run inline may call close() from within a poll). */
    private final ThreadLocal<int[]> own = ThreadLocal.withInitial(() -> new int[1]);
    private int active;
    private boolean closing;
    private boolean abandoned;

    /** @return false if closing: the caller must not start a poll */
    synchronized boolean enter() {
        if (closing) {
            return false;
        }
        active++;
        own.get()[0]++;
        return true;
    }

    /** Ends a poll entered with {@link #enter()} on this thread. */
    synchronized void exit() {
        own.get()[0]--;
        exitDetached();
    }

    /** @return false if closing; else starts a poll that may end on another thread ({@link #exitDetached}) */
    synchronized boolean enterDetached() {
        if (closing) {
            return false;
        }
        active++;
        return true;
    }

    /** Ends a poll entered with {@link #enterDetached()}, on any thread. */
    synchronized void exitDetached() {
        active--;
        if (active == 0) {
            notifyAll();
        }
    }

    /** @return true once {@link #close} stopped waiting: a poll still running must not commit any more */
    synchronized boolean abandoned() {
        return abandoned;
    }

    /** @return true once {@link #close} was called */
    synchronized boolean closing() {
        return closing;
    }

    /**
     * Refuses new polls and waits for the ones in progress.
     *
     * @param deadlineNanos the {@link System#nanoTime()} to give up at
     * @return how many polls were still in progress at the deadline
     */
    synchronized int close(long deadlineNanos) {
        closing = true;
        int mine = own.get()[0];
        while (active > mine) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        abandoned = true;
        return active - mine;
    }
}
