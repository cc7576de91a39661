package dev.slakit.status;

import dev.slakit.status.internal.Redaction;
import java.util.Locale;

/**
 * The service answered with an error: a platform error body ({@code Code}, {@code Message},
 * {@code RequestId}) with an HTTP 4xx/5xx status, or a {@code Code} other than 200 inside an HTTP 200
 * reply.
 */
public class StatusServiceException extends StatusException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String errorMessage;

    /**
     * @param code the error code, such as {@code Throttling.User}; not null
     * @param errorMessage the service's message, may be null
     * @param requestId the request id, may be null
     * @param httpStatus the HTTP status of the reply
     * @param attempts how many attempts were made
     */
    public StatusServiceException(String code, String errorMessage, String requestId, int httpStatus, int attempts) {
        super(describe(code, errorMessage, requestId, httpStatus, attempts), null, requestId, httpStatus, attempts);
        this.code = code;
        this.errorMessage = Redaction.redact(errorMessage);
    }

    /** @return the error code, such as {@code Throttling.User} or {@code SignatureDoesNotMatch} */
    public String code() {
        return code;
    }

    /** @return the service's own message, redacted of any signature, string to sign, token or secret; or null */
    public String message() {
        return errorMessage;
    }

    /** @return true for a throttling error: HTTP 429 or a code starting with {@code Throttling} */
    @Override
    public boolean isThrottling() {
        return super.isThrottling() || (code != null && code.toLowerCase(Locale.ROOT).startsWith("throttling"));
    }

    private static String describe(String code, String message, String requestId, int httpStatus, int attempts) {
        return code + ": " + (message == null ? "(no message)" : message) + " (HTTP " + httpStatus
                + ", requestId=" + requestId + ", attempts=" + attempts + ")";
    }
}
