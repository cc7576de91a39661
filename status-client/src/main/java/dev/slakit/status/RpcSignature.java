package dev.slakit.status;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
 * <p>Public so that servers and tests (such as the fake server of {@code src-test-fixtures}) can verify
 * signatures the same way the client makes them. Stateless and thread-safe.
 */
public final class RpcSignature {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

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
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendEncoded(out, value);
        return out.toString();
    }

    /**
     * The canonical query: every parameter but {@code Signature}, sorted by name, encoded, joined.
     *
     * @param parameters the parameters, not null, no null names or values
     * @return the canonical query string
     */
    public static String canonicalQuery(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        String[] names = parameters.keySet().toArray(new String[0]);
        Arrays.sort(names);
        StringBuilder out = new StringBuilder(names.length * 32);
        for (String name : names) {
            if ("Signature".equals(name)) {
                continue;
            }
            String value = Objects.requireNonNull(parameters.get(name), () -> "value of parameter " + name);
            if (out.length() > 0) {
                out.append('&');
            }
            appendEncoded(out, name);
            out.append('=');
            appendEncoded(out, value);
        }
        return out.toString();
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
        appendEncoded(out, canonical);
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
        appendEncoded(toSign, canonicalQuery);
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
        KeyedMac keyed = MACS.get();
        Mac mac = keyed.macFor(accessKeySecret);
        return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One {@link Mac} per thread, re-keyed only when the secret changes: {@code Mac.getInstance} and
     * {@code init} cost more than the HMAC itself for a short string to sign. {@code doFinal} resets the
     * Mac to its key, so reuse is safe.
     */
    private static final ThreadLocal<KeyedMac> MACS = ThreadLocal.withInitial(KeyedMac::new);

    private static final class KeyedMac {
        private final Mac mac;
        private String secret;

        KeyedMac() {
            try {
                this.mac = Mac.getInstance("HmacSHA1");
            } catch (GeneralSecurityException e) {
                // HmacSHA1 is required of every Java platform; this cannot happen on a conforming JVM.
                throw new IllegalStateException("HmacSHA1 is not available", e);
            }
        }

        Mac macFor(String accessKeySecret) {
            if (!accessKeySecret.equals(secret)) {
                try {
                    mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
                } catch (GeneralSecurityException e) {
                    // Cannot happen for an HMAC key of any length; keep the secret out of the message.
                    throw new IllegalStateException("cannot initialise HmacSHA1", e);
                }
                secret = accessKeySecret;
            }
            return mac;
        }
    }

    private static void appendEncoded(StringBuilder out, String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 && UNRESERVED[c]) {
                out.append(c);
            } else if (c < 0x80) {
                appendByte(out, c);
            } else {
                // Rare path: encode the rest as UTF-8 bytes (handles surrogate pairs correctly).
                int end = i + 1;
                while (end < n && value.charAt(end) >= 0x80) {
                    end++;
                }
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendByte(out, b & 0xFF);
                }
                i = end - 1;
            }
        }
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
