package dev.slakit.status.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.auth.ExpiringCredentials;
import java.net.URI;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the credentials of an ECS instance's RAM role from the instance metadata service, as the official
 * {@code credentials-java} does: a session token first ({@code PUT /latest/api/token} with
 * {@value #TOKEN_TTL_HEADER}: {@value #TOKEN_TTL_SECONDS}, "IMDSv2"), then, with header {@value #TOKEN_HEADER},
 * the role name (when none is configured) from {@value #CREDENTIALS_PATH} and the credentials from
 * {@value #CREDENTIALS_PATH}{@code <role>}. Unless IMDSv1 is disabled, a failed token request means going on
 * without a token, and a failed request with a token is tried once more without. The credentials reply must
 * say {@code "Code":"Success"}. Thread-safe.
 */
public final class EcsMetadataFetcher implements Supplier<ExpiringCredentials> {

    /** The session-token path. */
    public static final String TOKEN_PATH = "/latest/api/token";
    /** The path listing the role name, and the prefix of a role's credentials. */
    public static final String CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
    /** The header asking for a session token of a lifetime, in seconds. */
    public static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
    /** The header carrying the session token. */
    public static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
    /** The session-token lifetime asked for: 6 hours, as credentials-java. */
    public static final int TOKEN_TTL_SECONDS = 21600;

    private static final Logger LOG = LoggerFactory.getLogger(EcsMetadataFetcher.class);
    private static final String SOURCE = "the ECS metadata service";

    private final HttpUrl endpoint;
    private final String roleName;
    private final boolean imdsV1Disabled;
    private final CredentialsHttp http;

    /**
     * @param endpoint the metadata service, such as {@code http://100.100.100.200}
     * @param roleName the role, or null to ask the service for it
     * @param imdsV1Disabled true to fail rather than go on without a session token
     * @param http the HTTP client
     */
    public EcsMetadataFetcher(URI endpoint, String roleName, boolean imdsV1Disabled, CredentialsHttp http) {
        this.endpoint = HttpUrl.get(endpoint.toString());
        this.roleName = roleName;
        this.imdsV1Disabled = imdsV1Disabled;
        this.http = http;
    }

    @Override
    public ExpiringCredentials get() {
        String token = sessionToken();
        String role = roleName;
        if (role == null) {
            role = firstLine(metadata(CREDENTIALS_PATH, token, "the role name"));
            if (role.isEmpty()) {
                throw new StatusClientException(SOURCE + " lists no RAM role for this instance", null);
            }
        }
        JsonNode reply = SessionCredentialsJson.object(metadata(CREDENTIALS_PATH + role, token,
                "the credentials of role " + role), SOURCE);
        JsonNode code = reply.get("Code");
        if (code == null || !"Success".equals(code.asText())) {
            throw new StatusClientException(SOURCE + " answered Code " + (code == null ? "(none)" : code.asText())
                    + " for role " + role + ", not Success", null);
        }
        return SessionCredentialsJson.read(reply, SOURCE);
    }

    private String sessionToken() {
        Request request = new Request.Builder().url(url(TOKEN_PATH))
                .header(TOKEN_TTL_HEADER, String.valueOf(TOKEN_TTL_SECONDS))
                .put(RequestBody.create(new byte[0], null))
                .build();
        String why;
        try {
            CredentialsHttp.Reply reply = http.send(request, "the metadata session token");
            if (reply.status == 200 && !reply.body.trim().isEmpty()) {
                return reply.body.trim();
            }
            why = "HTTP " + reply.status;
        } catch (StatusClientException e) {
            why = e.getMessage();
        }
        if (imdsV1Disabled) {
            throw new StatusClientException("no session token from " + SOURCE + " (" + why
                    + ") and going on without one (IMDSv1) is disabled", null);
        }
        LOG.debug("no session token from {} ({}); going on without one (IMDSv1)", SOURCE, why);
        return null;
    }

    private String metadata(String path, String token, String what) {
        try {
            return get(path, token, what);
        } catch (StatusClientException e) {
            if (token == null || imdsV1Disabled) {
                throw e;
            }
            LOG.debug("fetching {} with a session token failed ({}); trying without (IMDSv1)", what, e.getMessage());
            return get(path, null, what);
        }
    }

    private String get(String path, String token, String what) {
        Request.Builder request = new Request.Builder().url(url(path)).get();
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        CredentialsHttp.Reply reply = http.send(request.build(), what);
        if (reply.status == 404) {
            throw new StatusClientException(SOURCE + " does not know " + what + " (HTTP 404 for " + path + ")", null,
                    null, 404, 1);
        }
        if (reply.status != 200) {
            throw new StatusClientException(SOURCE + " refused " + what + " (HTTP " + reply.status + ")", null, null,
                    reply.status, 1);
        }
        return reply.body;
    }

    private HttpUrl url(String path) {
        HttpUrl resolved = endpoint.resolve(path);
        if (resolved == null) {
            throw new IllegalStateException("cannot resolve " + path + " against " + endpoint);
        }
        return resolved;
    }

    private static String firstLine(String text) {
        String trimmed = text.trim();
        int newline = trimmed.indexOf('\n');
        return (newline < 0 ? trimmed : trimmed.substring(0, newline)).trim();
    }
}
