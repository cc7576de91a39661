package dev.slakit.status.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-client retry token bucket (after the AWS SDK v2 standard retry strategy). A retry takes
 * {@link #RETRY_COST} tokens, or {@link #TIMEOUT_OR_THROTTLING_COST} after a timeout or throttling; each
 * successful attempt returns {@link #SUCCESS_REFUND}. An empty bucket refuses retries, so a throttled
 * fleet of callers sends at most about one attempt per call. Capacity 0 disables the bucket. Thread-safe.
 */
public final class RetryTokenBucket {

    /** Tokens a retry after an ordinary failure takes. */
    public static final int RETRY_COST = 5;
    /** Tokens a retry after a timeout or a throttling failure takes. */
    public static final int TIMEOUT_OR_THROTTLING_COST = 10;
    /** Tokens a successful attempt puts back. */
    public static final int SUCCESS_REFUND = 1;

    private final int capacity;
    private final AtomicInteger tokens;

    /** @param capacity the capacity, 0 to disable the bucket */
    public RetryTokenBucket(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
        this.tokens = new AtomicInteger(capacity);
    }

    /**
     * @param cost tokens to take
     * @return true if they were taken (always true when the bucket is disabled)
     */
    public boolean tryAcquire(int cost) {
        if (capacity == 0) {
            return true;
        }
        while (true) {
            int now = tokens.get();
            if (now < cost) {
                return false;
            }
            if (tokens.compareAndSet(now, now - cost)) {
                return true;
            }
        }
    }

    /** Puts back {@link #SUCCESS_REFUND} tokens after a successful attempt, up to the capacity. */
    public void onSuccess() {
        if (capacity == 0) {
            return;
        }
        tokens.updateAndGet(t -> Math.min(capacity, t + SUCCESS_REFUND));
    }

    /** @return the tokens left */
    public int available() {
        return tokens.get();
    }
}
