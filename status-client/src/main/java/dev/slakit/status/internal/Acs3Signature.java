package dev.slakit.status.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The Alibaba Cloud Signature V3, {@code ACS3-HMAC-SHA256}, as the official {@code openapiutil} computes it.
 *
 * <ol>
 *   <li>Canonical request: {@code METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n
 *       SignedHeaders \n HashedPayload}, where the URI is {@code /} for RPC; the query is every query
 *       parameter sorted by name, names and values percent-encoded as in {@link RpcSignature} and joined as
 *       {@code name=value} with {@code &} (an empty value gives {@code name=}); the headers are {@code host},
 *       {@code content-type} and every {@code x-acs-*} header, names lower-cased, values trimmed, sorted by
 *       name, each as {@code name:value\n}; the signed headers are those names joined with {@code ;}; the
 *       payload hash is the lower-case hex SHA-256 of the body bytes (of nothing when there is no body), also
 *       sent as {@code x-acs-content-sha256}.</li>
 *   <li>String to sign: {@code ACS3-HMAC-SHA256\n} + hex(SHA-256(canonical request as UTF-8)).</li>
 *   <li>Signature: hex(HMAC-SHA256(key = secret as UTF-8, string to sign)).</li>
 *   <li>Header: {@code Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,
 *       Signature=<hex>}.</li>
 * </ol>
 *
 * <p>Internal: public only so that the fake server of {@code src-test-fixtures} verifies signatures the way the
 * client makes them; not part of the API and free to change. Stateless and thread-safe.
 */
public final class Acs3Signature {

