package dev.slakit.status;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link StatusClient} retries a failed attempt: full-jitter exponential backoff, a per-client retry
 * token bucket, and a server-suggested delay honoured.
 *
 * <p>Defaults ({@link #defaults()}), after the AWS SDK v2 standard retry strategy:
 * <ul>
 *   <li>{@code maxAttempts} 3 (the first attempt and two retries);</li>
 *   <li>{@code baseDelay} 100 ms and {@code throttlingBaseDelay} 1 s: the delay before retry {@code n}
 *       (1-based) is a uniformly random duration in {@code [0, min(maxBackoff, base * 2^(n-1))]}
 *       ("full jitter"), with the throttling base when the failure was throttling;</li>
 *   <li>{@code maxBackoff} 20 s: no delay is longer, not even one the server suggests with
 *       {@code x-acs-retry-after} or {@code Retry-After} (seconds);</li>
 *   <li>{@code retryTokenBucketCapacity} 500: each client holds a bucket of that many tokens; a retry
 *       takes 5 tokens (10 after a timeout or a throttling error) and every successful attempt puts 1
 *       back. When the bucket is empty, failures are not retried, so a throttled fleet does not storm the
 *       service. 0 disables the bucket.</li>
 * </ul>
 * The client's call timeout bounds attempts and backoff together: a retry whose delay would end after the
 * deadline is not made.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {

    /** The default number of attempts, including the first. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** The default base delay of the exponential backoff. */
    public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(100);
    /** The default base delay after a throttling error. */
    public static final Duration DEFAULT_THROTTLING_BASE_DELAY = Duration.ofSeconds(1);
    /** The default longest delay between two attempts. */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(20);
    /** The default capacity of the per-client retry token bucket. */
    public static final int DEFAULT_RETRY_TOKEN_BUCKET_CAPACITY = 500;

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration throttlingBaseDelay;
    private final Duration maxBackoff;
    private final int retryTokenBucketCapacity;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.throttlingBaseDelay = b.throttlingBaseDelay;
        this.maxBackoff = b.maxBackoff;
        this.retryTokenBucketCapacity = b.retryTokenBucketCapacity;
    }

    /** @return the documented defaults: 3 attempts, 100 ms / 1 s bases, 20 s cap, 500 tokens */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** @return a policy that never retries: one attempt */
    public static RetryPolicy none() {
        return NONE;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this policy's values */
    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).throttlingBaseDelay(throttlingBaseDelay)
                .maxBackoff(maxBackoff).retryTokenBucketCapacity(retryTokenBucketCapacity);
    }

    /** @return the most attempts a call makes, including the first; at least 1 */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the base delay of the backoff after a failure that is not throttling */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the base delay of the backoff after a throttling failure */
    public Duration throttlingBaseDelay() {
        return throttlingBaseDelay;
    }

    /** @return the longest delay between two attempts */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return the capacity of the per-client retry token bucket; 0 when the bucket is disabled */
    public int retryTokenBucketCapacity() {
        return retryTokenBucketCapacity;
    }

    /**
     * The upper bound of the full-jitter delay before a retry.
     *
     * @param retryNumber 1 for the first retry, 2 for the second, ...
     * @param throttling whether the failure was throttling
     * @return {@code min(maxBackoff, base * 2^(retryNumber-1))} in milliseconds
     */
    public long backoffCeilingMillis(int retryNumber, boolean throttling) {
        if (retryNumber < 1) {
            throw new IllegalArgumentException("retryNumber must be >= 1, was " + retryNumber);
        }
        long base = (throttling ? throttlingBaseDelay : baseDelay).toMillis();
        long cap = maxBackoff.toMillis();
        int shift = Math.min(retryNumber - 1, 30);
        long ceiling = base << shift;
        if (ceiling < 0 || (base != 0 && ceiling >> shift != base)) {
            return cap;
        }
        return Math.min(cap, ceiling);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RetryPolicy)) {
            return false;
        }
        RetryPolicy that = (RetryPolicy) o;
        return maxAttempts == that.maxAttempts && retryTokenBucketCapacity == that.retryTokenBucketCapacity
                && baseDelay.equals(that.baseDelay) && throttlingBaseDelay.equals(that.throttlingBaseDelay)
                && maxBackoff.equals(that.maxBackoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, throttlingBaseDelay, maxBackoff, retryTokenBucketCapacity);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", throttlingBaseDelay="
                + throttlingBaseDelay + ", maxBackoff=" + maxBackoff + ", retryTokenBucketCapacity="
                + retryTokenBucketCapacity + "}";
    }

    /** Builds a {@link RetryPolicy}; every setter validates at once. Not thread-safe. */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration baseDelay = DEFAULT_BASE_DELAY;
        private Duration throttlingBaseDelay = DEFAULT_THROTTLING_BASE_DELAY;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
        private int retryTokenBucketCapacity = DEFAULT_RETRY_TOKEN_BUCKET_CAPACITY;

        private Builder() {
        }

        /**
         * @param maxAttempts the most attempts per call, including the first; 1 to 100
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1 || maxAttempts > 100) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and 100, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay the backoff base after an ordinary failure; zero or positive, at most 1 hour
         * @return this builder
         * @throws IllegalArgumentException if negative or longer than an hour
         */
        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = checkDelay(baseDelay, "baseDelay");
            return this;
        }

        /**
         * @param throttlingBaseDelay the backoff base after a throttling failure; zero or positive, at most 1 hour
         * @return this builder
         * @throws IllegalArgumentException if negative or longer than an hour
         */
        public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
            this.throttlingBaseDelay = checkDelay(throttlingBaseDelay, "throttlingBaseDelay");
            return this;
        }

        /**
         * @param maxBackoff the longest delay between attempts; zero or positive, at most 1 hour
         * @return this builder
         * @throws IllegalArgumentException if negative or longer than an hour
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = checkDelay(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param retryTokenBucketCapacity tokens in the per-client retry bucket, 0 (disabled) to 1,000,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder retryTokenBucketCapacity(int retryTokenBucketCapacity) {
            if (retryTokenBucketCapacity < 0 || retryTokenBucketCapacity > 1_000_000) {
                throw new IllegalArgumentException("retryTokenBucketCapacity must be between 0 (disabled) and "
                        + "1000000, was " + retryTokenBucketCapacity);
            }
            this.retryTokenBucketCapacity = retryTokenBucketCapacity;
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalArgumentException if {@code maxBackoff} is shorter than a base delay
         */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(baseDelay) < 0) {
                throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be shorter than "
                        + "baseDelay (" + baseDelay + ")");
            }
            if (maxBackoff.compareTo(throttlingBaseDelay) < 0) {
                throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must not be shorter than "
                        + "throttlingBaseDelay (" + throttlingBaseDelay + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration checkDelay(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must be zero or positive, was " + value);
            }
            if (value.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException(name + " must be at most 1 hour, was " + value);
            }
            return value;
        }
    }
}
