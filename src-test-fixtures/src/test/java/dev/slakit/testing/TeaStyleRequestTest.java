package dev.slakit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slakit.status.auth.Credentials;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake answers {@code ListEventInProgress} requested the way the official Tea SDK requests it (Signature V3
 * built with the official openapiutil), and rejects each thing a V3 request can get wrong with the service's
 * error.
 */
class TeaStyleRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeStatusServer server;

    @BeforeEach
    void start() {
        server = FakeStatusServer.start();
        SampleEvents.inProgress(Instant.now()).forEach(server::putEventInProgress);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(json(response).path("Code").asText()).isEqualTo(code);
    }

    @Test
    void answersTheOfficialTeaStyleRequest() throws Exception {
        HttpResponse<String> response = TeaStyleRequests.listEventInProgress(server).send();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("RequestId").asText()).isNotEmpty()
                .isEqualTo(response.headers().firstValue("x-acs-request-id").orElse(""));
        // cn-hangzhou holds the ECS event, cn-shanghai the SLB one (through its OSS impact).
        assertThat(body.path("Data")).hasSize(2);
        JsonNode ecs = body.path("Data").get(0);
        assertThat(ecs.path("Id").asLong()).isEqualTo(SampleEvents.IN_PROGRESS_ECS_ID);
        assertThat(ecs.path("Title").asText()).isEqualTo(SampleEvents.ECS_NETWORK_HANGZHOU);
        assertThat(ecs.path("StartTime").isIntegralNumber()).isTrue();
        assertThat(ecs.path("EventUpdates").get(0).path("Content").asText()).isNotEmpty();
        assertThat(ecs.path("EventUpdates").get(0).path("PublishTime").isIntegralNumber()).isTrue();
        JsonNode impact = ecs.path("Impacts").get(0);
        assertThat(impact.path("Product").path("ProductId").asText()).isEqualTo("ecs");
        assertThat(impact.path("Region").path("RegionId").asText()).isEqualTo("cn-hangzhou");
        assertThat(impact.path("RecoveryTime").isNull()).isTrue();
        assertThat(ecs.path("Impacts").get(1).path("RecoveryTime").isIntegralNumber()).isTrue();

        RecordedStatusRequest recorded = server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(recorded.action()).contains("ListEventInProgress");
        assertThat(recorded.parameter("RegionIds")).contains("[\"cn-hangzhou\",\"cn-shanghai\"]");
        assertThat(recorded.header("Authorization")).contains(RecordedStatusRequest.REDACTED);
    }

    @Test
    void filtersByTheRequestedRegions() throws Exception {
        JsonNode singapore = json(TeaStyleRequests.listEventInProgress(server).regionIds("ap-southeast-1").send());
        assertThat(singapore.path("Data")).hasSize(1);
        assertThat(singapore.path("Data").get(0).path("Id").asLong()).isEqualTo(SampleEvents.IN_PROGRESS_SLB_ID);
        assertThat(json(TeaStyleRequests.listEventInProgress(server).regionIds("us-west-1").send()).path("Data"))
                .isEmpty();
    }

    @Test
    void acceptsStsCredentialsAndRequiresTheirTokenSigned() throws Exception {
        Credentials sts = Credentials.of("STS.tea", "tea-secret", "tea-token");
        server.addCredentials(sts);
        assertThat(TeaStyleRequests.listEventInProgress(server).credentials(sts).send().statusCode()).isEqualTo(200);
        assertError(TeaStyleRequests.listEventInProgress(server).credentials(sts).tokenNotSigned().send(),
                400, "IncompleteSignature");
        assertError(TeaStyleRequests.listEventInProgress(server).credentials(sts)
                .afterSigning(h -> h.remove("x-acs-security-token")).send(), 400, "MissingSecurityToken");
        assertError(TeaStyleRequests.listEventInProgress(server).credentials(sts)
                .header("x-acs-security-token", "other-token").send(), 400,
                "InvalidSecurityToken.MismatchWithAccessKey");
    }

    @Test
    void rejectsAlteredRequests() throws Exception {
        assertError(TeaStyleRequests.listEventInProgress(server)
                .bodyAfterSigning("RegionIds=%5B%22eu-central-1%22%5D").send(), 400, "InvalidParameter");
        HttpResponse<String> wrongAction = TeaStyleRequests.listEventInProgress(server)
                .afterSigning(h -> h.put("x-acs-action", "ListEvents")).send();
        assertError(wrongAction, 400, "SignatureDoesNotMatch");
        assertThat(json(wrongAction).path("Message").asText()).contains("server string to sign is:ACS3-HMAC-SHA256\n");
        assertError(TeaStyleRequests.listEventInProgress(server)
                .credentials(Credentials.of(server.credentials().accessKeyId(), "wrong")).send(),
                400, "SignatureDoesNotMatch");
        assertError(TeaStyleRequests.listEventInProgress(server).credentials(Credentials.of("nobody", "x")).send(),
                404, "InvalidAccessKeyId.NotFound");
    }

    @Test
    void rejectsMissingOrBadHeaders() throws Exception {
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-date", null).send(),
                400, "MissingParameter");
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-date", "yesterday").send(),
                400, "InvalidTimeStamp.Format");
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-date", "2020-01-17T00:00:00Z").send(),
                400, "InvalidTimeStamp.Expired");
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-signature-nonce", null).send(),
                400, "MissingParameter");
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-version", "2019-01-01").send(),
                400, "InvalidVersion");
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-action", "DescribeRegions").send(),
                404, "InvalidAction.NotFound");
        assertError(TeaStyleRequests.listEventInProgress(server)
                .afterSigning(h -> h.put("Authorization", "ACS3-HMAC-SHA256 Credential=x")).send(),
                400, "IncompleteSignature");
        assertError(TeaStyleRequests.listEventInProgress(server).header("host", null)
                .afterSigning(h -> h.remove("host")).send(), 400, "IncompleteSignature");
    }

    @Test
    void rejectsAReplayedNonce() throws Exception {
        String nonce = UUID.randomUUID().toString();
        assertThat(TeaStyleRequests.listEventInProgress(server).header("x-acs-signature-nonce", nonce).send()
                .statusCode()).isEqualTo(200);
        assertError(TeaStyleRequests.listEventInProgress(server).header("x-acs-signature-nonce", nonce).send(),
                400, "SignatureNonceUsed");
    }

    @Test
    void rejectsMissingOrMalformedRegionIds() throws Exception {
        assertError(TeaStyleRequests.listEventInProgress(server).regionIds((String[]) null).send(),
                400, "MissingRegionIds");
        // A body the form encoder would never write, signed as it is sent.
        for (String bad : new String[] {"cn-hangzhou", "[1,2]", "[\"a\"", "{}", "[\"a\"] x"}) {
            assertError(TeaStyleRequests.listEventInProgress(server)
                    .rawForm("RegionIds=" + java.net.URLEncoder.encode(bad, "UTF-8")).send(), 400, "InvalidParameter");
        }
    }
}
