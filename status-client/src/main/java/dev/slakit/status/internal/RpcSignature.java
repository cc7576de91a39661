package dev.slakit.status.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The Alibaba Cloud RPC signature, version 1.0 ({@code SignatureMethod=HMAC-SHA1}), as the official
 * {@code aliyun-java-sdk-core} computes it.
 *
 * <ol>
 *   <li>Take every parameter but {@code Signature}, sorted by name.</li>
 *   <li>Percent-encode names and values as UTF-8 by RFC 3986: unreserved characters
 *       ({@code A-Z a-z 0-9 - _ . ~}) stay, everything else becomes {@code %XX}; a space is {@code %20},
 *       {@code *} is {@code %2A}.</li>
 *   <li>Join as {@code name=value} with {@code &}: the canonical query.</li>
 *   <li>String to sign: {@code METHOD&%2F&} + percent-encode(canonical query).</li>
 *   <li>Signature: {@code Base64(HMAC-SHA1(key = secret + "&", string to sign))}.</li>
 * </ol>
 *
 * <p>Internal: public only so that the fake server of {@code src-test-fixtures} verifies signatures the way
 * the client makes them; not part of the API and free to change. Stateless and thread-safe.
 */
public final class RpcSignature {

    private RpcSignature() {
    }

    /**
     * Percent-encodes a name or value by the RFC 3986 rules above.
     *
     * @param value the text, not null
     * @return the encoded text
     */
    public static String percentEncode(String value) {
        Objects.requireNonNull(value, "value");
        return Rfc3986.encode(value);
    }

    /**
     * The canonical query: every parameter but {@code Signature}, sorted by name, encoded, joined.
     *
     * @param parameters the parameters, not null, no null names or values
     * @return the canonical query string
     */
    public static String canonicalQuery(Map<String, String> parameters) {
        return Rfc3986.sortedQuery(parameters, "Signature");
    }

    /**
     * The string to sign for the given HTTP method and parameters.
     *
     * @param method the HTTP method, such as {@code POST}
     * @param parameters the parameters, not null
     * @return {@code METHOD&%2F&} + percent-encode(canonical query)
     */
    public static String stringToSign(String method, Map<String, String> parameters) {
        Objects.requireNonNull(method, "method");
        String canonical = canonicalQuery(parameters);
        StringBuilder out = new StringBuilder(method.length() + 5 + canonical.length() * 5 / 4);
        out.append(method).append("&%2F&");
        Rfc3986.appendEncoded(out, canonical);
        return out.toString();
    }

    /**
     * Signs the parameters.
     *
     * @param method the HTTP method, such as {@code POST}
     * @param parameters every request parameter (a {@code Signature} entry is ignored), not null
     * @param accessKeySecret the AccessKey secret, not null
     * @return the Base64 signature
     */
    public static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
        return signCanonicalQuery(method, canonicalQuery(parameters), accessKeySecret);
    }

    /**
     * Signs an already built {@link #canonicalQuery(Map) canonical query}, so that a caller who also sends
     * that query on the wire computes it only once.
     *
     * @param method the HTTP method, such as {@code POST}
     * @param canonicalQuery the result of {@link #canonicalQuery(Map)}, not null
     * @param accessKeySecret the AccessKey secret, not null
     * @return the Base64 signature
     */
    public static String signCanonicalQuery(String method, String canonicalQuery, String accessKeySecret) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(canonicalQuery, "canonicalQuery");
        Objects.requireNonNull(accessKeySecret, "accessKeySecret");
        StringBuilder toSign = new StringBuilder(method.length() + 5 + canonicalQuery.length() * 5 / 4);
        toSign.append(method).append("&%2F&");
        Rfc3986.appendEncoded(toSign, canonicalQuery);
        return hmacSha1Base64(accessKeySecret, toSign.toString());
    }

    /**
     * Checks a signature in constant time.
     *
     * @param method the HTTP method the request used
     * @param parameters the request parameters, including {@code Signature}
     * @param accessKeySecret the secret the request should have been signed with
     * @return true if {@code Signature} is present and matches
     */
    public static boolean verify(String method, Map<String, String> parameters, String accessKeySecret) {
        String given = parameters.get("Signature");
        if (given == null) {
            return false;
        }
        byte[] expected = sign(method, parameters, accessKeySecret).getBytes(StandardCharsets.US_ASCII);
        return java.security.MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmacSha1Base64(String accessKeySecret, String data) {
        return Base64.getEncoder().encodeToString(MACS.get().sign(accessKeySecret, data));
    }

    /** The HMAC-SHA1 keyed with {@code secret + "&"}, one per thread (see {@link KeyedMac}). */
    private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA1", "&"));
}
