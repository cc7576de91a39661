package dev.slakit.status.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.auth.ExpiringCredentials;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the temporary credentials object that the ECS metadata service and STS both answer with:
 * {@code {"AccessKeyId","AccessKeySecret","SecurityToken","Expiration"}}, the expiration an ISO-8601 UTC
 * instant such as {@code 2026-11-30T12:00:00Z}. Messages name what is missing, never a value. Thread-safe.
 */
public final class SessionCredentialsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionCredentialsJson() {
    }

    /**
     * @param body a JSON text
     * @param source where it came from, for messages
     * @return the parsed object
     * @throws StatusClientException if the body is not a JSON object
     */
    public static JsonNode object(String body, String source) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (IOException e) {
            // The parser's message may quote the body: only its type.
            throw new StatusClientException(source + " answered a body that is not JSON ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        if (node == null || !node.isObject()) {
            throw new StatusClientException(source + " answered a body that is not a JSON object", null);
        }
        return node;
    }

    /**
     * @param credentials the object holding the four fields
     * @param source where it came from, for messages
     * @return the credentials and their expiry
     * @throws StatusClientException naming the missing or unreadable field
     */
    public static ExpiringCredentials read(JsonNode credentials, String source) {
        String id = text(credentials, "AccessKeyId", source);
        String secret = text(credentials, "AccessKeySecret", source);
        String token = text(credentials, "SecurityToken", source);
        String expiration = text(credentials, "Expiration", source);
        Instant expiresAt;
        try {
            expiresAt = Instant.parse(expiration);
        } catch (DateTimeParseException e) {
            throw new StatusClientException(source + " answered an Expiration that is not an ISO-8601 UTC instant: "
                    + expiration, null);
        }
        return ExpiringCredentials.of(Credentials.of(id, secret, token), expiresAt);
    }

    /**
     * @param node an object
     * @param field a field name
     * @param source where it came from, for messages
     * @return the field's non-blank text
     * @throws StatusClientException if the field is missing, not text or blank
     */
    public static String text(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().trim().isEmpty()) {
            throw new StatusClientException(source + " answered no " + field, null);
        }
        return value.asText();
    }
}
