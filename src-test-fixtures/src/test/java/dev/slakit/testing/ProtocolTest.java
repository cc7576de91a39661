package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.status.auth.Credentials;
import dev.slakit.status.internal.RpcSignature;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the fake checks requests and the errors it answers, observed with a plain JDK HTTP client. */
class ProtocolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private final TestClock clock = TestClock.of(NOW);
    private final FakeStatusServer server = FakeStatusServer.builder().clock(clock).start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Asserts the platform error format, the status, the code and the request id header; returns the body. */
    private static JsonNode assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("Code").asText()).isEqualTo(code);
        assertThat(body.get("HostId").asText()).isEqualTo("status.aliyuncs.com");
        assertThat(body.get("Message").asText()).isNotBlank();
        assertThat(body.get("Recommend").asText()).contains(code);
        assertThat(body.get("RequestId").asText()).matches("[0-9A-F-]{36}");
        assertThat(response.headers().firstValue("x-acs-request-id")).contains(body.get("RequestId").asText());
        return body;
    }

    @Test
    void validGetAndFormPostSucceed() throws Exception {
        HttpResponse<String> get = SignedRequests.listEvents(server).send();
        HttpResponse<String> post = SignedRequests.listEvents(server).method("POST").inBody().send();
        HttpResponse<String> postQuery = SignedRequests.listEvents(server).method("POST").send();

        for (HttpResponse<String> response : java.util.List.of(get, post, postQuery)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("Code").asInt()).isEqualTo(200);
            assertThat(body.get("Total").asInt()).isZero();
            assertThat(response.headers().firstValue("x-acs-request-id")).contains(body.get("RequestId").asText());
        }
        assertThat(server.requests()).extracting(RecordedStatusRequest::method).containsExactly("GET", "POST", "POST");
        assertThat(server.requests().get(1).parameters()).containsEntry("NumOfDay", "6");
    }

    @Test
    void parametersSplitBetweenQueryAndBodyAreMerged() throws Exception {
        Map<String, String> signed = SignedRequests.listEvents(server).method("POST").signedParameters();
        String query = "Action=ListEvents&Version=2020-01-17";
        signed.remove("Action");
        signed.remove("Version");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.endpoint() + "/?" + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(SignedRequests.encode(signed))).build();

        HttpResponse<String> response = SignedRequests.HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void wrongSecretGetsSignatureDoesNotMatchWithTheServersStringToSign() throws Exception {
        SignedRequests call = SignedRequests.listEvents(server)
                .credentials(Credentials.of(server.credentials().accessKeyId(), "wrong-secret"));
        Map<String, String> signed = call.signedParameters();
        HttpResponse<String> response = SignedRequests.listEvents(server)
                .credentials(Credentials.of(server.credentials().accessKeyId(), "wrong-secret"))
                .nonce(signed.get("SignatureNonce")).send();

        JsonNode body = assertError(response, 400, "SignatureDoesNotMatch");
        assertThat(body.get("Message").asText()).isEqualTo(
                "Specified signature is not matched with our calculation. server string to sign is:"
                        + RpcSignature.stringToSign("GET", signed));
        assertThat(response.body()).doesNotContain(server.credentials().accessKeySecret());
    }

    @Test
    void tamperedParameterBreaksTheSignature() throws Exception {
        HttpResponse<String> response = SignedRequests.listEvents(server)
                .afterSigning(p -> p.put("RegionId", "cn-beijing")).send();

        assertError(response, 400, "SignatureDoesNotMatch");
    }

    @Test
    void signatureOfAnotherMethodDoesNotMatch() throws Exception {
        Map<String, String> signedForGet = SignedRequests.listEvents(server).signedParameters();
        var post = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.endpoint() + "/?" + SignedRequests.encode(signedForGet)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();

        assertError(SignedRequests.HTTP.send(post, HttpResponse.BodyHandlers.ofString()), 400, "SignatureDoesNotMatch");
    }

    @Test
    void unknownAccessKeyIsNotFound() throws Exception {
        HttpResponse<String> response = SignedRequests.listEvents(server)
                .credentials(Credentials.of("LTAIunknown", "x")).send();

        JsonNode body = assertError(response, 404, "InvalidAccessKeyId.NotFound");
        assertThat(body.get("Message").asText()).isEqualTo("Specified access key is not found.");
    }

    @Test
    void extraCredentialsAreAccepted() throws Exception {
        Credentials second = Credentials.of("LTAIsecondaccount", "second-secret");
        server.addCredentials(second);

        assertThat(SignedRequests.listEvents(server).credentials(second).send().statusCode()).isEqualTo(200);
        assertThat(SignedRequests.listEvents(server).send().statusCode()).isEqualTo(200);
    }

    @Test
    void stsTokenIsRequiredAndMustMatch() throws Exception {
        Credentials sts = Credentials.of("STS.abc", "sts-secret", "token-1");
        server.addCredentials(sts);

        assertThat(SignedRequests.listEvents(server).credentials(sts).send().statusCode()).isEqualTo(200);
        assertError(SignedRequests.listEvents(server).credentials(Credentials.of("STS.abc", "sts-secret")).send(),
                400, "MissingSecurityToken");
        assertError(SignedRequests.listEvents(server).credentials(Credentials.of("STS.abc", "sts-secret", "token-2"))
                .send(), 400, "InvalidSecurityToken.MismatchWithAccessKey");
    }

    @Test
    void signatureMismatchWithATokenEchoesTheStringToSignAsTheServiceDoes() throws Exception {
        Credentials sts = Credentials.of("STS.abc", "sts-secret", "token-secret-1");
        server.addCredentials(sts);

        HttpResponse<String> response = SignedRequests.listEvents(server)
                .credentials(Credentials.of("STS.abc", "bad", "token-secret-1")).send();

        JsonNode body = assertError(response, 400, "SignatureDoesNotMatch");
        assertThat(body.get("Message").asText())
                .startsWith("Specified signature is not matched with our calculation. server string to sign is:GET&%2F&")
                .contains("%26SecurityToken%3Dtoken-secret-1%26");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RegionId", "ProductId", "EndDate", "NumOfDay"})
    void missingActionParameter(String name) throws Exception {
        JsonNode body = assertError(SignedRequests.listEvents(server).without(name).send(), 400, "Missing" + name);

        assertThat(body.get("Message").asText()).isEqualTo(name + " is mandatory for this action.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SignatureNonce",
        "Timestamp"})
    void missingCommonParameter(String name) throws Exception {
        assertError(SignedRequests.listEvents(server).afterSigning(p -> p.remove(name)).send(), 400, "Missing" + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EndDate=2020/02/15", "EndDate=yesterday", "NumOfDay=0", "NumOfDay=-3", "NumOfDay=six",
        "NumOfDay=99999999999"})
    void invalidParameter(String assignment) throws Exception {
        String[] nameValue = assignment.split("=");

        JsonNode body = assertError(SignedRequests.listEvents(server).param(nameValue[0], nameValue[1]).send(), 400,
                "InvalidParameter");
        assertThat(body.get("Message").asText()).contains(nameValue[0]);
    }

    @Test
    void unknownActionAndVersion() throws Exception {
        assertError(SignedRequests.listEvents(server).param("Action", "DescribeEvents").send(), 404,
                "InvalidAction.NotFound");
        assertError(SignedRequests.listEvents(server).without("Action").send(), 400, "MissingAction");
        assertError(SignedRequests.listEvents(server).param("Version", "2014-05-26").send(), 400, "InvalidVersion");
        assertError(SignedRequests.listEvents(server).without("Version").send(), 400, "MissingVersion");
    }

    @Test
    void unsupportedSignatureMethodVersionAndHttpMethod() throws Exception {
        assertError(SignedRequests.listEvents(server).afterSigning(p -> p.put("SignatureMethod", "HMAC-SHA256"))
                .send(), 400, "InvalidSignatureMethod");
        assertError(SignedRequests.listEvents(server).afterSigning(p -> p.put("SignatureVersion", "2.0")).send(),
                400, "InvalidSignatureVersion");
        assertError(SignedRequests.listEvents(server).method("PUT").send(), 400, "UnsupportedHTTPMethod");
    }

    @Test
    void reusedNonceIsRejectedButOtherKeysMayUseIt() throws Exception {
        Credentials other = Credentials.of("LTAIother", "other-secret");
        server.addCredentials(other);

        assertThat(SignedRequests.listEvents(server).nonce("nonce-1").send().statusCode()).isEqualTo(200);
        JsonNode body = assertError(SignedRequests.listEvents(server).nonce("nonce-1").send(), 400,
                "SignatureNonceUsed");
        assertThat(body.get("Message").asText()).isEqualTo("Specified signature nonce was used already.");
        assertThat(SignedRequests.listEvents(server).credentials(other).nonce("nonce-1").send().statusCode())
                .isEqualTo(200);
    }

    @Test
    void aRejectedRequestDoesNotUseUpItsNonce() throws Exception {
        assertError(SignedRequests.listEvents(server).nonce("n").credentials(
                Credentials.of(server.credentials().accessKeyId(), "bad")).send(), 400, "SignatureDoesNotMatch");

        assertThat(SignedRequests.listEvents(server).nonce("n").send().statusCode()).isEqualTo(200);
    }

    @Test
    void timestampMoreThanFifteenMinutesOffTheServerClockIsExpired() throws Exception {
        assertThat(SignedRequests.listEvents(server).timestamp(NOW.minus(Duration.ofMinutes(15))).send().statusCode())
                .isEqualTo(200);
        assertThat(SignedRequests.listEvents(server).timestamp(NOW.plus(Duration.ofMinutes(15))).send().statusCode())
                .isEqualTo(200);
        JsonNode body = assertError(SignedRequests.listEvents(server)
                .timestamp(NOW.minus(Duration.ofMinutes(15)).minusSeconds(1)).send(), 400, "InvalidTimeStamp.Expired");
        assertThat(body.get("Message").asText()).isEqualTo("Specified time stamp or date value is expired.");
        assertError(SignedRequests.listEvents(server).timestamp(NOW.plus(Duration.ofMinutes(16))).send(), 400,
                "InvalidTimeStamp.Expired");
    }

    @Test
    void advancingTheTestClockExpiresARequestSignedEarlier() throws Exception {
        SignedRequests call = SignedRequests.listEvents(server).timestamp(NOW);
        clock.advance(Duration.ofMinutes(16));

        assertError(call.send(), 400, "InvalidTimeStamp.Expired");
        assertThat(server.requests().get(0).receivedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(16)));
    }

    @Test
    void malformedTimestamp() throws Exception {
        assertError(SignedRequests.listEvents(server).afterSigning(p -> p.put("Timestamp", "22/11/2026")).send(), 400,
                "InvalidTimeStamp.Format");
    }

    @Test
    void garbageRequestGetsA400AndTheServerKeepsServing() throws Exception {
        try (var socket = new java.net.Socket(server.host(), server.port())) {
            socket.getOutputStream().write("NONSENSE\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(reply).startsWith("HTTP/1.1 400 ");
        }
        assertThat(SignedRequests.listEvents(server).send().statusCode()).isEqualTo(200);
    }

    @Test
    void chunkedBodyAndKeepAliveOnOneConnection() throws Exception {
        String form = SignedRequests.encode(SignedRequests.listEvents(server).method("POST").signedParameters());
        String form2 = SignedRequests.encode(SignedRequests.listEvents(server).method("POST").signedParameters());
        String chunked = Integer.toHexString(form.length()) + "\r\n" + form + "\r\n0\r\n\r\n";
        String requests = "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunked
                + "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: " + form2.length() + "\r\nConnection: close\r\n\r\n" + form2;
        try (var socket = new java.net.Socket(server.host(), server.port())) {
            socket.getOutputStream().write(requests.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String replies = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(replies.split("HTTP/1.1 200 OK", -1)).hasSize(3);
            assertThat(replies).contains("Connection: keep-alive").contains("Connection: close");
        }
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).responseStatus()).isEqualTo(200);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).responseStatus()).isEqualTo(200);
    }

    private String rawExchange(String request) throws Exception {
        try (var socket = new java.net.Socket(server.host(), server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void http10ClientsGetTheirConnectionClosed() throws Exception {
        String target = "/?" + SignedRequests.encode(SignedRequests.listEvents(server).signedParameters());

        // readAllBytes returns only because the server closes the connection after the reply.
        String reply = rawExchange("GET " + target + " HTTP/1.0\r\nHost: x\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 200 OK").contains("Connection: close").endsWith("\"Data\":[]}");
    }

    @Test
    void headGetsTheHeadersWithoutABody() throws Exception {
        String reply = rawExchange("HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(reply).startsWith("HTTP/1.1 400 Bad Request").contains("Content-Length: ").endsWith("\r\n\r\n");
    }

    @Test
    void expectContinueIsHonoured() throws Exception {
        String form = SignedRequests.encode(SignedRequests.listEvents(server).method("POST").signedParameters());

        String reply = rawExchange("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length() + "\r\n\r\n"
                + form);

        assertThat(reply).startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK");
    }
}