    /** The algorithm name, the first word of the {@code Authorization} header. */
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";
    /** The header carrying the payload hash. */
    public static final String CONTENT_SHA256_HEADER = "x-acs-content-sha256";

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(() -> new KeyedMac("HmacSHA256", ""));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            // SHA-256 is required of every Java platform; this cannot happen on a conforming JVM.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private Acs3Signature() {
    }

    /**
     * @param data the bytes, not null
     * @return the lower-case hex SHA-256 of {@code data}
     */
    public static String sha256Hex(byte[] data) {
        Objects.requireNonNull(data, "data");
        return hex(SHA256.get().digest(data));
    }

    /**
     * The header names that are signed: {@code host}, {@code content-type} and every {@code x-acs-*}
     * header, lower-cased and sorted.
     *
     * @param headers the request headers (names in any case), not null
     * @return the sorted, lower-cased names
     */
    public static List<String> signedHeaderNames(Map<String, String> headers) {
        Objects.requireNonNull(headers, "headers");
        List<String> names = new ArrayList<>();
        for (String name : headers.keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("x-acs-") || lower.equals("host") || lower.equals("content-type"))
                    && !names.contains(lower)) {
                names.add(lower);
            }
        }
        Collections.sort(names);
        return names;
    }

    /**
     * The canonical request.
     *
     * @param method the HTTP method, such as {@code POST}, not null
     * @param path the path, {@code /} for RPC; null or blank means {@code /}
     * @param query the query parameters (decoded), not null
     * @param headers the headers (names in any case), not null; must hold every signed name
     * @param signedHeaderNames the lower-case names to sign, sorted, not null
     * @param payloadSha256 the lower-case hex SHA-256 of the body, not null
     * @return the canonical request
     * @throws IllegalArgumentException if a signed header is missing
     */
    public static String canonicalRequest(String method, String path, Map<String, String> query,
            Map<String, String> headers, List<String> signedHeaderNames, String payloadSha256) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(payloadSha256, "payloadSha256");
        Map<String, String> byLowerName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byLowerName.putAll(headers);
        StringBuilder out = new StringBuilder(512);
        out.append(method).append('\n')
                .append(path == null || path.trim().isEmpty() ? "/" : path).append('\n')
                .append(Rfc3986.sortedQuery(query, null)).append('\n');
        for (String name : signedHeaderNames) {
            String value = byLowerName.get(name);
            if (value == null) {
                throw new IllegalArgumentException("signed header " + name + " is not in the request");
            }
            out.append(name).append(':').append(value.trim()).append('\n');
        }
        out.append('\n').append(String.join(";", signedHeaderNames)).append('\n').append(payloadSha256);
        return out.toString();
    }

    /**
     * @param canonicalRequest the {@link #canonicalRequest canonical request}, not null
     * @return {@code ACS3-HMAC-SHA256\n} + hex(SHA-256(canonical request))
     */
    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param accessKeySecret the AccessKey secret, not null, not empty
     * @param stringToSign the string to sign, not null
     * @return hex(HMAC-SHA256(secret, string to sign))
     */
    public static String signature(String accessKeySecret, String stringToSign) {
        Objects.requireNonNull(accessKeySecret, "accessKeySecret");
        return hex(MACS.get().sign(accessKeySecret, stringToSign));
    }

    /**
     * The {@code Authorization} header value of a request, signing {@code host}, {@code content-type} and
     * every {@code x-acs-*} header present in {@code headers}.
     *
     * @param method the HTTP method, not null
     * @param path the path ({@code /} for RPC)
     * @param query the query parameters (decoded), not null
     * @param headers every header that will be sent, not null
     * @param payloadSha256 the lower-case hex SHA-256 of the body, not null
     * @param accessKeyId the AccessKey id, not null
     * @param accessKeySecret the AccessKey secret, not null
     * @return {@code ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...}
     */
    public static String authorization(String method, String path, Map<String, String> query,
            Map<String, String> headers, String payloadSha256, String accessKeyId, String accessKeySecret) {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        List<String> signed = signedHeaderNames(headers);
        String canonical = canonicalRequest(method, path, query, headers, signed, payloadSha256);
        return ALGORITHM + " Credential=" + accessKeyId + ",SignedHeaders=" + String.join(";", signed)
                + ",Signature=" + signature(accessKeySecret, stringToSign(canonical));
    }

    /**
     * A parsed {@code Authorization} header of Signature V3. Immutable.
     */
    public static final class Authorization {
        private final String accessKeyId;
        private final List<String> signedHeaders;
        private final String signature;

        private Authorization(String accessKeyId, List<String> signedHeaders, String signature) {
            this.accessKeyId = accessKeyId;
            this.signedHeaders = signedHeaders;
            this.signature = signature;
        }

        /**
         * @param header the header value, or null
         * @return the parts, or null if the header is absent or not a well-formed V3 authorization
         */
        public static Authorization parse(String header) {
            if (header == null || !header.startsWith(ALGORITHM + " ")) {
                return null;
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : header.substring(ALGORITHM.length() + 1).split(",", -1)) {
                String item = part.trim();
                int eq = item.indexOf('=');
                if (eq < 0) {
                    return null;
                }
                String name = item.substring(0, eq);
                String value = item.substring(eq + 1);
                if (name.equals("Credential")) {
                    credential = value;
                } else if (name.equals("SignedHeaders")) {
                    signedHeaders = value;
                } else if (name.equals("Signature")) {
                    signature = value;
                }
            }
            if (credential == null || credential.isEmpty() || signedHeaders == null || signature == null) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (String name : signedHeaders.split(";", -1)) {
                if (!name.isEmpty()) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
            return new Authorization(credential, Collections.unmodifiableList(names), signature);
        }

        /** @return the AccessKey id of {@code Credential} */
        public String accessKeyId() {
            return accessKeyId;
        }

        /** @return the lower-case names of {@code SignedHeaders}, in the order given */
        public List<String> signedHeaders() {
            return signedHeaders;
        }

        /**
         * Recomputes the signature over the headers this authorization names and compares in constant time.
         *
         * @param method the HTTP method the request used
         * @param path the request path
         * @param query the decoded query parameters
         * @param headers the request headers (names in any case)
         * @param payloadSha256 the hex SHA-256 of the body as received
         * @param accessKeySecret the secret the request should have been signed with
         * @return true if every signed header is present and the signature matches
         */
        public boolean verify(String method, String path, Map<String, String> query, Map<String, String> headers,
                String payloadSha256, String accessKeySecret) {
            String expected;
            try {
                expected = signature(accessKeySecret,
                        Acs3Signature.stringToSign(canonicalRequest(method, path, query, headers, signedHeaders, payloadSha256)));
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * @param method the HTTP method the request used
         * @param path the request path
         * @param query the decoded query parameters
         * @param headers the request headers
         * @param payloadSha256 the hex SHA-256 of the body as received
         * @return the server's string to sign for this request, or null if a signed header is missing
         */
        public String stringToSign(String method, String path, Map<String, String> query,
                Map<String, String> headers, String payloadSha256) {
            try {
                return Acs3Signature.stringToSign(
                        canonicalRequest(method, path, query, headers, signedHeaders, payloadSha256));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** @return the AccessKey id and signed header names; never the signature */
        @Override
        public String toString() {
            return "Authorization{accessKeyId=" + accessKeyId + ", signedHeaders=" + signedHeaders + "}";
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
