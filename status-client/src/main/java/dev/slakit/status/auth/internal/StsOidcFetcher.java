package dev.slakit.status.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import dev.slakit.status.auth.ExpiringCredentials;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Exchanges an OIDC token (read from its file on every call, as Kubernetes rotates it) for STS credentials
 * with {@code AssumeRoleWithOIDC}, as the official {@code credentials-java} does: an anonymous RPC call (no
 * signature, no AccessKey), {@code POST <sts>/?Action=AssumeRoleWithOIDC&Format=JSON&Version=2015-04-01} with
 * the form fields {@code RoleArn}, {@code OIDCProviderArn}, {@code OIDCToken}, {@code RoleSessionName},
 * {@code DurationSeconds} and optionally {@code Policy}; the reply's {@code Credentials} object holds the
 * credentials. An error reply becomes a {@link StatusServiceException} with STS's code and request id.
 * Thread-safe.
 */
public final class StsOidcFetcher implements Supplier<ExpiringCredentials> {

    private static final String SOURCE = "STS AssumeRoleWithOIDC";

    private final HttpUrl url;
    private final String roleArn;
    private final String oidcProviderArn;
    private final Path tokenFile;
    private final String roleSessionName;
    private final long durationSeconds;
    private final String policy;
    private final CredentialsHttp http;

    /**
     * @param stsEndpoint the STS endpoint, such as {@code https://sts.aliyuncs.com}
     * @param roleArn the role to assume
     * @param oidcProviderArn the OIDC identity provider
     * @param tokenFile the file holding the OIDC token
     * @param roleSessionName the session name
     * @param durationSeconds the session duration, in seconds
     * @param policy an optional policy narrowing the role's, or null
     * @param http the HTTP client
     */
    public StsOidcFetcher(URI stsEndpoint, String roleArn, String oidcProviderArn, Path tokenFile,
            String roleSessionName, long durationSeconds, String policy, CredentialsHttp http) {
        HttpUrl base = HttpUrl.get(stsEndpoint.toString());
        this.url = base.newBuilder().encodedPath("/").addQueryParameter("Action", "AssumeRoleWithOIDC")
                .addQueryParameter("Format", "JSON").addQueryParameter("Version", "2015-04-01").build();
        this.roleArn = roleArn;
        this.oidcProviderArn = oidcProviderArn;
        this.tokenFile = tokenFile;
        this.roleSessionName = roleSessionName;
        this.durationSeconds = durationSeconds;
        this.policy = policy;
        this.http = http;
    }

    @Override
    public ExpiringCredentials get() {
        FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8)
                .add("RoleArn", roleArn)
                .add("OIDCProviderArn", oidcProviderArn)
                .add("OIDCToken", readToken())
                .add("RoleSessionName", roleSessionName)
                .add("DurationSeconds", String.valueOf(durationSeconds));
        if (policy != null) {
            form.add("Policy", policy);
        }
        Request request = new Request.Builder().url(url).header("Accept", "application/json").post(form.build())
                .build();
        CredentialsHttp.Reply reply = http.send(request, "credentials");
        if (reply.status != 200) {
            throw error(reply);
        }
        JsonNode body = SessionCredentialsJson.object(reply.body, SOURCE);
        JsonNode credentials = body.get("Credentials");
        if (credentials == null || !credentials.isObject()) {
            throw new StatusClientException(SOURCE + " answered no Credentials object", null,
                    requestId(body, reply), reply.status, 1);
        }
        return SessionCredentialsJson.read(credentials, SOURCE);
    }

    private String readToken() {
        String token;
        try {
            token = new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new StatusClientException("cannot read the OIDC token file " + tokenFile + " ("
                    + e.getClass().getSimpleName() + ")", null);
        }
        if (token.isEmpty()) {
            throw new StatusClientException("the OIDC token file " + tokenFile + " is empty", null);
        }
        return token;
    }

    private static RuntimeException error(CredentialsHttp.Reply reply) {
        JsonNode body;
        try {
            body = SessionCredentialsJson.object(reply.body, SOURCE);
        } catch (StatusClientException notJson) {
            return new StatusClientException(SOURCE + " failed with HTTP " + reply.status, null,
                    reply.requestIdHeader, reply.status, 1);
        }
        JsonNode code = body.get("Code");
        JsonNode message = body.get("Message");
        if (code == null || !code.isValueNode()) {
            return new StatusClientException(SOURCE + " failed with HTTP " + reply.status + " and no error code", null,
                    requestId(body, reply), reply.status, 1);
        }
        return new StatusServiceException(code.asText(), message == null ? null : message.asText(),
                requestId(body, reply), reply.status, 1);
    }

    private static String requestId(JsonNode body, CredentialsHttp.Reply reply) {
        JsonNode id = body.get("RequestId");
        return id != null && id.isTextual() ? id.asText() : reply.requestIdHeader;
    }
}
