package dev.slakit.status.auth;

import java.util.Objects;
import java.util.function.Function;
import dev.slakit.status.StatusClientException;

/**
 * Reads credentials from the system properties {@value #ACCESS_KEY_ID}, {@value #ACCESS_KEY_SECRET} and,
 * for STS credentials, {@value #SECURITY_TOKEN}, on every call.
 *
 * <p>Immutable and thread-safe.
 */
public final class SystemPropertiesCredentialsProvider implements CredentialsProvider {

    /** The property holding the AccessKey id. */
    public static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
    /** The property holding the AccessKey secret. */
    public static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
    /** The property holding the optional STS security token. */
    public static final String SECURITY_TOKEN = "alibabacloud.securityToken";

    private final NamedValueCredentials source;

    private SystemPropertiesCredentialsProvider(Function<String, String> lookup) {
        this.source = new NamedValueCredentials("system properties", lookup, ACCESS_KEY_ID, ACCESS_KEY_SECRET,
                SECURITY_TOKEN);
    }

    /** @return a provider reading {@link System#getProperty(String)} */
    public static SystemPropertiesCredentialsProvider create() {
        return new SystemPropertiesCredentialsProvider(System::getProperty);
    }

    /**
     * A provider reading another source of properties, for tests.
     *
     * @param lookup returns the value of a property name, or null when it is not set; not null
     * @return the provider
     */
    public static SystemPropertiesCredentialsProvider create(Function<String, String> lookup) {
        return new SystemPropertiesCredentialsProvider(Objects.requireNonNull(lookup, "lookup"));
    }

    /**
     * @return the credentials from the system properties
     * @throws StatusClientException naming the properties when the id or the secret is missing or blank
     */
    @Override
    public Credentials resolveCredentials() {
        return source.resolve();
    }

    @Override
    public String toString() {
        return "SystemPropertiesCredentialsProvider{" + ACCESS_KEY_ID + ", " + ACCESS_KEY_SECRET + ", "
                + SECURITY_TOKEN + "}";
    }
}
