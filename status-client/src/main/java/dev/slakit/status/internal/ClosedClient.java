package dev.slakit.status.internal;

import dev.slakit.status.StatusClientException;

/**
 * The one failure of a call on a closed client, for every client and whether the call came after
 * {@code close()} or raced it. Stateless.
 */
public final class ClosedClient {

    /** The reason given for every call on a closed client. */
    public static final String REASON = "the status client is closed";

    private ClosedClient() {
    }

    /**
     * @param operation the action, such as {@code ListEvents}
     * @return a new {@link StatusClientException} saying the client is closed (no HTTP status, no request id)
     */
    public static StatusClientException exception(String operation) {
        return new StatusClientException(operation + ": " + REASON, null);
    }
}
