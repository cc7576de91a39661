package dev.slakit.status.acs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.profile.DefaultProfile;
import dev.slakit.status.EventSeverity;
import dev.slakit.status.ListEventInProgressRequest;
import dev.slakit.status.ListEventInProgressResponse;
import dev.slakit.status.ListEventsRequest;
import dev.slakit.status.ListEventsResponse;
import dev.slakit.status.internal.RpcSignature;
import dev.slakit.status.StatusClientException;
import dev.slakit.status.StatusServiceException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter over the official IAcsClient, against a local server. */
class AcsStatusClientTest {

    private static final String SECRET = "acs-secret";
    private static final ListEventsRequest REQUEST = ListEventsRequest.builder().regionId("cn-hangzhou")
            .productId("ecs").endDate(LocalDate.of(2020, 2, 15)).numOfDay(6).build();
    private static final String SUCCESS = "{\"RequestId\":\"REQ-OK\",\"Code\":200,\"Success\":\"true\",\"Total\":1,"
            + "\"Data\":[{\"Title\":\"ECS degraded\",\"CurrentStateSeverity\":\"ALARM\",\"SartTime\":1581317483000,"
            + "\"EndTime\":null}]}";

    private MockWebServer server;
    private DefaultAcsClient acs;
    private AcsStatusClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        acs = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", "acs-id", SECRET));
        client = AcsStatusClient.builder(acs).domain("127.0.0.1:" + server.getPort()).https(false).build();
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        acs.shutdown();
        server.shutdown();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json;charset=utf-8")
                .setBody(body);
    }

    @Test
    void sendsTheSameSignedListEventsAndParsesTheReply() throws Exception {
        server.enqueue(json(200, SUCCESS));
        ListEventsResponse response = client.listEvents(REQUEST);
        assertThat(response.requestId()).isEqualTo("REQ-OK");
        assertThat(response.events()).singleElement()
                .satisfies(e -> assertThat(e.severity()).isEqualTo(EventSeverity.ALARM));

        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.getMethod()).isEqualTo("POST");
        HttpUrl url = recorded.getRequestUrl();
        Map<String, String> query = new HashMap<>();
        for (String name : url.queryParameterNames()) {
            query.put(name, url.queryParameter(name));
        }
        assertThat(query).containsEntry("Action", "ListEvents").containsEntry("Version", "2020-01-17")
                .containsEntry("RegionId", "cn-hangzhou").containsEntry("ProductId", "ecs")
                .containsEntry("EndDate", "2020-02-15").containsEntry("NumOfDay", "6")
                .containsEntry("AccessKeyId", "acs-id");
        // The official client's signature verifies with slakit's signer: the two agree on the wire too.
        assertThat(RpcSignature.verify("POST", query, SECRET)).isTrue();
    }

    @Test
    void sendsListEventInProgressWithRegionIdsInTheSignedFormBody() throws Exception {
        server.enqueue(json(200, "{\"RequestId\":\"REQ-IP\",\"Data\":[{\"Id\":7,\"Title\":\"t\","
                + "\"StartTime\":1000,\"EventUpdates\":[],\"Impacts\":[{\"Product\":{\"ProductId\":\"ecs\"},"
                + "\"Region\":{\"RegionId\":\"cn-hangzhou\"},\"StartTime\":1000}]}]}"));
        ListEventInProgressResponse response = client.listEventInProgressAsync(ListEventInProgressRequest.builder()
                .regionIds("cn-hangzhou", "cn-shanghai").build()).get(5, TimeUnit.SECONDS);
        assertThat(response.requestId()).isEqualTo("REQ-IP");
        assertThat(response.events()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(7);
            assertThat(e.impacts().get(0).regionId()).isEqualTo("cn-hangzhou");
        });

        RecordedRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        Map<String, String> parameters = new HashMap<>();
        HttpUrl url = recorded.getRequestUrl();
        for (String name : url.queryParameterNames()) {
            parameters.put(name, url.queryParameter(name));
        }
        assertThat(parameters).containsEntry("Action", "ListEventInProgress").doesNotContainKey("RegionIds");
        String body = recorded.getBody().readUtf8();
        assertThat(java.net.URLDecoder.decode(body, "UTF-8")).isEqualTo("RegionIds=[\"cn-hangzhou\",\"cn-shanghai\"]");
        parameters.put("RegionIds", "[\"cn-hangzhou\",\"cn-shanghai\"]");
        assertThat(RpcSignature.verify("POST", parameters, SECRET)).isTrue();

        client.close();
        assertThatThrownBy(() -> client.listEventInProgress(ListEventInProgressRequest.builder()
                .regionIds("cn-hangzhou").build())).isInstanceOf(StatusClientException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void platformErrorsBecomeServiceExceptions() {
        server.enqueue(json(400, "{\"RequestId\":\"R1\",\"HostId\":\"h\",\"Code\":\"Throttling.User\","
                + "\"Message\":\"Request was denied due to user flow control.\",\"Recommend\":\"r\"}"));
        StatusServiceException throttled = catchThrowableOfType(() -> client.listEvents(REQUEST),
                StatusServiceException.class);
        assertThat(throttled.code()).isEqualTo("Throttling.User");
        assertThat(throttled.requestId()).isEqualTo("R1");
        assertThat(throttled.isThrottling()).isTrue();
        assertThat(throttled.attempts()).isEqualTo(1);

        server.enqueue(json(503, "{\"RequestId\":\"R2\",\"HostId\":\"h\",\"Code\":\"ServiceUnavailable\","
                + "\"Message\":\"down\"}"));
        StatusServiceException unavailable = catchThrowableOfType(() -> client.listEvents(REQUEST),
                StatusServiceException.class);
        assertThat(unavailable.code()).isEqualTo("ServiceUnavailable");
        assertThat(unavailable.requestId()).isEqualTo("R2");
        assertThat(unavailable.message()).isEqualTo("down");
    }

    @Test
    void aCodeInsideHttp200AndAMalformedBodyAreMapped() {
        server.enqueue(json(200, "{\"RequestId\":\"R3\",\"Code\":\"InternalError\",\"Message\":\"x\"}"));
        assertThat(catchThrowableOfType(() -> client.listEvents(REQUEST), StatusServiceException.class).code())
                .isEqualTo("InternalError");
        server.enqueue(json(200, "{\"RequestId\":"));
        StatusClientException malformed = catchThrowableOfType(() -> client.listEvents(REQUEST),
                StatusClientException.class);
        assertThat(malformed.httpStatus()).isEqualTo(200);
        assertThat(malformed.attempts()).isEqualTo(1);
    }

    @Test
    void anUnreachableServerIsAClientException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        try (AcsStatusClient unreachable = AcsStatusClient.builder(acs).domain("127.0.0.1:" + closedPort)
                .https(false).build()) {
            StatusClientException e = catchThrowableOfType(() -> unreachable.listEvents(REQUEST),
                    StatusClientException.class);
            assertThat(e.httpStatus()).isZero();
            assertThat(e.getCause()).isNotNull();
        }
    }

    @Test
    void asyncCallsRunOnTheExecutorAndCloseLeavesTheAcsClientAlone() throws Exception {
        server.enqueue(json(200, SUCCESS));
        server.enqueue(json(400, "{\"RequestId\":\"R\",\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"m\"}"));
        assertThat(client.listEventsAsync(REQUEST).get(5, TimeUnit.SECONDS).total()).isEqualTo(1);
        assertThatThrownBy(() -> client.listEventsAsync(REQUEST).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(StatusServiceException.class);
        client.close();
        client.close();
        assertThatThrownBy(() -> client.listEvents(REQUEST)).isInstanceOf(StatusClientException.class)
                .hasMessage("ListEvents: the status client is closed");
        assertThatThrownBy(() -> client.listEventsAsync(REQUEST).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(StatusClientException.class)
                .hasMessage("ListEvents: the status client is closed");
        server.enqueue(json(200, SUCCESS));
        try (AcsStatusClient again = AcsStatusClient.builder(acs).domain("127.0.0.1:" + server.getPort())
                .https(false).executor(Runnable::run).build()) {
            assertThat(again.listEventsAsync(REQUEST).get().requestId()).isEqualTo("REQ-OK");
            assertThat(again.toString()).contains("127.0.0.1");
        }
    }

    @Test
    void builderValidates() {
        assertThatThrownBy(() -> AcsStatusClient.builder(null)).hasMessage("acsClient");
        assertThatThrownBy(() -> AcsStatusClient.builder(acs).domain(" ")).hasMessageContaining("domain");
        assertThatThrownBy(() -> AcsStatusClient.builder(acs).domain("http://x/")).hasMessageContaining("host");
        assertThatThrownBy(() -> AcsStatusClient.builder(acs).executor(null)).hasMessage("executor");
        assertThat(AcsStatusClient.create(acs).toString()).contains("status.aliyuncs.com").containsIgnoringCase("https");
    }
}
