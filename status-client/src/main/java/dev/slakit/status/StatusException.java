package dev.slakit.status;

/**
 * The base of every exception the status client throws. Unchecked.
 *
 * <p>Messages never contain an AccessKey secret or a security token.
 */
public class StatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requestId;
    private final int attempts;

    /**
     * @param message the message
     * @param cause the cause, may be null
     * @param requestId the request id, or null when no reply carried one
     * @param attempts how many attempts were made, 0 if unknown
     */
    protected StatusException(String message, Throwable cause, String requestId, int attempts) {
        super(message, cause);
        this.requestId = requestId;
        this.attempts = attempts;
    }

    /** @return the request id of the last reply, or null when none carried one */
    public String requestId() {
        return requestId;
    }

    /** @return how many attempts the call made before giving up (0 if not known) */
    public int attempts() {
        return attempts;
    }
}
