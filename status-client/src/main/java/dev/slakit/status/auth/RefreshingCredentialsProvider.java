package dev.slakit.status.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.internal.RedactedException;
import dev.slakit.status.internal.Redaction;

/**
 * Caches expiring credentials (such as STS credentials) and fetches new ones when the cached ones are
 * within a margin of their expiry.
 *
 * <p>Only one thread refreshes at a time; the others wait for it. When a refresh fails while the cached
 * credentials have not expired yet, they are still used (and the refresh is tried again on the next call);
 * once they have expired, the failure is thrown as a {@link StatusClientException}.
 *
 * <p>Thread-safe.
 */
public final class RefreshingCredentialsProvider implements CredentialsProvider {

    /** The default refresh margin: credentials are refreshed 5 minutes before they expire. */
    public static final Duration DEFAULT_REFRESH_MARGIN = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCredentialsProvider.class);

    private final Supplier<ExpiringCredentials> source;
    private final Duration refreshMargin;
    private final Clock clock;
    private final Object refreshLock = new Object();
    private volatile ExpiringCredentials cached;

    private RefreshingCredentialsProvider(Builder b) {
        this.source = b.source;
        this.refreshMargin = b.refreshMargin;
        this.clock = b.clock;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return cached credentials, or fresh ones when the cached ones are within the margin of expiry
     * @throws StatusClientException if a refresh fails and no unexpired credentials are cached
     */
    @Override
    public Credentials resolveCredentials() {
        ExpiringCredentials current = cached;
        if (current != null && !needsRefresh(current)) {
            return current.credentials();
        }
        synchronized (refreshLock) {
            current = cached;
            if (current != null && !needsRefresh(current)) {
                return current.credentials();
            }
            return refresh(current);
        }
    }

    private Credentials refresh(ExpiringCredentials current) {
        ExpiringCredentials fresh;
        try {
            fresh = Objects.requireNonNull(source.get(), "the credentials source returned null");
        } catch (RuntimeException e) {
            // The source's exception may quote a secret: only its type and redacted message go further.
            RedactedException redacted = Redaction.copyOf(e);
            if (current != null && clock.instant().isBefore(current.expiresAt())) {
                LOG.debug("credentials refresh failed ({}); using cached credentials of {} until {}", redacted,
                        current.credentials().accessKeyId(), current.expiresAt());
                return current.credentials();
            }
            throw new StatusClientException("credentials refresh failed and no unexpired credentials are cached ("
                    + redacted + ")", redacted);
        }
        cached = fresh;
        LOG.debug("refreshed credentials of {}, expiring at {}", fresh.credentials().accessKeyId(), fresh.expiresAt());
        return fresh.credentials();
    }

    private boolean needsRefresh(ExpiringCredentials credentials) {
        return !clock.instant().plus(refreshMargin).isBefore(credentials.expiresAt());
    }

    @Override
    public String toString() {
        ExpiringCredentials current = cached;
        return "RefreshingCredentialsProvider{refreshMargin=" + refreshMargin + ", cached="
                + (current == null ? "none" : current.toString()) + "}";
    }

    /** Builds a {@link RefreshingCredentialsProvider}. Not thread-safe. */
    public static final class Builder {
        private Supplier<ExpiringCredentials> source;
        private Duration refreshMargin = DEFAULT_REFRESH_MARGIN;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param source fetches new credentials (for example from STS AssumeRole); called by one thread at a
         *     time; not null
         * @return this builder
         */
        public Builder source(Supplier<ExpiringCredentials> source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * @param refreshMargin how long before expiry to refresh; zero or positive
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder refreshMargin(Duration refreshMargin) {
            Objects.requireNonNull(refreshMargin, "refreshMargin");
            if (refreshMargin.isNegative()) {
                throw new IllegalArgumentException("refreshMargin must be zero or positive, was " + refreshMargin);
            }
            this.refreshMargin = refreshMargin;
            return this;
        }

        /**
         * @param clock the clock to compare expiries with; not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the provider
         * @throws IllegalStateException if no source was set
         */
        public RefreshingCredentialsProvider build() {
            if (source == null) {
                throw new IllegalStateException("source is required");
            }
            return new RefreshingCredentialsProvider(this);
        }
    }
}
