package dev.slakit.testing;

import dev.slakit.status.auth.Credentials;
import dev.slakit.status.internal.RpcSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The one test helper that builds and sends signed ListEvents requests to a {@link FakeStatusServer} with a plain
 * JDK {@link HttpClient}, signing with {@link RpcSignature}. Defaults make a valid request; each setter breaks
 * or changes one thing.
 */
final class SignedRequests {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final FakeStatusServer server;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private String method = "GET";
    private boolean inBody;
    private Credentials credentials;
    private Instant timestamp;
    private String nonce = UUID.randomUUID().toString();
    private Consumer<Map<String, String>> afterSigning = p -> { };
    private Duration timeout = Duration.ofSeconds(10);

    private SignedRequests(FakeStatusServer server) {
        this.server = server;
        this.credentials = server.credentials();
        parameters.put("Action", "ListEvents");
        parameters.put("Version", "2020-01-17");
        parameters.put("Format", "JSON");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("ProductId", "ecs");
        parameters.put("EndDate", "2020-02-15");
        parameters.put("NumOfDay", "6");
    }

    /** A valid ListEvents request for cn-hangzhou / ecs, 2020-02-15, 6 days, signed with the server's keys. */
    static SignedRequests listEvents(FakeStatusServer server) {
        return new SignedRequests(server);
    }

    SignedRequests method(String newMethod) {
        this.method = newMethod;
        return this;
    }

    /** Sends the parameters as an application/x-www-form-urlencoded body instead of the query string. */
    SignedRequests inBody() {
        this.inBody = true;
        return this;
    }

    SignedRequests credentials(Credentials newCredentials) {
        this.credentials = newCredentials;
        return this;
    }

    SignedRequests timestamp(Instant newTimestamp) {
        this.timestamp = newTimestamp;
        return this;
    }

    SignedRequests nonce(String newNonce) {
        this.nonce = newNonce;
        return this;
    }

    SignedRequests param(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    SignedRequests without(String name) {
        parameters.remove(name);
        return this;
    }

    /** Changes the parameters after the signature is computed (to break it, or to drop a common parameter). */
    SignedRequests afterSigning(Consumer<Map<String, String>> change) {
        this.afterSigning = change;
        return this;
    }

    SignedRequests timeout(Duration newTimeout) {
        this.timeout = newTimeout;
        return this;
    }

    /** The final, signed parameters. */
    Map<String, String> signedParameters() {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.put("AccessKeyId", credentials.accessKeyId());
        all.put("SignatureMethod", "HMAC-SHA1");
        all.put("SignatureVersion", "1.0");
        all.put("SignatureNonce", nonce);
        Instant at = timestamp != null ? timestamp : server.clock().instant();
        all.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS)));
        credentials.securityToken().ifPresent(token -> all.put("SecurityToken", token));
        all.put("Signature", RpcSignature.sign(method, all, credentials.accessKeySecret()));
        afterSigning.accept(all);
        return all;
    }

    HttpRequest build() {
        String encoded = encode(signedParameters());
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(timeout);
        if (inBody) {
            request.uri(URI.create(server.endpoint() + "/"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(encoded, StandardCharsets.UTF_8));
        } else {
            request.uri(URI.create(server.endpoint() + "/?" + encoded))
                    .method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.build();
    }

    HttpResponse<String> send() throws IOException, InterruptedException {
        return HTTP.send(build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String encode(Map<String, String> parameters) {
        StringBuilder out = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(RpcSignature.percentEncode(name)).append('=').append(RpcSignature.percentEncode(value));
        });
        return out.toString();
    }
}
