package dev.slakit.testing.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as the fake's API sees it: method, path, decoded query and form parameters, headers and body.
 * Unredacted (it carries the token and signature as sent); never recorded or logged. Internal; immutable.
 */
public final class ApiRequest {

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Map<String, String> parameters;
    private final Map<String, String> headers;
    private final byte[] body;

    /**
     * @param method the HTTP method
     * @param path the path
     * @param query the decoded query parameters
     * @param parameters query and form parameters merged (the form's win)
     * @param headers the headers, names case-insensitive, in arrival order per name
     * @param body the body bytes, not copied
     */
    public ApiRequest(String method, String path, Map<String, String> query, Map<String, String> parameters,
            Map<String, List<String>> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.query = Collections.unmodifiableMap(query);
        this.parameters = Collections.unmodifiableMap(parameters);
        TreeMap<String, String> first = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (!header.getValue().isEmpty()) {
                first.put(header.getKey(), header.getValue().get(0));
            }
        }
        this.headers = Collections.unmodifiableMap(first);
        this.body = body;
    }

    /** @return the HTTP method, such as {@code POST} */
    public String method() {
        return method;
    }

    /** @return the path, such as {@code /} */
    public String path() {
        return path;
    }

    /** @return the decoded query parameters */
    public Map<String, String> query() {
        return query;
    }

    /** @return query and form parameters merged, decoded */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** @return the first value of each header, names case-insensitive */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @param name a header name, any case
     * @return its first value, or null
     */
    public String header(String name) {
        return headers.get(name);
    }

    /** @return the body bytes (do not modify) */
    public byte[] body() {
        return body;
    }

    /** @return true if the request carries a Signature V3 {@code Authorization} header */
    public boolean isSignatureV3() {
        String authorization = header("Authorization");
        return authorization != null && authorization.startsWith("ACS3-");
    }

    /** @return the action: the {@code x-acs-action} header of a V3 request, else the {@code Action} parameter */
    public String action() {
        return isSignatureV3() ? header("x-acs-action") : parameters.get("Action");
    }

    /** @return the API version: {@code x-acs-version} of a V3 request, else the {@code Version} parameter */
    public String version() {
        return isSignatureV3() ? header("x-acs-version") : parameters.get("Version");
    }
}
