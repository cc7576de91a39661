package dev.slakit.status.internal;

import dev.slakit.status.StatusException;
import java.util.Objects;

/**
 * How one attempt failed: the exception and the delay the server suggested, if any. Travels through a
 * {@link java.util.concurrent.CompletableFuture} from the transport to {@link RetryingCall}.
 */
public final class AttemptFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StatusException failure;
    private final long serverDelayMillis;

    /**
     * @param failure the failure, not null
     * @param serverDelayMillis the server-suggested delay before a retry, or -1 for none
     */
    public AttemptFailure(StatusException failure, long serverDelayMillis) {
        super(failure.getMessage(), failure, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
        this.serverDelayMillis = serverDelayMillis;
    }

    /** @return the failure */
    public StatusException failure() {
        return failure;
    }

    /** @return the delay the server suggested, or -1 */
    public long serverDelayMillis() {
        return serverDelayMillis;
    }
}
