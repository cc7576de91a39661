package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every fault, observed with a plain JDK HTTP client or a raw socket. */
class FaultTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeStatusServer server = FakeStatusServer.builder().slowReplyDelay(Duration.ofMillis(300)).start();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> call() throws Exception {
        return SignedRequests.listEvents(server).send();
    }

    @ParameterizedTest
    @CsvSource({
        "THROTTLING, 400, Throttling, Request was denied due to request throttling.",
        "THROTTLING_USER, 400, Throttling.User, Request was denied due to user flow control.",
        "THROTTLING_API, 400, Throttling.Api, Request was denied due to api flow control.",
        "SERVICE_UNAVAILABLE, 503, ServiceUnavailable, The request has failed due to a temporary failure of the server.",
        "INTERNAL_ERROR, 500, InternalError, "
                + "'The request processing has failed due to some unknown error, exception or failure.'",
        "TOO_MANY_REQUESTS_RETRY_AFTER, 429, Throttling, Request was denied due to request throttling.",
        "SIGNATURE_NONCE_USED, 400, SignatureNonceUsed, Specified signature nonce was used already.",
    })
    void platformErrorFaults(Fault fault, int status, String code, String message) throws Exception {
        server.enqueueFault(fault);

        HttpResponse<String> response = call();

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("Code").asText()).isEqualTo(code);
        assertThat(body.get("Message").asText()).isEqualTo(message);
        assertThat(body.get("HostId").asText()).isEqualTo("status.aliyuncs.com");
        assertThat(response.headers().firstValue("x-acs-request-id")).contains(body.get("RequestId").asText());
        assertThat(fault.httpStatus()).isEqualTo(status);
        assertThat(fault.errorCode()).isEqualTo(code);
        RecordedStatusRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.fault()).contains(fault);
        assertThat(recorded.errorCode()).contains(code);
        assertThat(recorded.responseStatus()).isEqualTo(status);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws Exception {
        server.enqueueFault(Fault.TOO_MANY_REQUESTS_RETRY_AFTER);

        assertThat(call().headers().firstValue("Retry-After")).contains("1");
    }

    @ParameterizedTest
    @CsvSource({"BAD_GATEWAY, 502, 502 Bad Gateway", "GATEWAY_TIMEOUT, 504, 504 Gateway Time-out",
        "HTML_BODY, 200, 200 OK"})
    void htmlFaults(Fault fault, int status, String title) throws Exception {
        server.enqueueFault(fault);

        HttpResponse<String> response = call();

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<title>" + title + "</title>");
        assertThat(response.headers().firstValue("x-acs-request-id")).isEmpty();
        assertThatThrownBy(() -> JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
        RecordedStatusRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.responseStatus()).isEqualTo(status);
        assertThat(recorded.errorCode()).isEmpty();
        assertThat(recorded.requestId()).isEmpty();
    }

    @Test
    void slowReplyAnswersNormallyAfterTheDelay() throws Exception {
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
        server.enqueueFault(Fault.SLOW_REPLY);

        long start = System.nanoTime();
        HttpResponse<String> response = call();
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("Total").asInt()).isEqualTo(1);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void slowReplyTripsAShorterClientTimeout() {
        server.enqueueFault(Fault.SLOW_REPLY);

        assertThatThrownBy(() -> SignedRequests.listEvents(server).timeout(Duration.ofMillis(100)).send())
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void disconnectClosesWithoutAReply() throws Exception {
        server.enqueueFault(Fault.DISCONNECT);

        // POST: the JDK client silently retries an idempotent GET once when the connection drops.
        assertThatThrownBy(() -> SignedRequests.listEvents(server).method("POST").inBody().send())
                .isInstanceOf(IOException.class);
        RecordedStatusRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.fault()).contains(Fault.DISCONNECT);
        assertThat(recorded.responseStatus()).isZero();
        assertThat(call().statusCode()).isEqualTo(200);
    }

    @Test
    void theJdkClientRetriesAGetOnceAfterADisconnect() throws Exception {
        server.enqueueFault(Fault.DISCONNECT);

        assertThat(call().statusCode()).isEqualTo(200);
        assertThat(server.requests()).extracting(r -> r.fault().orElse(null)).containsExactly(Fault.DISCONNECT, null);
    }

    @Test
    void disconnectSendsNotASingleByte() throws Exception {
        server.enqueueFault(Fault.DISCONNECT);

        byte[] reply = rawExchange(SignedRequests.listEvents(server));

        assertThat(reply).isEmpty();
    }

    @Test
    void truncatedBodyFailsTheHttpClient() {
        server.enqueueFault(Fault.TRUNCATED_BODY);

        assertThatThrownBy(this::call).isInstanceOf(IOException.class);
    }

    @Test
    void truncatedBodyDeclaresMoreThanItSends() throws Exception {
        server.enqueueFault(Fault.TRUNCATED_BODY);

        String reply = new String(rawExchange(SignedRequests.listEvents(server)), StandardCharsets.UTF_8);

        assertThat(reply).startsWith("HTTP/1.1 200 OK");
        Matcher length = Pattern.compile("Content-Length: (\\d+)").matcher(reply);
        assertThat(length.find()).isTrue();
        int declared = Integer.parseInt(length.group(1));
        int sent = reply.substring(reply.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8).length;
        assertThat(sent).isPositive().isLessThan(declared);
    }

    @Test
    void emptyBody() throws Exception {
        server.enqueueFault(Fault.EMPTY_BODY);

        HttpResponse<String> response = call();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=utf-8");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void malformedJson() throws Exception {
        server.enqueueFault(Fault.MALFORMED_JSON);

        HttpResponse<String> response = call();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"RequestId\":");
        assertThatThrownBy(() -> JSON.readTree(response.body())).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void codeNot200InASuccessfulReply() throws Exception {
        server.enqueueFault(Fault.CODE_NOT_200);

        HttpResponse<String> response = call();

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("Code").asInt()).isEqualTo(500);
        assertThat(body.get("Success").asText()).isEqualTo("false");
        assertThat(body.get("Message").asText()).isNotBlank();
        assertThat(response.headers().firstValue("x-acs-request-id")).contains(body.get("RequestId").asText());
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void everyFaultIsRecordedConsumesOneRequestAndLeavesTheServerServing(Fault fault) throws Exception {
        server.enqueueFault(fault);
        assertThat(server.pendingFaults()).isEqualTo(1);

        try {
            SignedRequests.listEvents(server).method("POST").inBody().send();
        } catch (IOException expectedForSomeFaults) {
            assertThat(fault).isIn(Fault.DISCONNECT, Fault.TRUNCATED_BODY);
        }

        assertThat(server.pendingFaults()).isZero();
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).fault()).contains(fault);
        HttpResponse<String> next = call();
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).fault()).isEmpty();
    }

    @Test
    void aFaultDoesNotUseUpTheNonce() throws Exception {
        server.enqueueFault(Fault.THROTTLING);

        assertThat(SignedRequests.listEvents(server).nonce("same").send().statusCode()).isEqualTo(400);
        assertThat(SignedRequests.listEvents(server).nonce("same").send().statusCode()).isEqualTo(200);
    }

    @Test
    void failNextScriptsInOrderThenServesNormally() throws Exception {
        server.failNext(2, Fault.THROTTLING_USER).enqueueFault(Fault.INTERNAL_ERROR).failNext(0, Fault.DISCONNECT);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(call().statusCode());
        }

        assertThat(statuses).containsExactly(400, 400, 500, 200);
        assertThat(server.requests()).extracting(r -> r.errorCode().orElse("-"))
                .containsExactly("Throttling.User", "Throttling.User", "InternalError", "-");
    }

    @Test
    void clearFaultsForgetsScriptAndRate() throws Exception {
        server.failNext(3, Fault.INTERNAL_ERROR).failRate(1.0, Fault.SERVICE_UNAVAILABLE, 1);
        server.clearFaults();

        assertThat(server.pendingFaults()).isZero();
        assertThat(call().statusCode()).isEqualTo(200);
    }

    private List<Integer> statusesWithRate(double share, long seed, int requests) throws Exception {
        try (FakeStatusServer s = FakeStatusServer.start()) {
            s.failRate(share, Fault.SERVICE_UNAVAILABLE, seed);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                statuses.add(SignedRequests.listEvents(s).send().statusCode());
            }
            return statuses;
        }
    }

    @Test
    void failRateIsDeterministicForASeed() throws Exception {
        List<Integer> first = statusesWithRate(0.3, 42, 60);
        List<Integer> second = statusesWithRate(0.3, 42, 60);

        assertThat(first).isEqualTo(second).containsOnly(200, 503);
        // java.util.Random(42): the share of draws below 0.3 over 60 draws is not far from 0.3.
        assertThat(first.stream().filter(s -> s == 503).count()).isBetween(8L, 28L);
        assertThat(statusesWithRate(1.0, 7, 5)).containsOnly(503);
        assertThat(statusesWithRate(0.0, 7, 5)).containsOnly(200);
    }

    @Test
    void scriptedFaultsComeBeforeTheRate() throws Exception {
        server.failRate(1.0, Fault.SERVICE_UNAVAILABLE, 3).enqueueFault(Fault.THROTTLING);

        assertThat(call().statusCode()).isEqualTo(400);
        assertThat(call().statusCode()).isEqualTo(503);
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> server.failRate(1.5, Fault.THROTTLING, 1))
                .withMessageContaining("share");
        assertThatIllegalArgumentException().isThrownBy(() -> server.failRate(Double.NaN, Fault.THROTTLING, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> server.failNext(-1, Fault.THROTTLING))
                .withMessageContaining("n must be");
        assertThatThrownBy(() -> server.enqueueFault(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("fault");
    }

    /** Sends one signed request on a raw socket with Connection: close and returns every byte of the reply. */
    private byte[] rawExchange(SignedRequests call) throws IOException {
        String target = "/?" + SignedRequests.encode(call.signedParameters());
        try (Socket socket = new Socket(server.host(), server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            return in.readAllBytes();
        }
    }
}
