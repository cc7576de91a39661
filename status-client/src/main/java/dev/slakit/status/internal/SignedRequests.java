package dev.slakit.status.internal;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.SignatureVersion;
import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns a call of either action into a signed OkHttp request, with Signature V1 or V3: the one place requests
 * are signed. Every call gets a fresh nonce and timestamp. Thread-safe.
 *
 * <p>Where the parameters go, as the official SDKs send them: {@code ListEvents} puts its parameters in the
 * query and sends an empty body; {@code ListEventInProgress} puts {@code RegionIds} in a form body. With V1 the
 * common parameters ({@code Action}, {@code Version}, {@code Format}, {@code AccessKeyId}, {@code Signature*},
 * {@code Timestamp}, {@code SecurityToken}) go in the query and the signature covers query and body; with V3
 * the query holds only the action's query parameters and the rest travels in {@code x-acs-*} headers.
 */
final class SignedRequests {

    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private static final byte[] EMPTY = new byte[0];
    /** An empty POST body without a content type, as the Tea SDK sends a query-only RPC call. */
    private static final RequestBody NO_BODY = RequestBody.create(EMPTY, null);
    /** An empty form body (V1 ListEvents): immutable, so shared. */
    private static final RequestBody EMPTY_FORM = RequestBody.create(EMPTY, FORM);
    private static final String EMPTY_SHA256 = Acs3Signature.sha256Hex(EMPTY);

    private final HttpUrl baseUrl;
    private final String hostHeader;
    private final String userAgent;
    private final Clock clock;
    private final SignatureNonces nonces = new SignatureNonces();
    private final WireFormat.TimestampCache timestamps = new WireFormat.TimestampCache();

    /**
     * @param baseUrl the endpoint
     * @param userAgent the User-Agent header
     * @param clock the clock of {@code Timestamp} / {@code x-acs-date}
     */
    SignedRequests(HttpUrl baseUrl, String userAgent, Clock clock) {
        this.baseUrl = baseUrl;
        this.userAgent = userAgent;
        this.clock = clock;
        String host = baseUrl.host().indexOf(':') >= 0 ? "[" + baseUrl.host() + "]" : baseUrl.host();
        this.hostHeader = baseUrl.port() == HttpUrl.defaultPort(baseUrl.scheme()) ? host
                : host + ":" + baseUrl.port();
    }

    Request listEvents(ListEventsRequest request, Credentials credentials, SignatureVersion version) {
        Map<String, String> query = new HashMap<>(8);
        WireFormat.putRequestParameters(request, query);
        return version == SignatureVersion.V3 ? v3(WireFormat.ACTION, query, null, credentials)
                : v1(WireFormat.ACTION, query, null, credentials);
    }

    Request listEventInProgress(ListEventInProgressRequest request, Credentials credentials,
            SignatureVersion version) {
        Map<String, String> form = new LinkedHashMap<>(2);
        form.put("RegionIds", WireFormat.regionIdsJson(request));
        return version == SignatureVersion.V1 ? v1(WireFormat.ACTION_IN_PROGRESS, new HashMap<>(16), form, credentials)
                : v3(WireFormat.ACTION_IN_PROGRESS, new HashMap<>(4), form, credentials);
    }

    private Request v1(String action, Map<String, String> query, Map<String, String> form, Credentials credentials) {
        query.put("Action", action);
        query.put("Version", WireFormat.VERSION);
        query.put("Format", "JSON");
        query.put("AccessKeyId", credentials.accessKeyId());
        query.put("SignatureMethod", "HMAC-SHA1");
        query.put("SignatureVersion", "1.0");
        query.put("SignatureNonce", nonces.next());
        query.put("Timestamp", timestamps.format(clock.instant()));
        credentials.securityToken().ifPresent(token -> query.put("SecurityToken", token));
        String canonical = RpcSignature.canonicalQuery(query);
        String signature;
        if (form == null) {
            signature = RpcSignature.signCanonicalQuery("POST", canonical, credentials.accessKeySecret());
        } else {
            Map<String, String> all = new HashMap<>(query);
            all.putAll(form);
            signature = RpcSignature.sign("POST", all, credentials.accessKeySecret());
        }
        HttpUrl url = baseUrl.newBuilder()
                .encodedQuery(canonical + "&Signature=" + RpcSignature.percentEncode(signature))
                .build();
        return base(url).post(form == null ? EMPTY_FORM : RequestBody.create(formBytes(form), FORM)).build();
    }

    private Request v3(String action, Map<String, String> query, Map<String, String> form, Credentials credentials) {
        byte[] body = form == null ? EMPTY : formBytes(form);
        String payloadSha256 = form == null ? EMPTY_SHA256 : Acs3Signature.sha256Hex(body);
        Map<String, String> headers = new LinkedHashMap<>(16);
        headers.put("host", hostHeader);
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", WireFormat.VERSION);
        headers.put("x-acs-date", timestamps.format(clock.instant()));
        headers.put("x-acs-signature-nonce", nonces.next());
        headers.put(Acs3Signature.CONTENT_SHA256_HEADER, payloadSha256);
        if (form != null) {
            headers.put("content-type", FORM.toString());
        }
        if (credentials.securityToken().isPresent()) {
            headers.put("x-acs-accesskey-id", credentials.accessKeyId());
            headers.put("x-acs-security-token", credentials.securityToken().get());
        }
        String authorization = Acs3Signature.authorization("POST", "/", query, headers, payloadSha256,
                credentials.accessKeyId(), credentials.accessKeySecret());
        HttpUrl.Builder url = baseUrl.newBuilder();
        if (!query.isEmpty()) {
            url.encodedQuery(Rfc3986.sortedQuery(query, null));
        }
        Request.Builder builder = base(url.build());
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (!header.getKey().equals("content-type")) {
                builder.header(header.getKey(), header.getValue());
            }
        }
        return builder.header("Authorization", authorization)
                .post(form == null ? NO_BODY : RequestBody.create(body, FORM))
                .build();
    }

    private Request.Builder base(HttpUrl url) {
        return new Request.Builder().url(url).header("User-Agent", userAgent).header("Accept", "application/json");
    }

    /** The form body as the Tea SDK writes it: {@link URLEncoder} (a space is {@code +}), UTF-8. */
    private static byte[] formBytes(Map<String, String> form) {
        StringBuilder out = new StringBuilder(64);
        try {
            for (Map.Entry<String, String> field : form.entrySet()) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(URLEncoder.encode(field.getKey(), "UTF-8")).append('=')
                        .append(URLEncoder.encode(field.getValue(), "UTF-8"));
            }
        } catch (UnsupportedEncodingException e) {
            // UTF-8 is required of every Java platform.
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
