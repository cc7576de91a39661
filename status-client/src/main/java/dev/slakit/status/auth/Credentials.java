package dev.slakit.status.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * An Alibaba Cloud AccessKey pair, optionally with an STS security token.
 *
 * <p>The secret is never part of {@link #toString()}, never logged and never put into an exception message.
 * Two credentials are equal when all three parts are equal.
 *
 * <p>Immutable and thread-safe.
 */
public final class Credentials {

    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;

    private Credentials(String accessKeyId, String accessKeySecret, String securityToken) {
        this.accessKeyId = requireNonBlank(accessKeyId, "accessKeyId");
        this.accessKeySecret = requireNonBlank(accessKeySecret, "accessKeySecret");
        if (securityToken != null && securityToken.trim().isEmpty()) {
            throw new IllegalArgumentException("securityToken must be null or non-blank");
        }
        this.securityToken = securityToken;
    }

    /**
     * Long-term AccessKey credentials.
     *
     * @param accessKeyId the AccessKey id, not blank
     * @param accessKeySecret the AccessKey secret, not blank
     * @return the credentials
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static Credentials of(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null);
    }

    /**
     * Temporary STS credentials.
     *
     * @param accessKeyId the AccessKey id, not blank
     * @param accessKeySecret the AccessKey secret, not blank
     * @param securityToken the STS token sent as {@code SecurityToken}, or null for none
     * @return the credentials
     * @throws NullPointerException if the id or the secret is null
     * @throws IllegalArgumentException if an argument is blank
     */
    public static Credentials of(String accessKeyId, String accessKeySecret, String securityToken) {
        return new Credentials(accessKeyId, accessKeySecret, securityToken);
    }

    /** @return the AccessKey id, never null */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the AccessKey secret, never null; do not log it */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /** @return the STS security token, if these are temporary credentials */
    public Optional<String> securityToken() {
        return Optional.ofNullable(securityToken);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials that = (Credentials) o;
        return accessKeyId.equals(that.accessKeyId)
                && accessKeySecret.equals(that.accessKeySecret)
                && Objects.equals(securityToken, that.securityToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken);
    }

    /** @return the id and whether a token is present; never the secret or the token */
    @Override
    public String toString() {
        return "Credentials{accessKeyId=" + accessKeyId + ", accessKeySecret=****"
                + (securityToken == null ? "" : ", securityToken=****") + "}";
    }

    private static String requireNonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
