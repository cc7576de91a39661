package dev.slakit.status;

/**
 * No usable reply: an I/O error, a timeout, a cancelled call, or a reply that could not be read
 * (malformed, truncated, HTML, empty or oversized). Carries what is known: the HTTP status (0 when no
 * reply arrived) and the request id when one was seen.
 *
 * <p>A call on a closed client fails with this exception too, whether it was made after {@code close()} or
 * raced it (then it is thrown by a synchronous call, or fails the future of an asynchronous one).
 */
public class StatusClientException extends StatusException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     * @param cause the cause, may be null
     * @param requestId the request id, or null
     * @param httpStatus the HTTP status, or 0 when no reply arrived
     * @param attempts how many attempts were made
     */
    public StatusClientException(String message, Throwable cause, String requestId, int httpStatus, int attempts) {
        super(message, cause, requestId, httpStatus, attempts);
    }

    /**
     * @param message what went wrong
     * @param cause the cause, may be null
     */
    public StatusClientException(String message, Throwable cause) {
        this(message, cause, null, 0, 0);
    }
}
