package dev.slakit.testing;

import com.aliyun.openapiutil.Client;
import com.aliyun.tea.TeaRequest;
import dev.slakit.status.auth.Credentials;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds a Signature V3 {@code ListEventInProgress} request the way the official Tea SDK
 * ({@code com.aliyun:status20200117} on {@code com.aliyun:tea-openapi}) does, with the official
 * {@code com.aliyun:openapiutil} for every step it uses ({@code arrayToStringWithSpecifiedStyle(..., "json")},
 * {@code toForm}, {@code getTimestamp}, {@code hash}/{@code hexEncode}, {@code getAuthorization}), and sends it
 * to a {@link FakeStatusServer} with the JDK client. Defaults make a valid request; each setter changes one
 * thing.
 */
final class TeaStyleRequests {

    private final FakeStatusServer server;
    private Credentials credentials;
    private List<String> regionIds = Arrays.asList("cn-hangzhou", "cn-shanghai");
    private final Map<String, String> headerOverrides = new LinkedHashMap<>();
    private Consumer<Map<String, String>> afterSigning = h -> { };
    private String bodyAfterSigning;
    private String rawForm;
    private boolean signToken = true;

    private TeaStyleRequests(FakeStatusServer server) {
        this.server = server;
        this.credentials = server.credentials();
    }

    static TeaStyleRequests listEventInProgress(FakeStatusServer server) {
        return new TeaStyleRequests(server);
    }

    TeaStyleRequests credentials(Credentials newCredentials) {
        this.credentials = newCredentials;
        return this;
    }

    TeaStyleRequests regionIds(String... ids) {
        this.regionIds = ids == null ? null : Arrays.asList(ids);
        return this;
    }

    /** Sets a header before signing (null removes it). */
    TeaStyleRequests header(String name, String value) {
        headerOverrides.put(name, value);
        return this;
    }

    /** Changes the headers after signing. */
    TeaStyleRequests afterSigning(Consumer<Map<String, String>> change) {
        this.afterSigning = change;
        return this;
    }

    /** Signs and sends this form body instead of the one the form encoder writes. */
    TeaStyleRequests rawForm(String form) {
        this.rawForm = form;
        return this;
    }

    /** Sends this body instead of the signed one. */
    TeaStyleRequests bodyAfterSigning(String body) {
        this.bodyAfterSigning = body;
        return this;
    }

    /** Sends the STS token but leaves it out of the signature (by adding it after signing). */
    TeaStyleRequests tokenNotSigned() {
        this.signToken = false;
        return this;
    }

    HttpResponse<String> send() throws Exception {
        Map<String, Object> body = new HashMap<>();
        if (regionIds != null) {
            body.put("RegionIds", Client.arrayToStringWithSpecifiedStyle(regionIds, "RegionIds", "json"));
        }
        String form = rawForm != null ? rawForm : Client.toForm(body);
        TeaRequest request = new TeaRequest();
        request.method = "POST";
        request.pathname = "/";
        request.query = new HashMap<>();
        request.headers = new HashMap<>();
        request.headers.put("host", server.hostAndPort());
        request.headers.put("x-acs-version", "2020-01-17");
        request.headers.put("x-acs-action", "ListEventInProgress");
        request.headers.put("x-acs-date", Client.getTimestamp());
        request.headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
        request.headers.put("accept", "application/json");
        request.headers.put("content-type", "application/x-www-form-urlencoded");
        String payload = Client.hexEncode(Client.hash(form.getBytes(StandardCharsets.UTF_8), "ACS3-HMAC-SHA256"));
        request.headers.put("x-acs-content-sha256", payload);
        String token = credentials.securityToken().orElse(null);
        if (token != null) {
            request.headers.put("x-acs-accesskey-id", credentials.accessKeyId());
            if (signToken) {
                request.headers.put("x-acs-security-token", token);
            }
        }
        for (Map.Entry<String, String> override : headerOverrides.entrySet()) {
            if (override.getValue() == null) {
                request.headers.remove(override.getKey());
            } else {
                request.headers.put(override.getKey(), override.getValue());
            }
        }
        request.headers.put("Authorization", Client.getAuthorization(request, "ACS3-HMAC-SHA256", payload,
                credentials.accessKeyId(), credentials.accessKeySecret()));
        if (token != null && !signToken) {
            request.headers.put("x-acs-security-token", token);
        }
        afterSigning.accept(request.headers);

        String sent = bodyAfterSigning != null ? bodyAfterSigning : form;
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(server.endpoint() + "/"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(sent, StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : request.headers.entrySet()) {
            if (!header.getKey().equalsIgnoreCase("host")) {
                // The JDK client sends Host itself: 127.0.0.1:<port>, the value signed above.
                http.header(header.getKey(), header.getValue());
            }
        }
        return SignedRequests.HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
