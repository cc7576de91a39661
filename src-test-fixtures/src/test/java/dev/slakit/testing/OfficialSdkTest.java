package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.status.auth.Credentials;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official aliyun-java-sdk-core DefaultAcsClient, with CommonRequest, against the fake. */
class OfficialSdkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeStatusServer server;

    @BeforeEach
    void start() {
        server = FakeStatusServer.start();
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.alarm().build());
        server.addEvent("cn-hangzhou", "ecs", SampleEvents.notification().build());
        server.addEvent("cn-shanghai", "ecs", SampleEvents.alarm().title("elsewhere").build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CommonRequest listEvents(MethodType method) {
        CommonRequest request = new CommonRequest();
        request.setSysMethod(method);
        request.setSysDomain("127.0.0.1:" + server.port());
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2020-01-17");
        request.setSysAction("ListEvents");
        request.putQueryParameter("RegionId", "cn-hangzhou");
        request.putQueryParameter("ProductId", "ecs");
        request.putQueryParameter("EndDate", "2020-02-15");
        request.putQueryParameter("NumOfDay", "6");
        return request;
    }

    private DefaultAcsClient client(String accessKeyId, String secret) {
        return new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou", accessKeyId, secret));
    }

    @Test
    void officialClientGetsItsEventsBack() throws Exception {
        for (MethodType method : new MethodType[] {MethodType.GET, MethodType.POST}) {
            Credentials c = server.credentials();
            CommonResponse response = client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(method));

            assertThat(response.getHttpStatus()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.getData());
            assertThat(body.get("Code").asInt()).isEqualTo(200);
            assertThat(body.get("Success").asText()).isEqualTo("true");
            assertThat(body.get("Total").asInt()).isEqualTo(2);
            JsonNode first = body.get("Data").get(0);
            assertThat(first.get("Title").asText()).isEqualTo(SampleEvents.OSS_MAINTENANCE_SHANGHAI);
            assertThat(first.get("CurrentStateSeverity").asText()).isEqualTo("NOTIFICATION");
            JsonNode second = body.get("Data").get(1);
            assertThat(second.get("Title").asText()).isEqualTo("华东1（杭州）地域ECS实例网络异常");
            assertThat(second.get("CurrentStateSeverity").asText()).isEqualTo("ALARM");
            assertThat(second.get("SartTime").asLong()).isEqualTo(1581317483000L);
            assertThat(second.get("EndTime").isNull()).isTrue();
            assertThat(response.getHttpResponse().getHeaderValue("x-acs-request-id"))
                    .isEqualTo(body.get("RequestId").asText());

            RecordedStatusRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
            assertThat(recorded.method()).isEqualTo(method.name());
            assertThat(recorded.action()).contains("ListEvents");
            assertThat(recorded.parameters()).containsEntry("RegionId", "cn-hangzhou")
                    .containsEntry("AccessKeyId", c.accessKeyId()).containsKey("Signature");
            assertThat(recorded.responseStatus()).isEqualTo(200);
            assertThat(recorded.errorCode()).isEmpty();
        }
    }

    @Test
    void wrongSecretGetsSignatureDoesNotMatch() throws Exception {
        ClientException e = catchThrowableOfType(ClientException.class, () ->
                client(server.credentials().accessKeyId(), "not-the-secret").getCommonResponse(listEvents(MethodType.POST)));

        assertThat(e).isNotInstanceOf(ServerException.class);
        assertThat(e.getErrCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.getErrMsg()).startsWith("Specified signature is not matched with our calculation.")
                .contains("server string to sign is:POST&%2F&AccessKeyId%3D");
        RecordedStatusRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(e.getRequestId()).isEqualTo(recorded.requestId().orElseThrow());
        assertThat(recorded.responseStatus()).isEqualTo(400);
        assertThat(recorded.errorCode()).contains("SignatureDoesNotMatch");
    }

    @Test
    void unknownAccessKeyGetsInvalidAccessKeyIdNotFound() {
        ClientException e = catchThrowableOfType(ClientException.class, () ->
                client("LTAInobodyhasthis", "whatever").getCommonResponse(listEvents(MethodType.GET)));

        assertThat(e.getErrCode()).isEqualTo("InvalidAccessKeyId.NotFound");
        assertThat(e.getErrMsg()).isEqualTo("Specified access key is not found.");
        assertThat(server.requests().get(0).responseStatus()).isEqualTo(404);
    }

    @Test
    void serverFaultsBecomeServerExceptionAndThrottlingAClientException() {
        Credentials c = server.credentials();
        server.enqueueFault(Fault.INTERNAL_ERROR).enqueueFault(Fault.SERVICE_UNAVAILABLE)
                .enqueueFault(Fault.THROTTLING_USER);

        ServerException internal = catchThrowableOfType(ServerException.class, () ->
                client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(MethodType.GET)));
        ServerException unavailable = catchThrowableOfType(ServerException.class, () ->
                client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(MethodType.GET)));
        ClientException throttled = catchThrowableOfType(ClientException.class, () ->
                client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(MethodType.GET)));

        assertThat(internal.getErrCode()).isEqualTo("InternalError");
        assertThat(internal.getRequestId()).isEqualTo(server.requests().get(0).requestId().orElseThrow());
        assertThat(unavailable.getErrCode()).isEqualTo("ServiceUnavailable");
        assertThat(throttled).isNotInstanceOf(ServerException.class);
        assertThat(throttled.getErrCode()).isEqualTo("Throttling.User");
        assertThat(throttled.getErrMsg()).isEqualTo("Request was denied due to user flow control.");
    }

    @Test
    void stsCredentialsWorkAndTheTokenIsNotRecorded() throws Exception {
        Credentials sts = Credentials.of("STS.NUhb3JnCm9", "sts-secret-value", "CAIS-token-value-secret");
        server.addCredentials(sts);
        DefaultAcsClient client = new DefaultAcsClient(DefaultProfile.getProfile("cn-hangzhou"),
                new StaticCredentialsProvider(new BasicSessionCredentials(sts.accessKeyId(), sts.accessKeySecret(),
                        sts.securityToken().orElseThrow())));

        CommonResponse response = client.getCommonResponse(listEvents(MethodType.POST));

        assertThat(response.getHttpStatus()).isEqualTo(200);
        RecordedStatusRequest recorded = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(recorded.parameters()).containsEntry("SecurityToken", RecordedStatusRequest.REDACTED);
        assertThat(recorded.toString() + recorded.parameters() + recorded.headers())
                .doesNotContain("CAIS-token-value-secret").doesNotContain("sts-secret-value");
    }

    @Test
    void slowReplyIsStillAnsweredWithinTheClientsReadTimeout() throws Exception {
        server.close();
        server = FakeStatusServer.builder().slowReplyDelay(Duration.ofMillis(200)).start();
        server.enqueueFault(Fault.SLOW_REPLY);
        Credentials c = server.credentials();

        CommonResponse response = client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(MethodType.GET));

        assertThat(response.getHttpStatus()).isEqualTo(200);
        assertThat(server.requests().get(0).fault()).contains(Fault.SLOW_REPLY);
    }

    @Test
    void gatewayHtmlAndDisconnectReachTheOfficialClientAsExceptions() {
        Credentials c = server.credentials();
        server.enqueueFault(Fault.BAD_GATEWAY).enqueueFault(Fault.DISCONNECT);

        ServerException badGateway = catchThrowableOfType(ServerException.class, () ->
                client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(MethodType.POST)));
        ClientException disconnected = catchThrowableOfType(ClientException.class, () ->
                client(c.accessKeyId(), c.accessKeySecret()).getCommonResponse(listEvents(MethodType.POST)));

        assertThat(badGateway).isNotNull();
        assertThat(badGateway.getErrMsg()).contains("502 Bad Gateway");
        assertThat(disconnected).isNotNull().isNotInstanceOf(ServerException.class);
        assertThat(disconnected.getErrCode()).isEqualTo("SDK.ServerUnreachable");
        assertThat(server.requests()).extracting(r -> r.fault().orElseThrow())
                .startsWith(Fault.BAD_GATEWAY, Fault.DISCONNECT);
    }
}
