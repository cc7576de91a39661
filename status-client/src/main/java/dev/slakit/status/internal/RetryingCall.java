package dev.slakit.status.internal;

import dev.slakit.status.CallListener;
import dev.slakit.status.RetryPolicy;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call made of attempts: runs an attempt, classifies its failure, takes retry tokens, waits
 * a full-jitter (or server-suggested) delay on the shared scheduler and tries again, all within one
 * overall deadline. No thread waits: attempts complete on the transport's threads, delays are timers.
 *
 * <p>Cancelling the future returned by {@link #start()} cancels the attempt in flight and any pending
 * retry. The final exception carries the number of attempts made.
 *
 * @param <T> the result type
 */
public final class RetryingCall<T> {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingCall.class);

    /** Starts one attempt. */
    public interface Attempt<T> {
        /**
         * @param attemptNumber 1 for the first attempt
         * @param remainingMillis time left before the call deadline, positive
         * @return a future completed with the result, or exceptionally with an {@link AttemptFailure} or a
         *     {@link StatusException}; cancelling it must cancel the attempt
         */
        CompletableFuture<T> start(int attemptNumber, long remainingMillis);

        /**
         * Runs one attempt on the calling thread.
         *
         * @param attemptNumber 1 for the first attempt
         * @param remainingMillis time left before the call deadline, positive
         * @return the result
         * @throws AttemptFailure or {@link StatusException} when the attempt fails
         */
        T execute(int attemptNumber, long remainingMillis);

        /**
         * The request id of the newest reply any attempt received, read as soon as its headers arrive (so it is
         * known even when the call times out while the body is still coming).
         *
         * @return the {@code x-acs-request-id} header of that reply, or null
         */
        default String lastRequestId() {
            return null;
        }

        /** @return the HTTP status of the newest reply any attempt received, or 0 when none arrived */
        default int lastHttpStatus() {
            return 0;
        }
    }

    private final Attempt<T> attempt;
    private final RetryPolicy policy;
    private final RetryTokenBucket bucket;
    private final ScheduledExecutorService scheduler;
    private final DoubleSupplier random;
    private final long callTimeoutMillis;
    private final String operation;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final long deadlineNanos;

    private volatile CompletableFuture<T> inFlight;
    private volatile ScheduledFuture<?> pendingRetry;
    private volatile ScheduledFuture<?> deadlineTimer;
    private volatile int attempts;
    private volatile StatusException lastFailure;
    private CallListener listener = CallListener.NONE;
    private long startNanos;

    /**
     * @param attempt starts one attempt
     * @param policy the retry policy
     * @param bucket the client's retry token bucket
     * @param scheduler the client's timer thread for delays and the deadline
     * @param random uniform values in [0, 1) for jitter
     * @param callTimeoutMillis the overall deadline of attempts and delays, positive
     * @param operation a name for log lines, such as {@code ListEvents}
     */
    public RetryingCall(Attempt<T> attempt, RetryPolicy policy, RetryTokenBucket bucket,
            ScheduledExecutorService scheduler, DoubleSupplier random, long callTimeoutMillis, String operation) {
        this.attempt = attempt;
        this.policy = policy;
        this.bucket = bucket;
        this.scheduler = scheduler;
        this.random = random;
        this.callTimeoutMillis = callTimeoutMillis;
        this.operation = operation;
        this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(callTimeoutMillis);
    }

    /**
     * @param callListener told of each attempt and of the end of the call; not null
     * @return this call
     */
    public RetryingCall<T> listener(CallListener callListener) {
        this.listener = callListener;
        return this;
    }

    /**
     * Runs the call asynchronously: attempts with {@link Attempt#start}, delays and the deadline as timers on
     * the scheduler.
     *
     * @return the future of the whole call; starts the first attempt
     */
    public CompletableFuture<T> start() {
        startNanos = System.nanoTime();
        result.whenComplete((value, error) -> {
            cleanUp();
            callEnded(error == null ? null : statusFailure(error));
        });
        try {
            deadlineTimer = scheduler.schedule(this::onDeadline, callTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            abort(ClosedClient.REASON);
            return result;
        }
        runAttempt(1);
        return result;
    }

    /**
     * Ends an asynchronous call that has not completed, such as when its client is closed.
     *
     * @param why the message of the {@link StatusClientException} the future fails with
     */
    public void abort(String why) {
        if (!result.isDone()) {
            StatusException last = lastFailure;
            result.completeExceptionally(new StatusClientException(operation + ": " + why, last,
                    knownRequestId(last), knownHttpStatus(last), attempts));
        }
    }

    private void runAttempt(int number) {
        if (result.isDone()) {
            return;
        }
        long remaining = remainingMillis();
        if (remaining <= 0) {
            onDeadline();
            return;
        }
        attempts = number;
        CompletableFuture<T> future;
        try {
            future = attempt.start(number, remaining);
        } catch (RuntimeException e) {
            future = new CompletableFuture<>();
            future.completeExceptionally(e);
        }
        inFlight = future;
        if (result.isDone()) {
            // Cancelled while the attempt was being started.
            future.cancel(true);
            return;
        }
        future.whenComplete((value, error) -> {
            if (error == null) {
                bucket.onSuccess();
                attemptEnded(number, null, false);
                result.complete(value);
            } else {
                onFailure(number, error);
            }
        });
    }

    private void onFailure(int number, Throwable error) {
        if (result.isDone()) {
            return;
        }
        long delay;
        try {
            delay = delayBeforeRetry(number, error);
        } catch (StatusException finalFailure) {
            result.completeExceptionally(finalFailure);
            return;
        }
        try {
            pendingRetry = scheduler.schedule(() -> runAttempt(number + 1), delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The client was closed meanwhile: the same exception as any call on a closed client.
            abort(ClosedClient.REASON);
        }
    }

    /**
     * Runs the call on the calling thread: attempts with {@link Attempt#execute}, delays with
     * {@link Thread#sleep}. No other thread is involved, so a synchronous call costs no thread hand-off.
     *
     * @return the result
     * @throws StatusException the final failure, with the number of attempts made
     */
    public T execute() {
        startNanos = System.nanoTime();
        try {
            T value = executeAttempts();
            callEnded(null);
            return value;
        } catch (StatusException e) {
            callEnded(e);
            throw e;
        }
    }

    private T executeAttempts() {
        for (int number = 1; ; number++) {
            long remaining = remainingMillis();
            if (remaining <= 0) {
                throw deadlineException();
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new StatusClientException(operation + " interrupted before attempt " + number,
                        new InterruptedException(), lastFailure == null ? null : lastFailure.requestId(), 0,
                        number - 1);
            }
            attempts = number;
            long delay;
            try {
                T value = attempt.execute(number, remaining);
                bucket.onSuccess();
                attemptEnded(number, null, false);
                return value;
            } catch (RuntimeException error) {
                delay = delayBeforeRetry(number, error);
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StatusClientException("interrupted while waiting to retry " + operation, e,
                        lastFailure.requestId(), 0, number);
            }
        }
    }

    /**
     * Classifies a failed attempt and either returns the delay before the next one (having taken the retry
     * tokens) or throws the final exception.
     */
    private long delayBeforeRetry(int number, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        long serverDelay = -1;
        StatusException failure;
        if (cause instanceof AttemptFailure) {
            failure = ((AttemptFailure) cause).failure();
            serverDelay = ((AttemptFailure) cause).serverDelayMillis();
        } else if (cause instanceof StatusException) {
            failure = (StatusException) cause;
        } else {
            failure = new StatusClientException(operation + " attempt failed: " + cause, cause);
        }
        lastFailure = failure;
        RetryClassifier.Decision decision = RetryClassifier.classify(failure);
        attemptEnded(number, failure, decision == RetryClassifier.Decision.RETRY_THROTTLED);
        if (!decision.isRetryable()) {
            throw giveUp(failure, number, "not retryable");
        }
        if (remainingMillis() <= 0) {
            // The attempt ran into the call deadline (its own timeout is the time that was left): that is the
            // call timeout, whichever timer noticed first.
            throw deadlineException();
        }
        if (number >= policy.maxAttempts()) {
            throw giveUp(failure, number, "no attempts left");
        }
        int cost = decision == RetryClassifier.Decision.RETRY ? RetryTokenBucket.RETRY_COST
                : RetryTokenBucket.TIMEOUT_OR_THROTTLING_COST;
        long delay = delayMillis(number, decision, serverDelay);
        if (delay >= remainingMillis()) {
            throw giveUp(failure, number, "the call deadline comes before the next attempt");
        }
        if (!bucket.tryAcquire(cost)) {
            throw giveUp(failure, number, "the retry token bucket is empty");
        }
        LOG.debug("{} attempt {} failed ({}, requestId={}); retrying in {} ms", operation, number,
                describe(failure), failure.requestId(), delay);
        return delay;
    }

    private long delayMillis(int failedAttempt, RetryClassifier.Decision decision, long serverDelay) {
        if (serverDelay >= 0) {
            return Math.min(serverDelay, policy.maxBackoff().toMillis());
        }
        long ceiling = policy.backoffCeilingMillis(failedAttempt,
                decision == RetryClassifier.Decision.RETRY_THROTTLED);
        return (long) (random.getAsDouble() * (ceiling + 1));
    }

    private StatusException giveUp(StatusException failure, int number, String why) {
        LOG.debug("{} giving up after {} attempt(s): {} ({}, requestId={})", operation, number, why,
                describe(failure), failure.requestId());
        return withAttempts(failure, number);
    }

    private void onDeadline() {
        if (!result.isDone()) {
            result.completeExceptionally(deadlineException());
        }
    }

    private StatusClientException deadlineException() {
        StatusException last = lastFailure;
        int made = attempts;
        LOG.debug("{} call timeout of {} ms after {} attempt(s)", operation, callTimeoutMillis, made);
        return new StatusClientException(operation + " did not complete within the call timeout of "
                + callTimeoutMillis + " ms (" + made + " attempt(s)"
                + (last == null ? "" : "; last failure: " + last.getMessage()) + ")",
                new TimeoutException("call timeout"), knownRequestId(last), knownHttpStatus(last), made);
    }

    /** The request id of the newest reply: its headers, else the last failure's (body or header). */
    private String knownRequestId(StatusException last) {
        String fromHeaders = attempt.lastRequestId();
        return fromHeaders != null ? fromHeaders : last == null ? null : last.requestId();
    }

    private int knownHttpStatus(StatusException last) {
        int fromHeaders = attempt.lastHttpStatus();
        return fromHeaders != 0 ? fromHeaders : last == null ? 0 : last.httpStatus();
    }

    private void cleanUp() {
        cancel(deadlineTimer);
        cancel(pendingRetry);
        CompletableFuture<T> current = inFlight;
        if (current != null && !current.isDone()) {
            current.cancel(true);
        }
    }

    private long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    private static String describe(StatusException e) {
        if (e instanceof StatusServiceException) {
            StatusServiceException s = (StatusServiceException) e;
            return "HTTP " + s.httpStatus() + " " + s.code();
        }
        if (e.httpStatus() != 0) {
            return "HTTP " + e.httpStatus();
        }
        return e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName();
    }

    private void attemptEnded(int number, StatusException failure, boolean throttled) {
        try {
            listener.onAttempt(operation, number, failure, throttled);
        } catch (RuntimeException e) {
            LOG.warn("CallListener.onAttempt threw; ignored", e);
        }
    }

    private void callEnded(StatusException failure) {
        try {
            listener.onCall(operation, Duration.ofNanos(System.nanoTime() - startNanos),
                    failure == null ? attempts : failure.attempts(), failure);
        } catch (RuntimeException e) {
            LOG.warn("CallListener.onCall threw; ignored", e);
        }
    }

    private static StatusException statusFailure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof StatusException) {
            return (StatusException) cause;
        }
        return new StatusClientException("call ended: " + cause, cause);
    }

    /**
     * A copy of an exception that says how many attempts were made.
     *
     * @param e the failure of the last attempt
     * @param attempts the attempts made
     * @return a new exception of the same kind with {@code attempts} set
     */
    public static StatusException withAttempts(StatusException e, int attempts) {
        if (e.attempts() == attempts) {
            return e;
        }
        StatusException copy;
        if (e instanceof StatusServiceException) {
            StatusServiceException s = (StatusServiceException) e;
            copy = new StatusServiceException(s.code(), s.message(), s.requestId(), s.httpStatus(), attempts);
        } else if (e instanceof StatusClientException) {
            StatusClientException c = (StatusClientException) e;
            copy = new StatusClientException(c.getMessage() + " (attempts=" + attempts + ")", c.getCause(),
                    c.requestId(), c.httpStatus(), attempts);
        } else {
            return e;
        }
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
