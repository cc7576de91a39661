package dev.slakit.status;

import dev.slakit.status.internal.Redaction;

/**
 * The base of every exception the status client throws. Unchecked.
 *
 * <p>Carries what is known of the failed call, the way AWS SDK v2's {@code SdkServiceException} does: the
 * HTTP status of the last reply ({@link #httpStatus()}, 0 when no reply arrived), the request id when any part
 * of a reply carried one ({@link #requestId()}, null otherwise), whether the service throttled the call
 * ({@link #isThrottling()}) and how many attempts were made ({@link #attempts()}).
 *
 * <p>Messages never contain an AccessKey secret, a security token, a signature or a string to sign: every
 * message is redacted when the exception is made, including text the service or a credentials provider
 * supplied. Immutable once thrown; thread-safe.
 */
public class StatusException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    private final String requestId;
    private final int httpStatus;
    private final int attempts;

    /**
     * @param message the message; redacted of secret material before it is stored
     * @param cause the cause, may be null
     * @param requestId the request id, or null when no reply carried one
     * @param httpStatus the HTTP status of the last reply, or 0 when none arrived
     * @param attempts how many attempts were made, 0 if unknown
     */
    protected StatusException(String message, Throwable cause, String requestId, int httpStatus, int attempts) {
        super(Redaction.redact(message), cause);
        this.requestId = requestId;
        this.httpStatus = httpStatus;
        this.attempts = attempts;
    }

    /** @return the request id of the last reply (from its body or its {@code x-acs-request-id} header), or null
     *     when no reply carried one */
    public String requestId() {
        return requestId;
    }

    /** @return the HTTP status of the last reply, or 0 when no reply arrived */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the service throttled the call.
     *
     * @return true for HTTP 429, and (in {@link StatusServiceException}) for an error code starting with
     *     {@code Throttling}
     */
    public boolean isThrottling() {
        return httpStatus == 429;
    }

    /** @return how many attempts the call made before giving up (0 if not known) */
    public int attempts() {
        return attempts;
    }
}
