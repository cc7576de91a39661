package dev.slakit.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request {@link FakeStatusServer} received, and how it answered.
 *
 * <p>No secret is kept: the value of the {@code SecurityToken} parameter and of the {@code Authorization} and
 * {@code x-acs-security-token} headers read {@value #REDACTED}; the AccessKey secret never reaches the server
 * in the first place (only the {@code AccessKeyId} and the {@code Signature}, which are not secret). The raw
 * body is not kept (a form body may carry the token); its parameters are.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecordedStatusRequest {

    /** What a redacted value reads. */
    public static final String REDACTED = "****";

    private final int sequenceNumber;
    private final String method;
    private final String path;
    private final Map<String, String> parameters;
    private final Map<String, List<String>> headers;
    private final Instant receivedAt;
    private final int responseStatus;
    private final String errorCode;
    private final String requestId;
    private final Fault fault;

    private RecordedStatusRequest(int sequenceNumber, String method, String path, Map<String, String> parameters,
            Map<String, List<String>> headers, Instant receivedAt, int responseStatus, String errorCode,
            String requestId, Fault fault) {
        this.sequenceNumber = sequenceNumber;
        this.method = method;
        this.path = path;
        this.parameters = parameters;
        this.headers = headers;
        this.receivedAt = receivedAt;
        this.responseStatus = responseStatus;
        this.errorCode = errorCode;
        this.requestId = requestId;
        this.fault = fault;
    }

    /** Builds the request part, redacting secrets; the outcome is added by {@link #withOutcome}. */
    static RecordedStatusRequest received(int sequenceNumber, String method, String path,
            Map<String, String> parameters, Map<String, List<String>> headers, Instant receivedAt) {
        Map<String, String> safeParameters = new TreeMap<String, String>(parameters);
        if (safeParameters.containsKey("SecurityToken")) {
            safeParameters.put("SecurityToken", REDACTED);
        }
        Map<String, List<String>> safeHeaders = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            boolean secret = name.equals("authorization") || name.equals("x-acs-security-token")
                    || name.equals("proxy-authorization");
            List<String> values = new ArrayList<String>(header.getValue().size());
            for (String value : header.getValue()) {
                values.add(secret ? REDACTED : value);
            }
            safeHeaders.put(header.getKey(), Collections.unmodifiableList(values));
        }
        return new RecordedStatusRequest(sequenceNumber, method, path, Collections.unmodifiableMap(safeParameters),
                Collections.unmodifiableMap(safeHeaders), receivedAt, 0, null, null, null);
    }

    RecordedStatusRequest withOutcome(int status, String code, String id, Fault causedBy) {
        return new RecordedStatusRequest(sequenceNumber, method, path, parameters, headers, receivedAt, status, code,
                id, causedBy);
    }

    /** @return the 1-based position of this request among all the server received, counting from its start */
    public int sequenceNumber() {
        return sequenceNumber;
    }

    /** @return the HTTP method, such as {@code POST} */
    public String method() {
        return method;
    }

    /** @return the path of the request target, such as {@code /} (without the query) */
    public String path() {
        return path;
    }

    /**
     * The parameters, query string and form body merged (a name in both takes the body's value), decoded,
     * sorted by name, with {@code SecurityToken} redacted.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * @param name a parameter name, case-sensitive as on the wire
     * @return its value, if present
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /**
     * @return the action: the {@code Action} parameter (Signature V1), else the {@code x-acs-action} header
     *     (Signature V3), if present
     */
    public Optional<String> action() {
        Optional<String> parameter = parameter("Action");
        return parameter.isPresent() ? parameter : header("x-acs-action");
    }

    /** @return the headers, names case-insensitive, secret ones redacted; an unmodifiable map */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * @param name a header name, case-insensitive
     * @return its first value, if present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.<String>empty() : Optional.of(values.get(0));
    }

    /** @return when the request was read, by the server's clock */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * @return the HTTP status answered; 0 when no status line was sent ({@link Fault#DISCONNECT}) or while a
     *     {@link StatusDispatcher} looks at the request
     */
    public int responseStatus() {
        return responseStatus;
    }

    /**
     * @return the platform error code answered (such as {@code SignatureDoesNotMatch}); empty on success and
     *     for replies without a platform error body
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** @return the {@code RequestId} answered, if the reply had one */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the fault that answered this request, if one did */
    public Optional<Fault> fault() {
        return Optional.ofNullable(fault);
    }

    /** @return a one-line summary with method, path, action, status and error code; no secret */
    @Override
    public String toString() {
        return "RecordedStatusRequest{#" + sequenceNumber + " " + method + " " + path
                + ", Action=" + parameters.get("Action") + ", AccessKeyId=" + parameters.get("AccessKeyId")
                + ", status=" + responseStatus + (errorCode == null ? "" : ", code=" + errorCode)
                + (fault == null ? "" : ", fault=" + fault) + "}";
    }
}
