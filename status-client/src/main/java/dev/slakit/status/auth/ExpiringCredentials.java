package dev.slakit.status.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * Credentials that stop working at an instant, such as STS credentials. Immutable and thread-safe.
 */
public final class ExpiringCredentials {

    private final Credentials credentials;
    private final Instant expiresAt;

    private ExpiringCredentials(Credentials credentials, Instant expiresAt) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * @param credentials the credentials, not null
     * @param expiresAt when they expire (UTC instant), not null
     * @return the value
     */
    public static ExpiringCredentials of(Credentials credentials, Instant expiresAt) {
        return new ExpiringCredentials(credentials, expiresAt);
    }

    /** @return the credentials */
    public Credentials credentials() {
        return credentials;
    }

    /** @return when the credentials expire */
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ExpiringCredentials)) {
            return false;
        }
        ExpiringCredentials that = (ExpiringCredentials) o;
        return credentials.equals(that.credentials) && expiresAt.equals(that.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(credentials, expiresAt);
    }

    /** @return the AccessKey id and the expiry; never the secret or the token */
    @Override
    public String toString() {
        return "ExpiringCredentials{" + credentials + ", expiresAt=" + expiresAt + "}";
    }
}
