package dev.slakit.testing.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One parsed HTTP/1.1 request as it came off the socket. Internal; not part of the API.
 */
public final class RawHttpRequest {

    private final String method;
    private final String target;
    private final String version;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    RawHttpRequest(String method, String target, String version, Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.target = target;
        this.version = version;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
    }

    /** @return the request method, such as {@code GET} */
    public String method() {
        return method;
    }

    /** @return the request target, such as {@code /?Action=ListEvents} */
    public String target() {
        return target;
    }

    /** @return the protocol version of the request line, such as {@code HTTP/1.1} */
    public String version() {
        return version;
    }

    /** @return the path part of the target (before {@code ?}) */
    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** @return the raw query string (after {@code ?}), empty if none */
    public String rawQuery() {
        int q = target.indexOf('?');
        return q < 0 ? "" : target.substring(q + 1);
    }

    /** @return the headers, names case-insensitive, in arrival order per name */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * @param name a header name, case-insensitive
     * @return the first value, or null
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return the body bytes (never null; a copy is not made, do not modify) */
    public byte[] body() {
        return body;
    }
}
