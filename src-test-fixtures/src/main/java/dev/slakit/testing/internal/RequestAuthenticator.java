package dev.slakit.testing.internal;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.internal.Acs3Signature;
import dev.slakit.status.internal.RpcSignature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks who sent a request and that it was not altered or replayed, for both signatures, in the order the
 * service checks: common parameters (V1) or {@code x-acs-*} headers (V3), timestamp, AccessKey, STS token,
 * signature, nonce. The signers are the client's own, so both sides agree by construction (their agreement
 * with the official SDKs is tested in status-client). Internal; thread-safe.
 */
public final class RequestAuthenticator {

    /** The largest difference between the request's time and the server clock that is accepted. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final String[] V1_PARAMETERS = {
        "AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp"};
    private static final String[] V3_HEADERS = {
        "x-acs-date", "x-acs-signature-nonce", Acs3Signature.CONTENT_SHA256_HEADER};
    /** The headers a V3 signature must cover (the token too when one is sent). */
    private static final List<String> V3_SIGNED = Arrays.asList("host", "x-acs-action", "x-acs-version",
            "x-acs-date", "x-acs-signature-nonce", Acs3Signature.CONTENT_SHA256_HEADER);
    private static final int PURGE_EVERY = 1024;

    private final Clock clock;
    private final Map<String, Credentials> credentialsById;
    /** Key: AccessKeyId + NUL + nonce; value: the request's time in epoch millis. */
    private final ConcurrentHashMap<String, Long> usedNonces = new ConcurrentHashMap<String, Long>();
    private final AtomicInteger insertionsSincePurge = new AtomicInteger();

    /**
     * @param clock the server clock
     * @param credentialsById the accepted credentials by AccessKey id (read live)
     */
    public RequestAuthenticator(Clock clock, Map<String, Credentials> credentialsById) {
        this.clock = clock;
        this.credentialsById = credentialsById;
    }

    /**
     * @param request the request
     * @return null if the request is authentic, else the error to answer
     */
    public ApiResult authenticate(ApiRequest request) {
        return request.isSignatureV3() ? v3(request) : v1(request);
    }

    private ApiResult v1(ApiRequest request) {
        Map<String, String> parameters = request.parameters();
        for (String name : V1_PARAMETERS) {
            String value = parameters.get(name);
            if (value == null || value.isEmpty()) {
                return ApiResult.missing(name);
            }
        }
        if (!"HMAC-SHA1".equals(parameters.get("SignatureMethod"))) {
            return ApiResult.error(400, "InvalidSignatureMethod", "Specified signature method is not supported.");
        }
        if (!"1.0".equals(parameters.get("SignatureVersion"))) {
            return ApiResult.error(400, "InvalidSignatureVersion", "Specified signature version is not supported.");
        }
        Instant timestamp = parseTime(parameters.get("Timestamp"));
        ApiResult failure = checkTime(timestamp);
        if (failure != null) {
            return failure;
        }
        String accessKeyId = parameters.get("AccessKeyId");
        Credentials credentials = credentialsById.get(accessKeyId);
        if (credentials == null) {
            return unknownAccessKey();
        }
        String sentToken = parameters.get("SecurityToken");
        failure = checkToken(credentials, sentToken);
        if (failure != null) {
            return failure;
        }
        if (!RpcSignature.verify(request.method(), parameters, credentials.accessKeySecret())) {
            // As the service does: the message echoes the server's string to sign, which holds the SecurityToken
            // when one is sent. Clients must redact it before it reaches an exception or a log line.
            return ApiResult.error(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:"
                            + RpcSignature.stringToSign(request.method(), parameters));
        }
        return useNonce(accessKeyId, parameters.get("SignatureNonce"), timestamp);
    }

    private ApiResult v3(ApiRequest request) {
        Acs3Signature.Authorization authorization = Acs3Signature.Authorization.parse(request.header("Authorization"));
        if (authorization == null) {
            return incomplete("the Authorization header is not ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,"
                    + "Signature=...");
        }
        for (String name : V3_HEADERS) {
            String value = request.header(name);
            if (value == null || value.isEmpty()) {
                return ApiResult.error(400, "MissingParameter", "The input parameter \"" + name
                        + "\" that is mandatory for processing this request is not supplied.");
            }
        }
        Instant date = parseTime(request.header("x-acs-date"));
        ApiResult failure = checkTime(date);
        if (failure != null) {
            return failure;
        }
        Credentials credentials = credentialsById.get(authorization.accessKeyId());
        if (credentials == null) {
            return unknownAccessKey();
        }
        String sentToken = request.header("x-acs-security-token");
        failure = checkToken(credentials, sentToken);
        if (failure != null) {
            return failure;
        }
        for (String name : V3_SIGNED) {
            if (!authorization.signedHeaders().contains(name)) {
                return incomplete("SignedHeaders must include " + name);
            }
        }
        if (sentToken != null && !authorization.signedHeaders().contains("x-acs-security-token")) {
            return incomplete("SignedHeaders must include x-acs-security-token");
        }
        String payload = Acs3Signature.sha256Hex(request.body());
        if (!payload.equals(request.header(Acs3Signature.CONTENT_SHA256_HEADER))) {
            return ApiResult.error(400, "InvalidParameter",
                    "Specified parameter x-acs-content-sha256 is not the SHA-256 of the request body.");
        }
        if (!authorization.verify(request.method(), request.path(), request.query(), request.headers(), payload,
                credentials.accessKeySecret())) {
            String stringToSign = authorization.stringToSign(request.method(), request.path(), request.query(),
                    request.headers(), payload);
            return ApiResult.error(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:"
                            + stringToSign);
        }
        return useNonce(authorization.accessKeyId(), request.header("x-acs-signature-nonce"), date);
    }

    private static Instant parseTime(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private ApiResult checkTime(Instant time) {
        if (time == null) {
            return ApiResult.error(400, "InvalidTimeStamp.Format",
                    "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(time, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            return ApiResult.error(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        return null;
    }

    private static ApiResult checkToken(Credentials credentials, String sentToken) {
        if (!credentials.securityToken().isPresent()) {
            return null;
        }
        if (sentToken == null || sentToken.isEmpty()) {
            return ApiResult.missing("SecurityToken");
        }
        if (!credentials.securityToken().get().equals(sentToken)) {
            return ApiResult.error(400, "InvalidSecurityToken.MismatchWithAccessKey",
                    "Specified SecurityToken mismatch with the AccessKey.");
        }
        return null;
    }

    private static ApiResult unknownAccessKey() {
        return ApiResult.error(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
    }

    private static ApiResult incomplete(String why) {
        return ApiResult.error(400, "IncompleteSignature",
                "The request signature does not conform to Aliyun standards: " + why + ".");
    }

    /** Remembers the nonce; an error if this AccessKey already used it. */
    private ApiResult useNonce(String accessKeyId, String nonce, Instant time) {
        Instant now = clock.instant();
        if (insertionsSincePurge.incrementAndGet() >= PURGE_EVERY) {
            insertionsSincePurge.set(0);
            // A nonce whose time is outside the skew window can never be replayed successfully: forget it.
            long oldest = now.minus(MAX_CLOCK_SKEW).toEpochMilli();
            for (Iterator<Long> it = usedNonces.values().iterator(); it.hasNext(); ) {
                if (it.next() < oldest) {
                    it.remove();
                }
            }
        }
        if (usedNonces.putIfAbsent(accessKeyId + '\u0000' + nonce, time.toEpochMilli()) != null) {
            return ApiResult.error(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        return null;
    }
}
