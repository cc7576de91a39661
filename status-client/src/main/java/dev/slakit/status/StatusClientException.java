package dev.slakit.status;

/**
 * No usable reply: an I/O error, a timeout, a cancelled call, or a reply that could not be read
 * (malformed, truncated, HTML, empty or oversized). Carries what is known: the HTTP status (0 when no
 * reply arrived) and the request id when one was seen.
 */
public class StatusClientException extends StatusException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    /**
     * @param message what went wrong
     * @param cause the cause, may be null
     * @param requestId the request id, or null
     * @param httpStatus the HTTP status, or 0 when no reply arrived
     * @param attempts how many attempts were made
     */
    public StatusClientException(String message, Throwable cause, String requestId, int httpStatus, int attempts) {
        super(message, cause, requestId, attempts);
        this.httpStatus = httpStatus;
    }

    /**
     * @param message what went wrong
     * @param cause the cause, may be null
     */
    public StatusClientException(String message, Throwable cause) {
        this(message, cause, null, 0, 0);
    }

    /** @return the HTTP status of the reply, or 0 when none arrived */
    public int httpStatus() {
        return httpStatus;
    }
}
