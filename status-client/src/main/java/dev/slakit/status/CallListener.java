package dev.slakit.status;

import java.time.Duration;

/**
 * Observes the calls of a {@link StatusClient} built with {@link StatusClientBuilder#callListener}: each
 * attempt (one HTTP exchange) and each whole call (every attempt and the delays between them), for metrics
 * such as the Micrometer meters of slakit's Spring Boot starter.
 *
 * <p>Callbacks run on the thread that finished the attempt or call (the caller's thread for a synchronous
 * call, a transport or timer thread for an asynchronous one), so they must be quick and thread-safe. An
 * exception a callback throws is logged at WARN and otherwise ignored; it never fails the call. The
 * exceptions passed in are the ones the caller sees, so they carry no secret.
 */
public interface CallListener {

    /** A listener that does nothing, the default. */
    CallListener NONE = new CallListener() {
    };

    /**
     * One attempt has ended.
     *
     * @param action the API action, such as {@code ListEvents}; not null
     * @param attempt the attempt's number within its call, 1 for the first
     * @param failure why the attempt failed, or null if it succeeded
     * @param throttled whether the failure was throttling (a {@code Throttling*} code or HTTP 429); false on success
     */
    default void onAttempt(String action, int attempt, StatusException failure, boolean throttled) {
    }

    /**
     * A call has ended: it succeeded, or failed for good.
     *
     * @param action the API action, such as {@code ListEvents}; not null
     * @param duration from the start of the call to its end, monotonic clock; not null, not negative
     * @param attempts the attempts made, 0 if the call ended before its first attempt
     * @param failure the exception the call ended with, or null if it succeeded
     */
    default void onCall(String action, Duration duration, int attempts, StatusException failure) {
    }
}
