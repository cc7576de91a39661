package dev.slakit.status.auth;

import java.util.function.Function;
import dev.slakit.status.StatusClientException;

/** Credentials from three named values (environment variables or properties). Thread-safe. */
final class NamedValueCredentials {

    private final String sourceName;
    private final Function<String, String> lookup;
    private final String idName;
    private final String secretName;
    private final String tokenName;

    NamedValueCredentials(String sourceName, Function<String, String> lookup, String idName, String secretName,
            String tokenName) {
        this.sourceName = sourceName;
        this.lookup = lookup;
        this.idName = idName;
        this.secretName = secretName;
        this.tokenName = tokenName;
    }

    Credentials resolve() {
        String id = trimToNull(lookup.apply(idName));
        String secret = trimToNull(lookup.apply(secretName));
        if (id == null || secret == null) {
            // Name only what is missing; never echo a value.
            throw new StatusClientException("no credentials in " + sourceName + ": " + idName
                    + (id == null ? " is not set" : " is set") + ", " + secretName
                    + (secret == null ? " is not set" : " is set"), null);
        }
        return Credentials.of(id, secret, trimToNull(lookup.apply(tokenName)));
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
