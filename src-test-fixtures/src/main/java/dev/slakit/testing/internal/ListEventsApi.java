package dev.slakit.testing.internal;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.HealthEvent;
import dev.slakit.status.LookbackWindow;
import dev.slakit.status.internal.RpcSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's ListEvents service: checks a request the way the real service does, in the same order (routing,
 * common parameters, timestamp, AccessKey, token, signature, nonce, then the action's own parameters), and
 * answers from the {@link EventStore}. Internal; thread-safe.
 */
public final class ListEventsApi {

    /** The only action the fake serves. */
    public static final String ACTION = "ListEvents";
    /** The only API version the fake serves. */
    public static final String VERSION = "2020-01-17";
    /** The zone of {@code EndDate}: the service's home zone (the dashboard shows Beijing time). */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");
    /** The largest difference between {@code Timestamp} and the server clock that is accepted. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final String[] COMMON_PARAMETERS = {
        "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"};
    private static final String[] ACTION_PARAMETERS = {"RegionId", "ProductId", "EndDate", "NumOfDay"};
    private static final int PURGE_EVERY = 1024;

    private final Clock clock;
    private final Map<String, Credentials> credentialsById;
    private final EventStore events;
    private final String startTimeField;
    /** Key: AccessKeyId + NUL + nonce; value: the request's Timestamp in epoch millis. */
    private final ConcurrentHashMap<String, Long> usedNonces = new ConcurrentHashMap<String, Long>();
    private final AtomicInteger insertionsSincePurge = new AtomicInteger();

    /**
     * @param clock the server clock (timestamps are checked against it)
     * @param credentialsById the accepted credentials by AccessKey id (read live)
     * @param events the events to answer from
     * @param startTimeField the name of the start time field in replies
     */
    public ListEventsApi(Clock clock, Map<String, Credentials> credentialsById, EventStore events,
            String startTimeField) {
        this.clock = clock;
        this.credentialsById = credentialsById;
        this.events = events;
        this.startTimeField = startTimeField;
    }

    /**
     * Answers one request.
     *
     * @param method the HTTP method (the signature's method)
     * @param parameters every parameter, query and form body merged, unredacted
     * @return the result
     */
    public ApiResult handle(String method, Map<String, String> parameters) {
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return ApiResult.error(400, "UnsupportedHTTPMethod", "This http method is not supported.");
        }
        String version = parameters.get("Version");
        if (version == null || version.isEmpty()) {
            return missing("Version");
        }
        if (!VERSION.equals(version)) {
            return ApiResult.error(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }
        String action = parameters.get("Action");
        if (action == null || action.isEmpty()) {
            return missing("Action");
        }
        if (!ACTION.equals(action)) {
            return ApiResult.error(404, "InvalidAction.NotFound",
                    "Specified api is not found, please check your url and method.");
        }
        ApiResult failure = firstMissing(parameters, COMMON_PARAMETERS);
        if (failure != null) {
            return failure;
        }
        if (!"HMAC-SHA1".equals(parameters.get("SignatureMethod"))) {
            return ApiResult.error(400, "InvalidSignatureMethod", "Specified signature method is not supported.");
        }
        if (!"1.0".equals(parameters.get("SignatureVersion"))) {
            return ApiResult.error(400, "InvalidSignatureVersion", "Specified signature version is not supported.");
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(parameters.get("Timestamp"));
        } catch (DateTimeParseException e) {
            return ApiResult.error(400, "InvalidTimeStamp.Format",
                    "Specified time stamp or date value is not well formatted.");
        }
        Instant now = clock.instant();
        if (Duration.between(timestamp, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            return ApiResult.error(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        String accessKeyId = parameters.get("AccessKeyId");
        Credentials credentials = credentialsById.get(accessKeyId);
        if (credentials == null) {
            return ApiResult.error(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        String sentToken = parameters.get("SecurityToken");
        if (credentials.securityToken().isPresent()) {
            if (sentToken == null || sentToken.isEmpty()) {
                return missing("SecurityToken");
            }
            if (!credentials.securityToken().get().equals(sentToken)) {
                return ApiResult.error(400, "InvalidSecurityToken.MismatchWithAccessKey",
                        "Specified SecurityToken mismatch with the AccessKey.");
            }
        }
        if (!RpcSignature.verify(method, parameters, credentials.accessKeySecret())) {
            // The string to sign is not secret, but it contains the STS token when one is sent: then withhold it.
            String detail = sentToken == null
                    ? RpcSignature.stringToSign(method, parameters)
                    : "(withheld: the request carries a SecurityToken)";
            return ApiResult.error(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:" + detail);
        }
        if (!useNonce(accessKeyId, parameters.get("SignatureNonce"), timestamp, now)) {
            return ApiResult.error(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        failure = firstMissing(parameters, ACTION_PARAMETERS);
        if (failure != null) {
            return failure;
        }
        LocalDate endDate;
        try {
            endDate = LocalDate.parse(parameters.get("EndDate"));
        } catch (DateTimeParseException e) {
            return invalid("EndDate");
        }
        int numOfDay;
        try {
            numOfDay = Integer.parseInt(parameters.get("NumOfDay").trim());
        } catch (NumberFormatException e) {
            return invalid("NumOfDay");
        }
        if (numOfDay < 1) {
            return invalid("NumOfDay");
        }
        // The one definition of the window: NumOfDay calendar days ending with EndDate, Asia/Shanghai.
        LookbackWindow window = LookbackWindow.of(endDate, numOfDay);
        List<HealthEvent> found = events.find(parameters.get("RegionId"), parameters.get("ProductId"),
                window.from(), window.to());
        String requestId = WireFormat.newRequestId();
        return ApiResult.of(200, null, requestId, WireFormat.successBody(requestId, found, startTimeField));
    }

    /** Remembers the nonce; false if this AccessKey already used it. */
    private boolean useNonce(String accessKeyId, String nonce, Instant timestamp, Instant now) {
        if (insertionsSincePurge.incrementAndGet() >= PURGE_EVERY) {
            insertionsSincePurge.set(0);
            // A nonce whose timestamp is outside the skew window can never be replayed successfully: forget it.
            long oldest = now.minus(MAX_CLOCK_SKEW).toEpochMilli();
            for (Iterator<Long> it = usedNonces.values().iterator(); it.hasNext(); ) {
                if (it.next() < oldest) {
                    it.remove();
                }
            }
        }
        return usedNonces.putIfAbsent(accessKeyId + '\u0000' + nonce, timestamp.toEpochMilli()) == null;
    }

    private static ApiResult firstMissing(Map<String, String> parameters, String[] names) {
        for (String name : names) {
            String value = parameters.get(name);
            if (value == null || value.isEmpty()) {
                return missing(name);
            }
        }
        return null;
    }

    private static ApiResult missing(String name) {
        return ApiResult.error(400, "Missing" + name, name + " is mandatory for this action.");
    }

    private static ApiResult invalid(String name) {
        return ApiResult.error(400, "InvalidParameter", "Specified parameter " + name + " is not valid.");
    }
}
