package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The StatusDispatcher hook and StatusReply. */
class DispatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeStatusServer server = FakeStatusServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void dispatcherChoosesAPlatformErrorByParameter() throws Exception {
        server.dispatcher(request -> request.parameter("ProductId").orElse("").equals("oss")
                ? StatusReply.error(403, "Forbidden.RAM", "User not authorized to operate on the specified resource.")
                : StatusReply.proceed());

        HttpResponse<String> denied = SignedRequests.listEvents(server).param("ProductId", "oss").send();
        HttpResponse<String> allowed = SignedRequests.listEvents(server).send();

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(denied.body()).get("Code").asText()).isEqualTo("Forbidden.RAM");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(server.requests().get(0).errorCode()).contains("Forbidden.RAM");
    }

    @Test
    void dispatcherSeesTheRequestBeforeItsOutcome() throws Exception {
        List<RecordedStatusRequest> seen = new CopyOnWriteArrayList<>();
        server.dispatcher(request -> {
            seen.add(request);
            return null;
        });

        SignedRequests.listEvents(server).send();

        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).responseStatus()).isZero();
        assertThat(seen.get(0).errorCode()).isEmpty();
        assertThat(seen.get(0).action()).contains("ListEvents");
        assertThat(server.requests().get(0).responseStatus()).isEqualTo(200);
    }

    @Test
    void dispatcherComesBeforeScriptedFaults() throws Exception {
        server.enqueueFault(Fault.THROTTLING);
        server.dispatcher(request -> StatusReply.fault(Fault.INTERNAL_ERROR));

        assertThat(SignedRequests.listEvents(server).send().statusCode()).isEqualTo(500);
        assertThat(server.pendingFaults()).isEqualTo(1);

        server.dispatcher(null);
        assertThat(SignedRequests.listEvents(server).send().statusCode()).isEqualTo(400);
        assertThat(SignedRequests.listEvents(server).send().statusCode()).isEqualTo(200);
    }

    @Test
    void eventsReplyListsExactlyTheGivenEvents() throws Exception {
        server.dispatcher(request -> StatusReply.events(List.of(SampleEvents.notification().build())));

        JsonNode body = JSON.readTree(SignedRequests.listEvents(server).param("RegionId", "anywhere").send().body());

        assertThat(body.get("Total").asInt()).isEqualTo(1);
        assertThat(body.get("Data").get(0).get("Title").asText()).isEqualTo(SampleEvents.OSS_MAINTENANCE_SHANGHAI);
    }

    @Test
    void rawReplyWithHeaderAndDelay() throws Exception {
        server.dispatcher(request -> StatusReply.raw(200, "text/plain", "hello 你好")
                .withHeader("x-acs-retry-after", "250").withDelay(Duration.ofMillis(150)));

        long start = System.nanoTime();
        HttpResponse<String> response = SignedRequests.listEvents(server).send();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(150);
        assertThat(response.body()).isEqualTo("hello 你好");
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain");
        assertThat(response.headers().firstValue("x-acs-retry-after")).contains("250");
    }

    @Test
    void headerOnAJsonFaultKeepsItsBody() throws Exception {
        server.dispatcher(request -> StatusReply.fault(Fault.THROTTLING_API).withHeader("x-acs-retry-after", "1000"));

        HttpResponse<String> response = SignedRequests.listEvents(server).send();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("Code").asText()).isEqualTo("Throttling.Api");
        assertThat(response.headers().firstValue("x-acs-retry-after")).contains("1000");
        assertThat(response.headers().firstValue("x-acs-request-id")).isPresent();
    }

    @Test
    void aThrowingDispatcherBecomesAnInternalError() throws Exception {
        server.dispatcher(request -> {
            throw new IllegalStateException("bug in the test's dispatcher");
        });

        HttpResponse<String> response = SignedRequests.listEvents(server).send();

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(response.body()).get("Message").asText()).contains("IllegalStateException");
    }

    @Test
    void replyArgumentsAreChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> StatusReply.error(99, "X", "m"))
                .withMessageContaining("httpStatus");
        assertThatIllegalArgumentException().isThrownBy(() -> StatusReply.raw(600, "text/plain", ""));
        assertThatIllegalArgumentException().isThrownBy(() -> StatusReply.proceed().withHeader("a", "b\r\nc"));
        assertThatIllegalArgumentException().isThrownBy(() -> StatusReply.proceed().withHeader("", "b"));
        assertThatIllegalArgumentException().isThrownBy(() -> StatusReply.proceed().withDelay(Duration.ofMillis(-1)));
        assertThatNullPointerException().isThrownBy(() -> StatusReply.fault(null)).withMessage("fault");
        assertThatNullPointerException().isThrownBy(() -> StatusReply.events(null)).withMessage("events");
        assertThatNullPointerException().isThrownBy(() -> StatusReply.error(400, null, "m")).withMessage("code");
    }

    @Test
    void replyToStringNamesWhatItIs() {
        assertThat(StatusReply.proceed()).hasToString("StatusReply{proceed}");
        assertThat(StatusReply.fault(Fault.DISCONNECT)).hasToString("StatusReply{fault=DISCONNECT}");
        assertThat(StatusReply.error(403, "Forbidden", "no")).hasToString("StatusReply{error 403 Forbidden}");
        assertThat(StatusReply.events(List.of())).hasToString("StatusReply{events=0}");
        assertThat(StatusReply.raw(200, "text/plain", "x")).hasToString("StatusReply{raw 200 text/plain}");
    }
}
