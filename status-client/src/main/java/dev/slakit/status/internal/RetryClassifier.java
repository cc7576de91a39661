package dev.slakit.status.internal;

import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusException;
import dev.slakit.status.StatusServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether a failed attempt may be retried, by HTTP status and error code together.
 *
 * <p>Retried: I/O errors and timeouts (no reply), HTTP 429/500/502/503/504 whatever the body, and the codes
 * Throttling, Throttling.User, Throttling.Api, ServiceUnavailable, InternalError and SignatureNonceUsed.
 * Never retried: SignatureDoesNotMatch, InvalidAccessKeyId.*, Missing* / Invalid* parameters (even on a
 * 5xx), any other 4xx, and a complete reply that cannot be read. Stateless.
 */
public final class RetryClassifier {

    private static final Set<String> RETRYABLE_CODES = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            "Throttling", "Throttling.User", "Throttling.Api", "ServiceUnavailable", "InternalError",
            "SignatureNonceUsed")));

    private RetryClassifier() {
    }

    /** What to do with a failed attempt. */
    public enum Decision {
        /** Retry with the ordinary backoff base. */
        RETRY,
        /** Retry with the throttling backoff base (and the higher token cost). */
        RETRY_THROTTLED,
        /** Retry after a timeout (the higher token cost, ordinary base). */
        RETRY_TIMEOUT,
        /** Do not retry. */
        DO_NOT_RETRY;

        /** @return whether this decision allows a retry */
        public boolean isRetryable() {
            return this != DO_NOT_RETRY;
        }
    }

    /**
     * @param failure the failure of one attempt, with its cause when it was an I/O error
     * @return the decision
     */
    public static Decision classify(StatusException failure) {
        if (failure instanceof StatusServiceException) {
            StatusServiceException e = (StatusServiceException) failure;
            if (e.isThrottling()) {
                return Decision.RETRY_THROTTLED;
            }
            if (retryableCode(e.code())) {
                return Decision.RETRY;
            }
            if (neverRetriedCode(e.code())) {
                return Decision.DO_NOT_RETRY;
            }
            return retryableStatus(e.httpStatus()) ? Decision.RETRY : Decision.DO_NOT_RETRY;
        }
        if (failure instanceof StatusClientException) {
            StatusClientException e = (StatusClientException) failure;
            if (e.httpStatus() == 429) {
                return Decision.RETRY_THROTTLED;
            }
            if (retryableStatus(e.httpStatus())) {
                return Decision.RETRY;
            }
            Throwable cause = e.getCause();
            if (cause instanceof ReplyFormatException) {
                // A complete but unreadable reply: the same request would get the same reply.
                return Decision.DO_NOT_RETRY;
            }
            if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
                return Decision.RETRY_TIMEOUT;
            }
            if (cause instanceof IOException) {
                return Decision.RETRY;
            }
        }
        return Decision.DO_NOT_RETRY;
    }

    /**
     * @param code an error code, or null
     * @return whether the code says the request itself is wrong: SignatureDoesNotMatch, IncompleteSignature,
     *     InvalidAccessKeyId.*, Forbidden*, Missing*, Invalid*
     */
    public static boolean neverRetriedCode(String code) {
        return code != null && (code.equals("SignatureDoesNotMatch") || code.equals("IncompleteSignature")
                || code.startsWith("InvalidAccessKeyId") || code.startsWith("Forbidden")
                || code.startsWith("Missing") || code.startsWith("Invalid"));
    }

    /**
     * @param code an error code, or null
     * @return whether that code alone makes an attempt retryable
     */
    public static boolean retryableCode(String code) {
        return code != null && RETRYABLE_CODES.contains(code);
    }

    /**
     * @param httpStatus an HTTP status
     * @return whether the status alone makes an attempt retryable: 429, 500, 502, 503, 504
     */
    public static boolean retryableStatus(int httpStatus) {
        return httpStatus == 429 || httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    }
}
