package dev.slakit.status.auth;

import java.util.Objects;
import java.util.function.Function;
import dev.slakit.status.StatusClientException;

/**
 * Reads credentials from the environment variables {@value #ACCESS_KEY_ID}, {@value #ACCESS_KEY_SECRET} and,
 * for STS credentials, {@value #SECURITY_TOKEN}, on every call (so a changed environment is seen).
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {

    /** The variable holding the AccessKey id. */
    public static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    /** The variable holding the AccessKey secret. */
    public static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    /** The variable holding the optional STS security token. */
    public static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

    private final NamedValueCredentials source;

    private EnvironmentCredentialsProvider(Function<String, String> lookup) {
        this.source = new NamedValueCredentials("environment variables", lookup, ACCESS_KEY_ID, ACCESS_KEY_SECRET,
                SECURITY_TOKEN);
    }

    /** @return a provider reading {@link System#getenv(String)} */
    public static EnvironmentCredentialsProvider create() {
        return new EnvironmentCredentialsProvider(System::getenv);
    }

    /**
     * A provider reading another source of variables, for tests or for a configuration system.
     *
     * @param lookup returns the value of a variable name, or null when it is not set; not null
     * @return the provider
     */
    public static EnvironmentCredentialsProvider create(Function<String, String> lookup) {
        return new EnvironmentCredentialsProvider(Objects.requireNonNull(lookup, "lookup"));
    }

    /**
     * @return the credentials from the environment
     * @throws StatusClientException naming the variables when the id or the secret is missing or blank
     */
    @Override
    public Credentials resolveCredentials() {
        return source.resolve();
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider{" + ACCESS_KEY_ID + ", " + ACCESS_KEY_SECRET + ", " + SECURITY_TOKEN
                + "}";
    }
}
