package dev.slakit.status.auth;

import dev.slakit.status.StatusClientException;

/**
 * Supplies the {@link Credentials} for each request attempt.
 *
 * <p>The client calls {@link #resolveCredentials()} once per attempt, so a provider may rotate or refresh
 * credentials between attempts. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * Returns the credentials to sign the next attempt with.
     *
     * @return the credentials, never null
     * @throws StatusClientException if no credentials can be found
     */
    Credentials resolveCredentials();
}
