package dev.slakit.status.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Validation shared by the builders of the providers that fetch credentials. Stateless. */
final class ProviderSettings {

    private ProviderSettings() {
    }

    static URI httpEndpoint(URI endpoint, String name) {
        Objects.requireNonNull(endpoint, name);
        String scheme = endpoint.getScheme();
        if (!endpoint.isAbsolute() || endpoint.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(name + " must be an absolute http or https URI such as "
                    + "http://100.100.100.200, was " + endpoint);
        }
        return endpoint;
    }

    static Duration timeout(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative() || value.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most 1 minute, was " + value);
        }
        return value;
    }

    static Duration margin(Duration value) {
        Objects.requireNonNull(value, "refreshMargin");
        if (value.isNegative()) {
            throw new IllegalArgumentException("refreshMargin must be zero or positive, was " + value);
        }
        return value;
    }

    static String nonBlank(String value, String name, String variable) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(name + " is required (or the environment variable " + variable
                    + "), was " + (value == null ? "null" : "blank"));
        }
        return value.trim();
    }
}
