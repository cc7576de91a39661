package dev.slakit.status;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import dev.slakit.status.auth.Credentials;

/** Shared helpers of the client tests: replies, a fast retry policy, a client pointed at a MockWebServer. */
final class TestSupport {

    static final String ACCESS_KEY_ID = "LTAI-test-id";
    static final String SECRET = "s3cr3t-Value-Never-Shown";
    static final String TOKEN = "sts-token-Never-Shown";

    static final String SUCCESS_BODY = "{\"RequestId\":\"REQ-OK\",\"Code\":200,\"Success\":\"true\",\"Total\":2,"
            + "\"Data\":[{\"Title\":\"ECS degraded\",\"CurrentStateSeverity\":\"ALARM\",\"SartTime\":1581317483000,"
            + "\"EndTime\":null},{\"Title\":\"Maintenance\",\"CurrentStateSeverity\":\"NOTIFICATION\","
            + "\"StartTime\":1581300000000,\"EndTime\":1581303600000}]}";

    /** A retry policy with delays of a few milliseconds, so fault tests stay fast. */
    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder()
            .maxAttempts(3)
            .baseDelay(Duration.ofMillis(2))
            .throttlingBaseDelay(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(50))
            .build();

    static final ListEventsRequest REQUEST = ListEventsRequest.builder()
            .regionId("cn-hangzhou").productId("ecs").endDate(LocalDate.of(2020, 2, 15)).numOfDay(6).build();

    private TestSupport() {
    }

    static MockResponse success() {
        return json(200, SUCCESS_BODY);
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    static MockResponse error(int status, String code) {
        return json(status, "{\"RequestId\":\"REQ-" + code + "\",\"HostId\":\"status.aliyuncs.com\",\"Code\":\""
                + code + "\",\"Message\":\"message of " + code + "\",\"Recommend\":\"https://example.invalid\"}");
    }

    static URI endpoint(MockWebServer server) {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/");
    }

    static StatusClientBuilder clientFor(MockWebServer server) {
        return StatusClient.builder()
                .endpoint(endpoint(server))
                .credentials(Credentials.of(ACCESS_KEY_ID, SECRET))
                .retryPolicy(FAST_RETRIES)
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .random(new Random(42));
    }
}
