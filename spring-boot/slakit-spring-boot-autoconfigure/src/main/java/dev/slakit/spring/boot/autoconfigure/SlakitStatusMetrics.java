package dev.slakit.spring.boot.autoconfigure;

import dev.slakit.status.CallListener;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;

/**
 * The status client's Micrometer meters, fed through the client's {@link CallListener}:
 * <ul>
 * <li>{@code slakit.status.calls} (timer), tags {@code action} (such as ListEvents) and {@code outcome}:
 *     SUCCESS, THROTTLED (the call failed for good with a throttling error), SERVICE_ERROR (another error
 *     code from the service) or CLIENT_ERROR (no usable reply: I/O, timeout, malformed body);</li>
 * <li>{@code slakit.status.attempts} (counter), tags {@code action} and {@code outcome} SUCCESS or FAILURE:
 *     every HTTP exchange, retries included;</li>
 * <li>{@code slakit.status.attempts.throttled} (counter), tag {@code action}: attempts that failed with
 *     throttling.</li>
 * </ul>
 * Calls made before Spring Boot binds this to the registry are not counted. Thread-safe.
 */
public final class SlakitStatusMetrics implements CallListener, MeterBinder {

    /** The call timer's name. */
    public static final String CALLS = "slakit.status.calls";
    /** The attempt counter's name. */
    public static final String ATTEMPTS = "slakit.status.attempts";
    /** The throttled-attempt counter's name. */
    public static final String THROTTLED_ATTEMPTS = "slakit.status.attempts.throttled";

    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
    }

    @Override
    public void onAttempt(String action, int attempt, StatusException failure, boolean throttled) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        Counter.builder(ATTEMPTS).description("Status API attempts (HTTP exchanges), retries included")
                .tags("action", action, "outcome", failure == null ? "SUCCESS" : "FAILURE").register(r).increment();
        if (throttled) {
            Counter.builder(THROTTLED_ATTEMPTS).description("Status API attempts that failed with throttling")
                    .tags("action", action).register(r).increment();
        }
    }

    @Override
    public void onCall(String action, Duration duration, int attempts, StatusException failure) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        Timer.builder(CALLS).description("Status API calls, all attempts and delays included")
                .tags("action", action, "outcome", outcome(failure)).register(r).record(duration);
    }

    static String outcome(StatusException failure) {
        if (failure == null) {
            return "SUCCESS";
        }
        if (failure instanceof StatusServiceException) {
            return ((StatusServiceException) failure).isThrottling() ? "THROTTLED" : "SERVICE_ERROR";
        }
        return "CLIENT_ERROR";
    }

    @Override
    public String toString() {
        return "SlakitStatusMetrics{bound=" + (registry != null) + "}";
    }
}
