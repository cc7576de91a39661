package dev.slakit.status.auth;

import java.util.Objects;

/**
 * A {@link CredentialsProvider} that always returns the same credentials. Immutable and thread-safe.
 */
public final class StaticCredentialsProvider implements CredentialsProvider {

    private final Credentials credentials;

    private StaticCredentialsProvider(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /**
     * @param credentials the credentials to return, not null
     * @return the provider
     */
    public static StaticCredentialsProvider of(Credentials credentials) {
        return new StaticCredentialsProvider(credentials);
    }

    @Override
    public Credentials resolveCredentials() {
        return credentials;
    }

    /** @return the provider and the AccessKey id; never the secret */
    @Override
    public String toString() {
        return "StaticCredentialsProvider{" + credentials + "}";
    }
}
