package dev.slakit.status.auth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;

/**
 * Tries credentials providers in order and returns the first credentials found.
 *
 * <p>{@link #create()} tries, in this order:
 * <ol>
 *   <li>the environment ({@link EnvironmentCredentialsProvider});</li>
 *   <li>the system properties ({@link SystemPropertiesCredentialsProvider});</li>
 *   <li>an OIDC role ({@link OidcRoleArnCredentialsProvider}, ACK RRSA), only when
 *       {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and
 *       {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} are all set;</li>
 *   <li>the ECS instance's RAM role ({@link EcsRamRoleCredentialsProvider}), unless
 *       {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}; its role name from {@code ALIBABA_CLOUD_ECS_METADATA}
 *       when set. As in the official {@code credentials-java}, this asks the metadata service at
 *       {@code 100.100.100.200} (1 s timeouts) when nothing earlier in the chain has credentials.</li>
 * </ol>
 * When none has credentials, the {@link StatusClientException} lists what each provider tried (names and
 * redacted reasons, never values).
 *
 * <p>Immutable and thread-safe when its providers are.
 */
public final class DefaultCredentialsChain implements CredentialsProvider {

    private final List<CredentialsProvider> providers;

    private DefaultCredentialsChain(List<CredentialsProvider> providers) {
        this.providers = providers;
    }

    /** @return the default chain read from {@link System#getenv(String)} and {@link System#getProperty(String)} */
    public static DefaultCredentialsChain create() {
        return create(System::getenv, System::getProperty);
    }

    /**
     * The default chain over other sources of environment variables and system properties (for tests, or a
     * configuration system). Nothing is fetched until {@link #resolveCredentials()}.
     *
     * @param environment returns an environment variable's value, or null when unset; not null
     * @param properties returns a system property's value, or null when unset; not null
     * @return the chain described in the class documentation
     */
    public static DefaultCredentialsChain create(Function<String, String> environment,
            Function<String, String> properties) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(properties, "properties");
        List<CredentialsProvider> chain = new ArrayList<>(4);
        chain.add(EnvironmentCredentialsProvider.create(environment));
        chain.add(SystemPropertiesCredentialsProvider.create(properties));
        if (OidcRoleArnCredentialsProvider.isConfigured(environment)) {
            chain.add(OidcRoleArnCredentialsProvider.builder().fromEnvironment(environment).build());
        }
        String ecsDisabled = environment.apply(EcsRamRoleCredentialsProvider.DISABLED);
        if (ecsDisabled == null || !Boolean.parseBoolean(ecsDisabled.trim())) {
            chain.add(EcsRamRoleCredentialsProvider.builder().fromEnvironment(environment).build());
        }
        return of(chain.toArray(new CredentialsProvider[0]));
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
