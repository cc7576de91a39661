package dev.slakit.status.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;

/**
 * Tries credentials providers in order and returns the first credentials found.
 *
 * <p>{@link #create()} tries the environment ({@link EnvironmentCredentialsProvider}) and then the system
 * properties ({@link SystemPropertiesCredentialsProvider}). When none has credentials, the
 * {@link StatusClientException} lists what each provider tried (names, never values).
 *
 * <p>Immutable and thread-safe when its providers are.
 */
public final class DefaultCredentialsChain implements CredentialsProvider {

    private final List<CredentialsProvider> providers;

    private DefaultCredentialsChain(List<CredentialsProvider> providers) {
        this.providers = providers;
    }

    /** @return the default chain: environment variables, then system properties */
    public static DefaultCredentialsChain create() {
        return of(EnvironmentCredentialsProvider.create(), SystemPropertiesCredentialsProvider.create());
    }

    /**
     * A chain of the given providers, tried in order.
     *
     * @param providers at least one provider, none null
     * @return the chain
     * @throws IllegalArgumentException if no provider is given
     */
    public static DefaultCredentialsChain of(CredentialsProvider... providers) {
        Objects.requireNonNull(providers, "providers");
        if (providers.length == 0) {
            throw new IllegalArgumentException("providers must contain at least one provider");
        }
        List<CredentialsProvider> list = new ArrayList<>(Arrays.asList(providers));
        for (int i = 0; i < list.size(); i++) {
            Objects.requireNonNull(list.get(i), "providers[" + i + "]");
        }
        return new DefaultCredentialsChain(Collections.unmodifiableList(list));
    }

    /**
     * @return the first credentials a provider returns
     * @throws StatusClientException listing every provider tried and why it had none
     */
    @Override
    public Credentials resolveCredentials() {
        StringBuilder tried = new StringBuilder();
        for (CredentialsProvider provider : providers) {
            try {
                return provider.resolveCredentials();
            } catch (StatusException e) {
                tried.append("; ").append(e.getMessage());
            }
        }
        throw new StatusClientException("no credentials found; tried" + tried.substring(1), null);
    }

    @Override
    public String toString() {
        return "DefaultCredentialsChain" + providers;
    }
}
