package dev.slakit.testing;

/**
 * A misbehaviour {@link FakeStatusServer} can put in place of a normal reply, scripted with
 * {@link FakeStatusServer#enqueueFault(Fault)}, {@link FakeStatusServer#failNext(int, Fault)} or
 * {@link FakeStatusServer#failRate(double, Fault, long)}.
 *
 * <p>A fault happens "in front of" the service, like a gateway or a flow-control layer: the request is recorded
 * but not checked, so its signature nonce is <em>not</em> used up (except for {@link #SLOW_REPLY}, which answers
 * normally after the delay). JSON error faults use the platform format
 * {@code {"RequestId","HostId","Code","Message","Recommend"}}, the {@code Content-Type}
 * {@code application/json;charset=utf-8} and an {@code x-acs-request-id} header.
 */
public enum Fault {
    /** HTTP 400, code {@code Throttling}: "Request was denied due to request throttling." */
    THROTTLING(400, "Throttling", "Request was denied due to request throttling."),
    /** HTTP 400, code {@code Throttling.User}: "Request was denied due to user flow control." */
    THROTTLING_USER(400, "Throttling.User", "Request was denied due to user flow control."),
    /** HTTP 400, code {@code Throttling.Api}: "Request was denied due to api flow control." */
    THROTTLING_API(400, "Throttling.Api", "Request was denied due to api flow control."),
    /** HTTP 503, code {@code ServiceUnavailable}. */
    SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."),
    /** HTTP 500, code {@code InternalError}. */
    INTERNAL_ERROR(500, "InternalError",
            "The request processing has failed due to some unknown error, exception or failure."),
    /** HTTP 502 with the gateway's HTML error page ({@code text/html}), no JSON and no request id. */
    BAD_GATEWAY(502, null, null),
    /** HTTP 504 with the gateway's HTML error page ({@code text/html}), no JSON and no request id. */
    GATEWAY_TIMEOUT(504, null, null),
    /** HTTP 429 with {@code Retry-After: 1} (seconds) and a JSON body with code {@code Throttling}. */
    TOO_MANY_REQUESTS_RETRY_AFTER(429, "Throttling", "Request was denied due to request throttling."),
    /** HTTP 400, code {@code SignatureNonceUsed}, as if the nonce had been seen before (a retryable code). */
    SIGNATURE_NONCE_USED(400, "SignatureNonceUsed", "Specified signature nonce was used already."),
    /**
     * The normal reply (checked and answered as usual), sent after the server's slow-reply delay
     * ({@link FakeStatusServer.Builder#slowReplyDelay(java.time.Duration)}, one second by default).
     */
    SLOW_REPLY(0, null, null),
    /**
     * The connection is closed without a single byte of reply. Note that some clients resend an idempotent
     * request on their own when this happens (the JDK's {@code java.net.http.HttpClient} resends a GET once,
     * OkHttp may retry on connection failure): the server then records two requests.
     */
    DISCONNECT(0, null, null),
    /**
     * A 200 reply whose {@code Content-Length} announces the whole body but only the first half is sent before
     * the connection is closed.
     */
    TRUNCATED_BODY(200, null, null),
    /** HTTP 200 with an HTML page ({@code text/html}), as a captive portal or a misrouted proxy answers. */
    HTML_BODY(200, null, null),
    /** HTTP 200, {@code application/json}, with an empty body. */
    EMPTY_BODY(200, null, null),
    /** HTTP 200, {@code application/json}, with a body that is not valid JSON (cut off inside {@code Data}). */
    MALFORMED_JSON(200, null, null),
    /**
     * HTTP 200 with a well-formed body whose {@code Code} is 500 and {@code Success} is {@code "false"}: an API
     * error inside a successful HTTP reply.
     */
    CODE_NOT_200(200, null, null);

    private final int httpStatus;
    private final String errorCode;
    private final String message;

    Fault(int httpStatus, String errorCode, String message) {
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.message = message;
    }

    /**
     * The HTTP status the fault answers with.
     *
     * @return the status; 0 for {@link #DISCONNECT} (no reply) and {@link #SLOW_REPLY} (the normal reply's status)
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The platform error code in the JSON body, for the faults that send one.
     *
     * @return the code, such as {@code Throttling.User}, or null when the fault sends no platform error body
     */
    public String errorCode() {
        return errorCode;
    }

    /** @return the platform error message, or null when the fault sends no platform error body */
    String message() {
        return message;
    }
}
