package dev.slakit.testing.internal;

/**
 * The outcome of one API call: HTTP status, error code (null on success), request id and JSON body.
 * Internal; immutable.
 */
public final class ApiResult {

    private final int status;
    private final String errorCode;
    private final String requestId;
    private final byte[] body;

    private ApiResult(int status, String errorCode, String requestId, byte[] body) {
        this.status = status;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.body = body;
    }

    /**
     * An error in the platform format.
     *
     * @param status the HTTP status
     * @param code the error code
     * @param message the message
     * @return the result
     */
    public static ApiResult error(int status, String code, String message) {
        String requestId = WireFormat.newRequestId();
        return new ApiResult(status, code, requestId, WireFormat.errorBody(requestId, code, message));
    }

    /**
     * @param name a parameter name, such as {@code RegionId}
     * @return the service's error for a missing mandatory parameter: 400 {@code Missing<name>}
     */
    public static ApiResult missing(String name) {
        return error(400, "Missing" + name, name + " is mandatory for this action.");
    }

    /**
     * @param name a parameter name
     * @return the service's error for a parameter it cannot read: 400 {@code InvalidParameter}
     */
    public static ApiResult invalid(String name) {
        return error(400, "InvalidParameter", "Specified parameter " + name + " is not valid.");
    }

    /**
     * A result with a ready body.
     *
     * @param status the HTTP status
     * @param errorCode the error code, null for success
     * @param requestId the request id
     * @param body the JSON body
     * @return the result
     */
    public static ApiResult of(int status, String errorCode, String requestId, byte[] body) {
        return new ApiResult(status, errorCode, requestId, body);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the error code, or null on success */
    public String errorCode() {
        return errorCode;
    }

    /** @return the request id */
    public String requestId() {
        return requestId;
    }

    /** @return the JSON body */
    public byte[] body() {
        return body;
    }
}
