package dev.slakit.status.watch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed poll of one target: the status client threw (after its own retries), or the state store could
 * not save. The watcher's stored state is unchanged, so the next good poll reconciles everything that
 * happened meanwhile. Immutable and thread-safe.
 */
public final class PollFailure {

    private final WatchTarget target;
    private final RuntimeException error;
    private final int attempt;
    private final Instant failedAt;
    private final Instant nextAttemptAt;

    private PollFailure(WatchTarget target, RuntimeException error, int attempt, Instant failedAt,
            Instant nextAttemptAt) {
        this.target = Objects.requireNonNull(target, "target");
        this.error = Objects.requireNonNull(error, "error");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
        }
        this.attempt = attempt;
        this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
        this.nextAttemptAt = nextAttemptAt;
    }

    /**
     * @param target the target whose poll failed, not null
     * @param error what was thrown, not null (usually a {@link dev.slakit.status.StatusException})
     * @param attempt how many polls of this target have failed in a row, including this one; at least 1
     * @param failedAt when the failure was seen (the watcher's clock), not null
     * @param nextAttemptAtOrNull when the next scheduled poll of this target will run, or null if none is
     *     scheduled (the watcher is not started, or closed)
     * @return the failure
     */
    public static PollFailure of(WatchTarget target, RuntimeException error, int attempt, Instant failedAt,
            Instant nextAttemptAtOrNull) {
        return new PollFailure(target, error, attempt, failedAt, nextAttemptAtOrNull);
    }

    /** @return the target whose poll failed */
    public WatchTarget target() {
        return target;
    }

    /** @return what was thrown */
    public RuntimeException error() {
        return error;
    }

    /** @return how many polls of this target have failed in a row, including this one (1 for the first) */
    public int attempt() {
        return attempt;
    }

    /** @return when the failure was seen, by the watcher's clock */
    public Instant failedAt() {
        return failedAt;
    }

    /** @return when the next scheduled poll of the target runs (after back-off); empty if none is scheduled */
    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    @Override
    public String toString() {
        return "PollFailure{" + target + ", attempt=" + attempt + ", error=" + error + ", failedAt=" + failedAt
                + ", nextAttemptAt=" + nextAttemptAt + "}";
    }
}
