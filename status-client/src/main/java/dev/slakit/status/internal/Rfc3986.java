package dev.slakit.status.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The percent-encoding both Alibaba Cloud signatures use: UTF-8, RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - _ . ~}) kept, everything else {@code %XX} in upper case (a space is {@code %20},
 * {@code *} is {@code %2A}). Stateless and thread-safe.
 */
final class Rfc3986 {

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

    private Rfc3986() {
    }

    /**
     * @param value the text, not null
     * @return the encoded text
     */
    static String encode(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(value.length() + 16);
        appendEncoded(out, value);
        return out.toString();
    }

    /**
     * The parameters sorted by name (UTF-16 order), each {@code encode(name)=encode(value)} (an empty value
     * gives {@code name=}), joined with {@code &}.
     *
     * @param parameters the parameters, not null, no null names or values
     * @param excluded a name left out (such as {@code Signature}), or null
     * @return the sorted query
     */
    static String sortedQuery(Map<String, String> parameters, String excluded) {
        Objects.requireNonNull(parameters, "parameters");
        String[] names = parameters.keySet().toArray(new String[0]);
        Arrays.sort(names);
        StringBuilder out = new StringBuilder(names.length * 32);
        for (String name : names) {
            if (name.equals(excluded)) {
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

    static void appendEncoded(StringBuilder out, String value) {
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
